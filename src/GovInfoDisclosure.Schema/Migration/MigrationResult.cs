using System.Collections.Generic;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Schema.Migration;

/// <summary>A report migrated to the current format, with what happened to every field.</summary>
public sealed class MigrationResult
{
    internal MigrationResult(ReportFormat sourceFormat, Report2021 report, IReadOnlyList<ReportFormat> steps, IReadOnlyList<MigrationNote> fields, IReadOnlyList<MigrationNote> notes)
    {
        SourceFormat = sourceFormat;
        Report = report;
        Steps = ReadOnlyLists.Copy(steps);
        Fields = ReadOnlyLists.Copy(fields);
        Notes = ReadOnlyLists.Copy(notes);
    }

    /// <summary>The format of the source report.</summary>
    public ReportFormat SourceFormat { get; }

    /// <summary>The report in the current format.</summary>
    public Report2021 Report { get; }

    /// <summary>The formats the report passed through after its own, in order; empty when it was already current.</summary>
    public IReadOnlyList<ReportFormat> Steps { get; }

    /// <summary>Every field the migration touched, exact carries included, in the order of the source catalogue.</summary>
    public IReadOnlyList<MigrationNote> Fields { get; }

    /// <summary>The fields that were not carried exactly: approximate, not carried, or dropped.</summary>
    public IReadOnlyList<MigrationNote> Notes { get; }
}
