using System;
using System.IO;
using GovInfoDisclosure.Schema.Generation;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Docs;

public class RulesDocumentTests
{
    [Fact]
    public void DocsRulesMd_IsTheGeneratedPage()
    {
        string committed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "docs", RulesDocumentWriter.FileName));
        Assert.True(RulesDocumentWriter.Write() == committed.Replace("\r\n", "\n"),
            "docs/rules.md is stale: run 'dotnet run --project src/GovInfoDisclosure.Schema.Generation' and commit the result.");
    }
}
