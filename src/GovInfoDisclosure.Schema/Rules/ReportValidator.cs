using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Engine;
using GovInfoDisclosure.Schema.Rules.Sets;

namespace GovInfoDisclosure.Schema.Rules;

/// <summary>Validates one report against every rule of its format in the <see cref="Catalogue.RuleCatalogue"/>.</summary>
/// <remarks>
/// <para>
/// Pure: report in, result out. No I/O, no exceptions on any report the model can hold (a cell near
/// <see cref="int.MaxValue"/> is judged, not overflowed), deterministic (diagnostics in catalogue order), thread-safe (the
/// compiled rules are immutable and shared). A report in which every rule holds yields <see cref="ValidationResult.Empty"/>
/// without allocating.
/// </para>
/// <para>
/// A rule instance whose operands include a blank cell, a printed mark or a missing optional cell is
/// <see cref="DiagnosticOutcome.Indeterminate"/> and lists those cells; it never passes or fails on an unknown value.
/// </para>
/// </remarks>
public static class ReportValidator
{
    /// <summary>Validates a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ValidationOptions.Default"/>.</param>
    /// <returns>The diagnostics; <see cref="ValidationResult.IsValid"/> is false exactly when an error-severity rule fails.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required part of the report is <see langword="null"/> (see <see cref="ReportCells.ThrowIfIncomplete"/>).</exception>
    public static ValidationResult Validate(GovInfoReport report, ValidationOptions? options = null)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        options ??= ValidationOptions.Default;
        List<Diagnostic>? diagnostics = null;
        using (Flattened flat = Flattened.Of(report, options))
        {
            if (options.BlankAsZero && options.UnreadCells.Count > 0)
            {
                UnreadCells.KeepUnknown(flat.Cells, CellLayout.For(report.Format), options.UnreadCells);
            }

            if (options.RuleSets is null)
            {
                ReportRuleSet.BuiltIn(report.Format).Evaluate(report, flat.Cells, options, ref diagnostics);
            }
            else
            {
                EvaluateOfFormat(options.RuleSets, report, flat.Cells, options, ref diagnostics);
            }

            EvaluateOfFormat(options.ExtraRuleSets, report, flat.Cells, options, ref diagnostics);
        }

        return diagnostics is null ? ValidationResult.Empty : ValidationResult.From(diagnostics);
    }

    private static void EvaluateOfFormat(IReadOnlyList<ReportRuleSet> sets, GovInfoReport report, CellValue[] cells, ValidationOptions options,
        ref List<Diagnostic>? diagnostics)
    {
        for (int i = 0; i < sets.Count; i++)
        {
            if (sets[i] is { } set && set.Format == report.Format)
            {
                set.Evaluate(report, cells, options, ref diagnostics);
            }
        }
    }
}
