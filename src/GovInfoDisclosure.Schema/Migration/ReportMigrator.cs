using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Schema.Migration;

/// <summary>Moves reports of older layouts to the current format, without inventing data.</summary>
/// <remarks>
/// <para>
/// A chain: the report's format is detected from its type, then each upgrade step runs in order until the current
/// format is reached. Today there is one step, legacy (国办公开办函〔2019〕60号) → current (国办公开办函〔2021〕30号), which
/// follows the migration table of the format specification (formats.md §4) cell by cell: exact carries are copied,
/// approximate ones copied and flagged, fields the current format adds are left blank, and legacy values with no
/// counterpart are dropped from the report but kept, verbatim, in the notes.
/// </para>
/// <para>
/// The legacy (六)其他处理 row cannot be split into the three current rows: its values go to
/// <see cref="OtherHandlingResults.Subtotal"/> and the three leaves stay blank, so the results total can still be
/// checked through the subtotal.
/// </para>
/// <para>Pure and thread-safe: the source report is not changed.</para>
/// </remarks>
public static class ReportMigrator
{
    /// <summary>The mapping used to move a report from <paramref name="from"/> to the next format.</summary>
    /// <param name="from">A format that is not the current one.</param>
    /// <returns>The mapping lines, in the order of the source catalogue, then the fields the target adds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No step starts at <paramref name="from"/>.</exception>
    public static IReadOnlyList<FieldCarry> GetCarries(ReportFormat from)
    {
        // An undefined format is refused by FormatDescriptor.For; the current format has no step.
        return FormatDescriptor.For(from).Migration?.Carries
            ?? throw new ArgumentOutOfRangeException(nameof(from), from, "No migration step starts at this format.");
    }

    /// <summary>Migrates a report of any format to the current format.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The current-format report, the steps taken, and a note for every field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required part of the report is <see langword="null"/> (see <see cref="Cells.ReportCells.ThrowIfIncomplete"/>).</exception>
    public static MigrationResult ToCurrent(GovInfoReport report)
    {
        Cells.ReportCells.ThrowIfIncomplete(report);

        var fields = new List<MigrationNote>();
        var steps = new List<ReportFormat>();
        GovInfoReport current = report;
        while (FormatDescriptor.For(current.Format).Migration is { } step)
        {
            current = step.Apply(current, fields);
            steps.Add(step.To);
        }

        var notes = fields.FindAll(note => note.Kind != CarryKind.Exact);
        return new MigrationResult(report.Format, (Report2021)current, steps, fields, notes);
    }
}
