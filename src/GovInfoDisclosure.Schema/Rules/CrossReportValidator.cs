using GovInfoDisclosure.Schema.Cells;
using System;
using System.Collections.Generic;
using System.Globalization;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using GovInfoDisclosure.Schema.Rules.Engine;
using GovInfoDisclosure.Schema.Rules.Sets;

namespace GovInfoDisclosure.Schema.Rules;

/// <summary>Checks that involve several reports: two consecutive years of one body, and a consolidated report against its parts.</summary>
/// <remarks>Each entry point runs the registered check of its rule kind (<see cref="RuleKind.YearOverYear"/>, <see cref="RuleKind.Consolidation"/>).</remarks>
/// <remarks>
/// Pure, deterministic and thread-safe like <see cref="ReportValidator"/>. Paths of these diagnostics are qualified with the
/// document they point into (<c>previous#…</c>, <c>current#…</c>, <c>consolidated#…</c>, <c>part1#…</c>); see
/// <see cref="Diagnostic"/>.
/// </remarks>
public static class CrossReportValidator
{
    /// <summary>
    /// Checks the continuity of two reports of one body on consecutive years (B-6, A-2, A-3, LA-4, LA-5), across the 2019 → 2021
    /// format change too.
    /// </summary>
    /// <param name="previous">The report of year Y − 1.</param>
    /// <param name="current">The report of year Y.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ValidationOptions.Default"/>.</param>
    /// <returns>
    /// The diagnostics (warnings); a single indeterminate <c>GID-X1</c> when the years are not consecutive. The reports are not
    /// validated on their own here: use <see cref="ReportValidator.Validate"/> for that.
    /// </returns>
    /// <exception cref="ArgumentNullException">A report is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required part of a report is <see langword="null"/> (see <see cref="ReportCells.ThrowIfIncomplete"/>).</exception>
    public static ValidationResult CompareYears(GovInfoReport previous, GovInfoReport current, ValidationOptions? options = null)
    {
        if (previous is null)
        {
            throw new ArgumentNullException(nameof(previous));
        }

        if (current is null)
        {
            throw new ArgumentNullException(nameof(current));
        }

        ReportCells.ThrowIfIncomplete(previous);
        ReportCells.ThrowIfIncomplete(current);
        return CrossReportChecks.YearOverYear.Evaluate(new[] { previous, current }, options ?? ValidationOptions.Default);
    }

    /// <summary>Checks a consolidated report against the sum of its parts, cell by cell (<c>GID-S1</c>).</summary>
    /// <param name="consolidated">The consolidated report, e.g. a county's.</param>
    /// <param name="parts">
    /// Every part it consolidates, e.g. each department's report; a <see langword="null"/> item is a part known to exist but not
    /// available, which makes the whole check indeterminate (<c>GID-S2</c>).
    /// </param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ValidationOptions.Default"/>.</param>
    /// <returns>The diagnostics; <c>GID-S3</c> when the reports cannot be summed (different formats or years).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="consolidated"/> or <paramref name="parts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required part of a report is <see langword="null"/> (see <see cref="ReportCells.ThrowIfIncomplete"/>).</exception>
    public static ValidationResult CheckConsolidated(GovInfoReport consolidated, IReadOnlyList<GovInfoReport?> parts, ValidationOptions? options = null)
    {
        if (consolidated is null)
        {
            throw new ArgumentNullException(nameof(consolidated));
        }

        if (parts is null)
        {
            throw new ArgumentNullException(nameof(parts));
        }

        ReportCells.ThrowIfIncomplete(consolidated);
        foreach (GovInfoReport? part in parts)
        {
            if (part is not null)
            {
                ReportCells.ThrowIfIncomplete(part);
            }
        }

        var reports = new List<GovInfoReport?>(parts.Count + 1) { consolidated };
        reports.AddRange(parts);
        return CrossReportChecks.Consolidation.Evaluate(reports, options ?? ValidationOptions.Default);
    }
}
