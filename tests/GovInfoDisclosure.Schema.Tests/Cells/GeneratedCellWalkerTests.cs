using System;
using System.IO;
using GovInfoDisclosure.Schema.Generation;
using GovInfoDisclosure.Schema.Model;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cells;

/// <summary>The committed cell walkers are what <see cref="CellWalkerWriter"/> makes of today's records and label catalogue.</summary>
public class GeneratedCellWalkerTests
{
    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Format2019)]
    public void CommittedWalker_IsTheGeneratedCode(ReportFormat format)
    {
        string name = CellWalkerWriter.FileName(format);
        string committed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cells", name)).Replace("\r\n", "\n");

        string generated = CellWalkerWriter.Write(format);

        Assert.True(generated == committed,
            CellWalkerWriter.Directory + "/" + name + " is stale: run 'dotnet run --project src/GovInfoDisclosure.Schema.Generation' and commit the result.");
    }
}
