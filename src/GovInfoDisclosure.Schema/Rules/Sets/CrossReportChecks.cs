using System;
using System.Collections.Generic;
using System.Globalization;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using GovInfoDisclosure.Schema.Rules.Engine;
using GovInfoDisclosure.Schema.Rules.Kinds;

namespace GovInfoDisclosure.Schema.Rules.Sets;

/// <summary>A registered check of a rule kind between reports: evaluates its rules over a list of reports.</summary>
internal abstract class CrossReportCheck
{
    public abstract RuleKind Kind { get; }

    /// <summary>Evaluates the check; the meaning of the reports' order is the kind's.</summary>
    public abstract ValidationResult Evaluate(IReadOnlyList<GovInfoReport?> reports, ValidationOptions options);
}

/// <summary>The registered checks of the rule kinds between reports, one per kind.</summary>
internal static class CrossReportChecks
{
    /// <summary>Kind <see cref="RuleKind.YearOverYear"/>: reports [previous, current]; GID-X1 when the years are not consecutive.</summary>
    public static CrossReportCheck YearOverYear { get; } = new YearOverYearCheck();

    /// <summary>Kind <see cref="RuleKind.Consolidation"/>: reports [consolidated, part1, part2, …]; a null part is missing.</summary>
    public static CrossReportCheck Consolidation { get; } = new ConsolidationCheck();

    /// <summary>Every registered check, by kind.</summary>
    public static IReadOnlyList<CrossReportCheck> All { get; } = new[] { YearOverYear, Consolidation };

    private sealed class YearOverYearCheck : CrossReportCheck
    {
        public override RuleKind Kind => RuleKind.YearOverYear;

        public override ValidationResult Evaluate(IReadOnlyList<GovInfoReport?> reports, ValidationOptions options)
        {
            GovInfoReport previous = reports[0]!;
            GovInfoReport current = reports[1]!;
            if ((long)previous.Year + 1 != current.Year)
            {
                RuleDefinition rule = RuleCatalogue.Get(RuleCodes.ConsecutiveYears);
                string p = previous.Year.ToString(CultureInfo.InvariantCulture);
                string c = current.Year.ToString(CultureInfo.InvariantCulture);
                var values = new Dictionary<string, BilingualText> { ["previous"] = new(p, p), ["current"] = new(c, c) };
                string[] paths = { "previous#/year", "current#/year" };
                return ValidationResult.From(new[]
                {
                    new Diagnostic(rule.Code, rule.Severity, DiagnosticOutcome.Indeterminate, paths, Array.Empty<string>(), null, null,
                        rule.IndeterminateMessage.Render(values)),
                });
            }

            List<Diagnostic>? diagnostics = null;
            using (Flattened last = Flattened.Of(previous, options))
            using (Flattened now = Flattened.Of(current, options))
            {
                RuleEngine.Evaluate(RuleSet.CrossYear(previous.Format, current.Format).Instances, now.Cells, last.Cells, ref diagnostics);
            }

            return diagnostics is null ? ValidationResult.Empty : ValidationResult.From(diagnostics);
        }
    }

    private sealed class ConsolidationCheck : CrossReportCheck
    {
        public override RuleKind Kind => RuleKind.Consolidation;

        public override ValidationResult Evaluate(IReadOnlyList<GovInfoReport?> reports, ValidationOptions options)
        {
            GovInfoReport consolidated = reports[0]!;
            var parts = new List<GovInfoReport?>(reports.Count - 1);
            for (int i = 1; i < reports.Count; i++)
            {
                parts.Add(reports[i]);
            }

            var missing = new List<int>();
            var present = new List<GovInfoReport>();
            for (int i = 0; i < parts.Count; i++)
            {
                if (parts[i] is { } part)
                {
                    present.Add(part);
                }
                else
                {
                    missing.Add(i);
                }
            }

            if (missing.Count > 0)
            {
                return ValidationResult.From(new[] { ConsolidationRule.MissingParts(missing) });
            }

            List<Diagnostic> problems = ConsolidationRule.CheckSummable(present, consolidated.Format, consolidated.Year);
            if (problems.Count > 0)
            {
                return ValidationResult.From(problems);
            }

            CellLayout map = CellLayout.For(consolidated.Format);
            CellValue[][] cells = ReportConsolidation.FlattenAll(present, options);
            var diagnostics = new List<Diagnostic>();
            using (Flattened total = Flattened.Of(consolidated, options))
            {
                ConsolidationRule.Check(map, total.Cells, cells, diagnostics);
            }

            return ValidationResult.From(diagnostics);
        }
    }
}
