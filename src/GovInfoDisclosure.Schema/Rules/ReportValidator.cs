using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Engine;
using GovInfoDisclosure.Schema.Rules.Kinds;

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
            RuleEngine.Evaluate(RuleSet.For(report.Format).Instances, flat.Cells, null, ref diagnostics);
            if (options.CheckNarrative)
            {
                FeeStatementRule.Evaluate(report, flat.Cells, ref diagnostics);
                OverviewFiguresRule.Evaluate(report, flat.Cells, ref diagnostics);
                TableFiguresRule.Evaluate(report, flat.Cells, ref diagnostics);
            }
        }

        return diagnostics is null ? ValidationResult.Empty : ValidationResult.From(diagnostics);
    }
}
