using System;
using System.Collections.Generic;
using System.Globalization;
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
/// "Says something" is deliberately lenient, since the notice's wording is not verified (formats.md §2.7): section 六 mentions
/// the fee when, after removing whitespace, it contains 处理费, 收费, 缴费 or 费用. The count is the 总计 cell of the row.
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
    private static readonly Lazy<int> CellIndex = new(() => CellMap.Format2021.IndexOf(CellPointer));

    public static void Evaluate(GovInfoReport report, CellValue[] cells, ref List<Diagnostic>? diagnostics)
    {
        if (report.Format != ReportFormat.Format2021 || report.Narrative?.OtherMatters is null)
        {
            return;
        }

        RuleDefinition rule = RuleCatalogue.Get(RuleCodes.FeeStatement);
        CellValue cell = cells[CellIndex.Value];
        FieldLabel field = CellMap.Format2021.Cells[CellIndex.Value];
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

        if (cell.Number == 0 || MentionsFee(report.Narrative?.OtherMatters))
        {
            return;
        }

        string count = cell.Number.ToString(CultureInfo.InvariantCulture);
        values["actual"] = new BilingualText(count, count);
        (diagnostics ??= new List<Diagnostic>()).Add(new Diagnostic(rule.Code, rule.Severity, DiagnosticOutcome.Fail,
            new[] { CellPointer, TextPointer }, Array.Empty<string>(), null, cell.Number, rule.FailMessage.Render(values)));
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
