using System.Collections.Generic;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Kinds;
using static GovInfoDisclosure.Schema.Rules.RuleOperand;

namespace GovInfoDisclosure.Schema.Rules.Catalogue;

/// <summary>
/// The year-over-year relations for each pair of formats (previous → current), exactly: B-6 in every pair (the rows of 表三 are
/// the same in both formats), A-2 and A-3 between current-format reports, LA-4 and LA-5 between legacy reports. Nothing of
/// 表二 carries over between the formats (formats.md §4 rows 5–15), so no 表二 relation spans them.
/// </summary>
internal static class CrossReportRules
{
    private const string P = "/proactiveDisclosure/{row}/";

    public static IReadOnlyList<RuleRelation> For(ReportFormat previous, ReportFormat current)
    {
        var relations = new List<RuleRelation>
        {
            YearOverYearRule.EachColumn(RuleCodes.CarryOverContinuity, previous, ReportTable.Applications,
                CommonRules.ApplicationColumns(LabelCatalogue.For(current)),
                Cell("/applications/carriedOver/{column}"), Previous("/applications/carriedForward/{column}")),
        };

        string[] documentRows = { "rules", "normativeDocuments" };
        if (previous == ReportFormat.Format2021 && current == ReportFormat.Format2021)
        {
            relations.Add(YearOverYearRule.EachRow(RuleCodes.InForceContinuity, previous, ReportTable.ProactiveDisclosure, documentRows,
                Cell(P + "inForce"), RuleComparison.Equal, Previous(P + "inForce"), Cell(P + "issued"), Minus(P + "repealed")));
            relations.Add(YearOverYearRule.EachRow(RuleCodes.RepealedBound, previous, ReportTable.ProactiveDisclosure, documentRows,
                Cell(P + "repealed"), RuleComparison.LessOrEqual, Previous(P + "inForce"), Cell(P + "issued")));
        }

        if (previous == ReportFormat.Format2019 && current == ReportFormat.Format2019)
        {
            relations.Add(YearOverYearRule.EachRow(RuleCodes.ItemCountContinuity, previous, ReportTable.ProactiveDisclosure,
                new[] { "administrativeLicensing", "otherExternalServices", "administrativePenalty", "administrativeEnforcement", "administrativeFees" },
                Cell(P + "previousYearItems"), RuleComparison.Equal, Previous(P + "previousYearItems"), Previous(P + "change")));
            relations.Add(YearOverYearRule.EachRow(RuleCodes.PublishedTotalCumulative, previous, ReportTable.ProactiveDisclosure, documentRows,
                Cell(P + "publishedTotal"), RuleComparison.GreaterOrEqual, Previous(P + "publishedTotal")));
        }

        return relations;
    }
}
