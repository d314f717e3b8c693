using GovInfoDisclosure.Schema.Cells;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using GovInfoDisclosure.Schema.Rules.Engine;

namespace GovInfoDisclosure.Schema.Rules.Kinds;

/// <summary>
/// Kind <see cref="RuleKind.Consolidation"/>: summing reports cell by cell (<c>GID-S3</c> when they cannot be summed) and checking a
/// consolidated report against the sum of its parts (<c>GID-S1</c> per cell, <c>GID-S2</c> for a missing part).
/// </summary>
/// <remarks>
/// A cell of the sum is known only when it is known in every part: one blank or mark makes it unknown (blank in the summed
/// report), never zero. A cell that no part has (an optional row or column) is absent from the sum; one that only some parts
/// have is unknown.
/// </remarks>
internal static class ConsolidationRule
{
    /// <summary>The <c>GID-S3</c> reason when there are no parts.</summary>
    public static readonly BilingualText NoPartsReason = new("没有可相加的报告。", "There are no reports to sum.");

    /// <summary>The <c>GID-S3</c> reason for a part of another format; placeholders {part}, {format}, {expected}.</summary>
    public static readonly BilingualText FormatReason = new("{part} 的格式为 {format}，与 {expected} 不同，无法相加。",
        "{part} is in format {format}, not {expected}: reports of different formats cannot be summed.");

    /// <summary>The <c>GID-S3</c> reason for a part of another year; placeholders {part}, {year}, {expected}.</summary>
    public static readonly BilingualText YearReason = new("{part} 的报告年度为 {year}，与 {expected} 不同，无法相加。",
        "{part} is on {year}, not {expected}: reports of different years cannot be summed.");

    /// <summary>In the <c>GID-S1</c> {unknown} placeholder: the consolidated report's cell.</summary>
    public static readonly BilingualText UnknownConsolidated = new("汇总报告", "the consolidated report's cell");

    /// <summary>In the <c>GID-S1</c> {unknown} placeholder: a part's cell; placeholder {part}.</summary>
    public static readonly BilingualText UnknownPart = new("{part}", "{part}'s cell");

    /// <summary>Between the items of the {unknown} placeholder of <c>GID-S1</c> and the {parts} placeholder of <c>GID-S2</c>.</summary>
    public static readonly BilingualText ListSeparator = new("、", ", ");

    /// <summary>Between the terms of the {parts} placeholder of a failed <c>GID-S1</c> (each written role, space, value).</summary>
    public const string PartsPlus = " + ";

    /// <summary>The diagnostics that prevent summing, or an empty list: no parts, mixed formats, mixed years.</summary>
    public static List<Diagnostic> CheckSummable(IReadOnlyList<GovInfoReport> parts, ReportFormat? requiredFormat, int? requiredYear)
    {
        var problems = new List<Diagnostic>();
        if (parts.Count == 0)
        {
            problems.Add(NotSummable(Array.Empty<string>(), NoPartsReason.Zh, NoPartsReason.En));
            return problems;
        }

        ReportFormat format = requiredFormat ?? parts[0].Format;
        int year = requiredYear ?? parts[0].Year;
        for (int i = 0; i < parts.Count; i++)
        {
            GovInfoReport part = parts[i];
            if (part.Format != format)
            {
                string actual = ((int)part.Format).ToString(CultureInfo.InvariantCulture);
                string expected = ((int)format).ToString(CultureInfo.InvariantCulture);
                problems.Add(NotSummable(new[] { Role(i) + "#/format" },
                    Fill(FormatReason.Zh, Role(i), "{format}", actual, expected), Fill(FormatReason.En, Role(i), "{format}", actual, expected)));
            }

            if (part.Year != year)
            {
                string actual = part.Year.ToString(CultureInfo.InvariantCulture);
                string expected = year.ToString(CultureInfo.InvariantCulture);
                problems.Add(NotSummable(new[] { Role(i) + "#/year" },
                    Fill(YearReason.Zh, Role(i), "{year}", actual, expected), Fill(YearReason.En, Role(i), "{year}", actual, expected)));
            }
        }

        return problems;
    }

    /// <summary>Sums the flattened parts into <paramref name="sum"/>; a count that leaves the range of its cell becomes blank with a problem.</summary>
    public static void Sum(CellLayout map, CellValue[][] parts, CellValue[] sum, List<Diagnostic> problems)
    {
        for (int i = 0; i < map.Count; i++)
        {
            sum[i] = SumCell(parts, i, out bool known, out bool anyPresent, out _, out bool overflow);
            if (!anyPresent)
            {
                sum[i] = default;
                continue;
            }

            if (!known)
            {
                sum[i] = new CellValue { State = CellState.Blank };
                continue;
            }

            FieldLabel field = map.Fields[i];
            long min = field.ValueKind == FieldValueKind.SignedCount ? int.MinValue : 0;
            bool amount = field.ValueKind == FieldValueKind.Amount;
            if (amount ? overflow : sum[i].Number > int.MaxValue || sum[i].Number < min)
            {
                string value = amount ? "> " + decimal.MaxValue.ToString(CultureInfo.InvariantCulture) : sum[i].Number.ToString(CultureInfo.InvariantCulture);
                problems.Add(NotSummable(new[] { field.Pointer },
                    $"{field.Chinese} 之和 {value} 超出单元格的取值范围，汇总结果中该单元格留空。",
                    $"{field.English}: the sum {value} is out of the cell's range; it is left blank in the sum."));
                sum[i] = new CellValue { State = CellState.Blank };
            }
        }
    }

    /// <summary>Compares a consolidated report's cells with the sum of its parts' cells.</summary>
    public static void Check(CellLayout map, CellValue[] consolidated, CellValue[][] parts, List<Diagnostic> diagnostics)
    {
        RuleDefinition rule = RuleCatalogue.Get(RuleCodes.ConsolidatedCell);
        for (int i = 0; i < map.Count; i++)
        {
            CellValue cell = consolidated[i];
            if (cell.State == CellState.Absent)
            {
                continue;
            }

            CellValue sum = SumCell(parts, i, out bool known, out _, out List<int>? unknownParts, out bool overflow);
            FieldLabel field = map.Fields[i];
            var paths = new List<string>(parts.Length + 1) { "consolidated#" + field.Pointer };
            for (int p = 0; p < parts.Length; p++)
            {
                paths.Add(Role(p) + "#" + field.Pointer);
            }

            var values = new Dictionary<string, BilingualText> { ["cell"] = new(field.Chinese, field.English) };
            if (!cell.IsKnown || !known)
            {
                var unknown = new List<string>();
                var zh = new List<string>();
                var en = new List<string>();
                if (!cell.IsKnown)
                {
                    unknown.Add(paths[0]);
                    zh.Add(UnknownConsolidated.Zh);
                    en.Add(UnknownConsolidated.En);
                }

                foreach (int p in unknownParts ?? new List<int>())
                {
                    unknown.Add(paths[p + 1]);
                    zh.Add(UnknownPart.Zh.Replace("{part}", Role(p)));
                    en.Add(UnknownPart.En.Replace("{part}", Role(p)));
                }

                values["unknown"] = new BilingualText(string.Join(ListSeparator.Zh, zh), string.Join(ListSeparator.En, en));
                diagnostics.Add(new Diagnostic(rule.Code, rule.Severity, DiagnosticOutcome.Indeterminate, paths, unknown, null, null,
                    rule.IndeterminateMessage.Render(values)));
                continue;
            }

            bool amount = field.ValueKind == FieldValueKind.Amount;
            decimal actual = amount ? cell.Amount : cell.Number;
            decimal? expected = amount && overflow ? null : amount ? sum.Amount : sum.Number;
            if (actual == expected)
            {
                continue;
            }

            var terms = new StringBuilder();
            for (int p = 0; p < parts.Length; p++)
            {
                terms.Append(p == 0 ? string.Empty : PartsPlus).Append(Role(p)).Append(' ')
                    .Append((amount ? parts[p][i].Amount : parts[p][i].Number).ToString(CultureInfo.InvariantCulture));
            }

            values["actual"] = Same(actual.ToString(CultureInfo.InvariantCulture));
            values["expected"] = Same(expected?.ToString(CultureInfo.InvariantCulture) ?? "> " + decimal.MaxValue.ToString(CultureInfo.InvariantCulture));
            values["parts"] = Same(terms.ToString());
            diagnostics.Add(new Diagnostic(rule.Code, rule.Severity, DiagnosticOutcome.Fail, paths, Array.Empty<string>(), expected, actual,
                rule.FailMessage.Render(values)));
        }
    }

    public static Diagnostic MissingParts(List<int> missing)
    {
        RuleDefinition rule = RuleCatalogue.Get(RuleCodes.MissingPart);
        var paths = new List<string>();
        var names = new List<string>();
        foreach (int p in missing)
        {
            paths.Add(Role(p) + "#");
            names.Add(Role(p));
        }

        var values = new Dictionary<string, BilingualText> { ["parts"] = new(string.Join(ListSeparator.Zh, names), string.Join(ListSeparator.En, names)) };
        return new Diagnostic(rule.Code, rule.Severity, DiagnosticOutcome.Indeterminate, paths, paths, null, null, rule.IndeterminateMessage.Render(values));
    }

    /// <summary>The document role of a part in paths and messages: <c>part1</c>, <c>part2</c>, … (1-based).</summary>
    public static string Role(int index) => "part" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static CellValue SumCell(CellValue[][] parts, int i, out bool known, out bool anyPresent, out List<int>? unknownParts, out bool overflow)
    {
        overflow = false;
        known = true;
        anyPresent = false;
        unknownParts = null;
        long number = 0;
        decimal amount = 0;
        for (int p = 0; p < parts.Length; p++)
        {
            CellValue cell = parts[p][i];
            anyPresent |= cell.State != CellState.Absent;
            if (cell.IsKnown)
            {
                number += cell.Number;
                if (decimal.MaxValue - amount < cell.Amount)
                {
                    overflow = true;
                }
                else
                {
                    amount += cell.Amount;
                }
            }
            else
            {
                known = false;
                (unknownParts ??= new List<int>()).Add(p);
            }
        }

        return new CellValue { State = CellState.Number, Number = number, Amount = amount };
    }

    private static BilingualText Same(string text) => new(text, text);

    private static string Fill(string template, string part, string placeholder, string actual, string expected) =>
        template.Replace("{part}", part).Replace(placeholder, actual).Replace("{expected}", expected);

    private static Diagnostic NotSummable(string[] paths, string zh, string en)
    {
        RuleDefinition rule = RuleCatalogue.Get(RuleCodes.PartsNotSummable);
        var values = new Dictionary<string, BilingualText> { ["reason"] = new(zh, en) };
        return new Diagnostic(rule.Code, rule.Severity, DiagnosticOutcome.Fail, paths, Array.Empty<string>(), null, null, rule.FailMessage.Render(values));
    }
}
