using GovInfoDisclosure.Schema.Cells;
using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Engine;
using GovInfoDisclosure.Schema.Rules.Kinds;

namespace GovInfoDisclosure.Schema.Rules;

/// <summary>Sums the reports of several bodies (e.g. the departments of a county) into one consolidated report.</summary>
/// <remarks>
/// <para>
/// Every cell of the sum is the sum of the same cell of every part. Unknown is never zero: a cell that is blank or a mark in
/// any part is blank in the sum (unless <see cref="ValidationOptions.BlankAsZero"/> reads blanks as 0). An optional row or
/// column that no part has is absent from the sum; one that only some parts have is blank. Narrative is not summed.
/// </para>
/// <para>Pure and thread-safe; never throws on report data.</para>
/// </remarks>
public static class ReportConsolidation
{
    /// <summary>Sums reports of one format and one year.</summary>
    /// <param name="parts">The reports to add up.</param>
    /// <param name="agency">The name of the consolidated body (发布机关) for the sum; <see langword="null"/> when none.</param>
    /// <param name="options">The options (only <see cref="ValidationOptions.BlankAsZero"/> matters); <see langword="null"/> for the default.</param>
    /// <returns>The summed report, or the <c>GID-S3</c> problems that prevent it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required part of a report is <see langword="null"/> (see <see cref="ReportCells.ThrowIfIncomplete"/>).</exception>
    public static ConsolidationResult Sum(IReadOnlyList<GovInfoReport> parts, string? agency = null, ValidationOptions? options = null)
    {
        if (parts is null)
        {
            throw new ArgumentNullException(nameof(parts));
        }

        foreach (GovInfoReport part in parts)
        {
            if (part is null)
            {
                throw new ArgumentNullException(nameof(parts), "A part is null.");
            }

            ReportCells.ThrowIfIncomplete(part);
        }

        List<Diagnostic> problems = ConsolidationRule.CheckSummable(parts, null, null);
        if (problems.Count > 0)
        {
            return new ConsolidationResult(null, problems);
        }

        ReportFormat format = parts[0].Format;
        CellLayout map = CellLayout.For(format);
        CellValue[][] cells = FlattenAll(parts, options ?? ValidationOptions.Default);
        var sum = new CellValue[map.Count];
        ConsolidationRule.Sum(map, cells, sum, problems);
        GovInfoReport report = CellValue.Build(format, sum, agency, parts[0].Year);
        return new ConsolidationResult(report, problems);
    }

    internal static CellValue[][] FlattenAll(IReadOnlyList<GovInfoReport> parts, ValidationOptions options)
    {
        var cells = new CellValue[parts.Count][];
        for (int i = 0; i < parts.Count; i++)
        {
            cells[i] = FlattenCopy(parts[i], options);
        }

        return cells;
    }

    internal static CellValue[] FlattenCopy(GovInfoReport report, ValidationOptions options)
    {
        using Flattened flat = Flattened.Of(report, options);
        var copy = new CellValue[flat.Count];
        Array.Copy(flat.Cells, copy, flat.Count);
        return copy;
    }
}
