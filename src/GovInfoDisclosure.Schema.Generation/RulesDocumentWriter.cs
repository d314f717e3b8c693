using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using GovInfoDisclosure.Schema.Rules.Engine;

namespace GovInfoDisclosure.Schema.Generation;

/// <summary>Generates docs/rules.md from the rule catalogue and the compiled rule sets, so the page is never typed twice.</summary>
internal static class RulesDocumentWriter
{
    public const string FileName = "rules.md";

    private static readonly ReportFormat[] Formats = { ReportFormat.Format2019, ReportFormat.Format2021 };

    public static string Write()
    {
        var md = new StringBuilder();
        md.AppendLine("# Consistency rules (勾稽关系)");
        md.AppendLine();
        md.AppendLine("<!-- Generated from the rule catalogue by src/GovInfoDisclosure.Schema.Generation/RulesDocumentWriter.cs. Do not edit:");
        md.AppendLine("     run 'dotnet run --project src/GovInfoDisclosure.Schema.Generation' to regenerate. -->");
        md.AppendLine();
        md.AppendLine("Every rule has a stable code that never changes meaning once released, a severity, and a Chinese and an English");
        md.AppendLine("description. `ReportValidator.Validate` runs the rules within one report, `CrossReportValidator` the rules between");
        md.AppendLine("reports; `govinfo validate` and `govinfo rules` expose them on the command line. `schemas/rules-2021.json` and");
        md.AppendLine("`schemas/rules-2019.json` export every rule and rule instance as data for other languages: see");
        md.AppendLine("[rules-export.md](rules-export.md).");
        md.AppendLine();
        md.AppendLine("- **Codes**: `GID-` and the id of the relation in the format specification (formats.md §2.8, §3.6) where the rule");
        md.AppendLine("  implements one (`GID-B1` is B-1); a suffix letter for a rule derived from one (`GID-B2G`: B-2 for one result group,");
        md.AppendLine("  `GID-B3P`: B-3 for the 法人或其他组织小计 column); `GID-S…` consolidation, `GID-X…` preconditions.");
        md.AppendLine("- **Severity**: `error` for a strict relation (a failure makes the report invalid), `warning` for plausibility.");
        md.AppendLine("- **Outcome**: `fail` when every operand is known and the relation does not hold; `indeterminate` when an operand is a");
        md.AppendLine("  blank, a printed mark or a missing optional cell — it lists those cells and is never reported as pass or fail.");
        md.AppendLine("  Option `BlankAsZero` (`--blank-as-zero`) reads blanks (not marks) as 0, except the leaves of a result group that");
        md.AppendLine("  are all blank while the group's subtotal row is present (a group printed as one row: its breakdown stays unknown).");
        md.AppendLine("- **Optional cells**: a rule instance applies when its first cell is in the document; the subtotal rows of the result");
        md.AppendLine("  groups and the 法人或其他组织小计 column are checked only where present. (七)总计 uses a group's subtotal where the");
        md.AppendLine("  group's rows are unknown.");
        md.AppendLine("- **Expected / actual**: for a total, actual is the printed total and expected the sum of its parts; for the balance");
        md.AppendLine("  of 表三, expected is 第一项 + 第二项 and actual 第三项 + 第四项; for a bound, actual is the bounded value. Difference");
        md.AppendLine("  is actual − expected.");
        md.AppendLine("- **Paths** are JSON Pointers into the canonical document. Diagnostics about several reports qualify them with the");
        md.AppendLine("  document: `previous#/…`, `current#/…`, `consolidated#/…`, `part1#/…` (parts numbered from 1).");
        md.AppendLine("- **Pointer templates** below: `{column}` is each column of 表三 (the seven official columns and the optional");
        md.AppendLine("  `legalPersonSubtotal`), `{row}` each row the rule lists. Amount cells (万元) take part in no relation except");
        md.AppendLine("  consolidation.");
        md.AppendLine();
        md.AppendLine("| code | severity | kind | scope | formats | rule |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (RuleDefinition rule in RuleCatalogue.All)
        {
            md.AppendLine($"| [{rule.Code}](#{Anchor(rule.Code)}) | {Name(rule.Severity)} | {Kebab(rule.Kind)} | {Kebab(rule.Scope)} | "
                + $"{string.Join(", ", rule.Formats.Select(f => ((int)f).ToString()))} | {rule.Title.Zh} / {rule.Title.En}{(rule.IsOptIn ? " (opt-in)" : string.Empty)} |");
        }

        foreach (RuleDefinition rule in RuleCatalogue.All)
        {
            md.AppendLine();
            md.AppendLine($"## {rule.Code}");
            md.AppendLine();
            md.AppendLine($"**{rule.Title.Zh}** — {rule.Title.En}. Severity `{Name(rule.Severity)}`, kind `{Kebab(rule.Kind)}`, scope `{Kebab(rule.Scope)}`"
                + $"{(rule.IsOptIn ? ", opt-in (`CheckNarrative`, `--narrative`)" : string.Empty)}.");
            md.AppendLine();
            md.AppendLine($"- Relation: {rule.Formula.Zh}");
            md.AppendLine($"- Relation (en): {rule.Formula.En}");
            md.AppendLine($"- 说明: {rule.Description.Zh}");
            md.AppendLine($"- Description: {rule.Description.En}");
            md.AppendLine($"- Official label: {rule.BasisLabel}");
            md.AppendLine($"- Specified in: {rule.SpecReference}");
            if (rule.EnforcedBy is { } enforcedBy)
            {
                md.AppendLine($"- Enforced by: the cell types and the JSON reader (`{enforcedBy}`); the rule engine has no instance of it.");
            }

            foreach (string line in Relations(rule))
            {
                md.AppendLine(line);
            }

            md.AppendLine($"- Message (fail): `{rule.FailMessage.Zh}` / `{rule.FailMessage.En}`");
            if (!ReferenceEquals(rule.FailMessage, rule.IndeterminateMessage))
            {
                md.AppendLine($"- Message (indeterminate): `{rule.IndeterminateMessage.Zh}` / `{rule.IndeterminateMessage.En}`");
            }
        }

        md.AppendLine();
        md.AppendLine("## Relations of the specification that no rule checks");
        md.AppendLine();
        md.AppendLine("| relation | why not |");
        md.AppendLine("|---|---|");
        foreach (UncheckedRelation relation in UncheckedRelation.All)
        {
            md.AppendLine($"| {relation.SpecReference}: {relation.Relation.Zh} ({relation.Relation.En}) | {relation.Reason.Zh} {relation.Reason.En} |");
        }

        return md.ToString().Replace("\r\n", "\n");
    }

    private static IEnumerable<string> Relations(RuleDefinition rule)
    {
        foreach (ReportFormat format in Formats)
        {
            foreach (RuleRelation relation in RuleSet.For(format).Relations.Where(r => r.Rule == rule))
            {
                yield return $"- Format {(int)format}: {Describe(relation)}";
            }
        }

        foreach (ReportFormat previous in Formats)
        {
            foreach (ReportFormat current in Formats)
            {
                foreach (RuleRelation relation in RuleSet.CrossYear(previous, current).Relations.Where(r => r.Rule == rule))
                {
                    yield return $"- From a {(int)previous} report to a {(int)current} report: {Describe(relation)}";
                }
            }
        }
    }

    private static string Describe(RuleRelation relation)
    {
        string op = relation.Comparison switch { RuleComparison.Equal => "=", RuleComparison.LessOrEqual => "≤", _ => "≥" };
        string right = relation.Right.Length == 0 ? "0" : Side(relation.Right);
        string scope = relation.Scope == RuleScope.EachColumn ? "column" : "row";
        return $"{Side(relation.Left)} {op} {right}; for each {scope} of {string.Join(", ", relation.ScopeKeys.Select(k => "`" + k + "`"))}";
    }

    private static string Side(RuleOperand[] operands)
    {
        var text = new StringBuilder();
        for (int i = 0; i < operands.Length; i++)
        {
            RuleOperand o = operands[i];
            text.Append(i == 0 ? (o.Weight < 0 ? "− " : string.Empty) : (o.Weight < 0 ? " − " : " + "));
            string previous = o.Document == RuleDocument.Previous ? "previous " : string.Empty;
            text.Append(o.IsGroup
                ? $"group(Σ {string.Join(" + ", o.GroupLeaves!.Select(l => "`" + l + "`"))} else `{o.GroupSubtotal}`)"
                : $"{previous}`{o.Pointer}`");
        }

        return text.ToString();
    }

    private static string Anchor(string code) => code.ToLowerInvariant();

    private static string Name(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";

    private static string Kebab<T>(T value) where T : Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
