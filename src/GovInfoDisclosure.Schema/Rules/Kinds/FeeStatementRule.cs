using GovInfoDisclosure.Schema.Cells;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using GovInfoDisclosure.Schema.Rules.Engine;

namespace GovInfoDisclosure.Schema.Rules.Kinds;

/// <summary>
/// Kind <see cref="RuleKind.Narrative"/>, rule <c>GID-B7</c> (opt-in): when 表三 counts applications dropped because the applicant
/// did not pay the 信息处理费 (row (六)2, current format), section 六 should say something about the fee.
/// </summary>
/// <remarks>
/// <para>
/// An application counted there was dropped after a 收费通知 (fee notice) went unpaid, so the body issued at least one
/// notice (formats.md §2.8 B-7). Two statements contradict that: silence about the fee — after removing whitespace the
/// text contains none of 处理费, 收费, 缴费, 费用 — and a statement that no fee notice was issued (a negation 未, 没有 or 无
/// followed within 20 characters of its clause by 收费通知 or 缴费通知, as in "本单位未发出…信息处理费缴费通知"). Saying
/// that no fee was *collected* ("实际收取信息处理费0元", "未收取…费用") is no contradiction: unpaid notices collect nothing.
/// The wording the notice asks for is not verified (formats.md §2.7), so the check is a warning. The count is the 总计
/// cell of the row.
/// </para>
/// <para>
/// A document without the text of section 六 (<c>narrative.otherMatters</c> absent) is not checked: the text is unknown, and
/// an unknown text is not one that says nothing.
/// </para>
/// </remarks>
internal static class FeeStatementRule
{
    public const string CellPointer = "/applications/results/otherHandling/overdueFee/total";
    public const string TextPointer = "/narrative/otherMatters";

    /// <summary>Section 六 mentions the fee when its normalised text contains one of these.</summary>
    public static readonly IReadOnlyList<string> FeeWords = new[] { "处理费", "收费", "缴费", "费用" };

    /// <summary>
    /// A statement that no fee notice was issued, matched in each normalised clause of section 六 (clauses split as for
    /// GID-B8). Its one gap is bounded, so matching is linear in the text.
    /// </summary>
    public const string NoNoticePattern = "(?:未|没有|无)[^,，。;；]{0,20}?(?:收费|缴费)通知";

    private static readonly Regex NoNotice = new(NoNoticePattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));

    /// <summary>The <c>{statement}</c> of the message when section 六 says nothing about the fee.</summary>
    internal static readonly BilingualText Silent = new("未提及信息处理费", "says nothing about the information-processing fee");

    /// <summary>The <c>{statement}</c> of the message when section 六 says no fee notice was issued.</summary>
    internal static readonly BilingualText NoNoticeIssued = new("称未发出收费通知", "says that no fee notice was issued");
    private static readonly Lazy<int> CellIndex = new(() => CellLayout.Format2021.IndexOf(CellPointer));

    public static void Evaluate(GovInfoReport report, CellValue[] cells, ref List<Diagnostic>? diagnostics)
    {
        if (report.Format != ReportFormat.Format2021 || report.Narrative?.OtherMatters is null)
        {
            return;
        }

        RuleDefinition rule = RuleCatalogue.Get(RuleCodes.FeeStatement);
        CellValue cell = cells[CellIndex.Value];
        FieldLabel field = CellLayout.Format2021.Fields[CellIndex.Value];
        var values = new Dictionary<string, BilingualText>
        {
            ["cell"] = NarrativeText.CellName(field),
        };
        if (!cell.IsKnown)
        {
            (diagnostics ??= new List<Diagnostic>()).Add(new Diagnostic(rule.Code, rule.Severity, DiagnosticOutcome.Indeterminate,
                new[] { CellPointer, TextPointer }, new[] { CellPointer }, null, null, rule.IndeterminateMessage.Render(values)));
            return;
        }

        string text = report.Narrative.OtherMatters;
        BilingualText? statement = cell.Number == 0 ? null
            : !MentionsFee(text) ? Silent
            : DeniesNotices(text) ? NoNoticeIssued
            : null;
        if (statement is null)
        {
            return;
        }

        string count = cell.Number.ToString(CultureInfo.InvariantCulture);
        values["actual"] = new BilingualText(count, count);
        values["statement"] = statement.Value;
        (diagnostics ??= new List<Diagnostic>()).Add(new Diagnostic(rule.Code, rule.Severity, DiagnosticOutcome.Fail,
            new[] { CellPointer, TextPointer }, Array.Empty<string>(), null, cell.Number, rule.FailMessage.Render(values)));
    }

    /// <summary>Whether a clause of the text says that no fee notice was issued.</summary>
    internal static bool DeniesNotices(string text)
    {
        foreach (string raw in OverviewFiguresRule.SplitClauses(text))
        {
            string clause = NarrativeText.Normalize(raw);
            if (clause.Length == 0 || clause.Length > OverviewFiguresRule.MaxClauseLength)
            {
                continue;
            }

            try
            {
                if (NoNotice.IsMatch(clause))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // unreadable prose states nothing
            }
        }

        return false;
    }

    internal static bool MentionsFee(string? text)
    {
        if (text is null)
        {
            return false;
        }

        string compact = NarrativeText.Normalize(text);
        foreach (string word in FeeWords)
        {
            if (compact.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
