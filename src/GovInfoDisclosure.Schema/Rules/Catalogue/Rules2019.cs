using System.Collections.Generic;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Rules.Kinds;
using static GovInfoDisclosure.Schema.Rules.Catalogue.CommonRules;
using static GovInfoDisclosure.Schema.Rules.RuleOperand;

namespace GovInfoDisclosure.Schema.Rules.Catalogue;

/// <summary>
/// Every relation within one report of the legacy layout (国办公开办函〔2019〕60号; formats.md §3.4–§3.6), exactly. Relations of
/// the spec not listed here are explained in docs/rules.md.
/// </summary>
internal static class Rules2019
{
    public static IReadOnlyList<RuleRelation> Relations { get; } = Build(LabelCatalogue.Format2019);

    private static RuleRelation[] Build(LabelCatalogue c)
    {
        const string P = "/proactiveDisclosure/{row}/";
        return new[]
        {
            ApplicationBalance(c),

            // B-2 in the legacy layout: 19 result rows, (六)其他处理 being a single leaf row.
            SumRule.EachColumn(RuleCodes.ResultsTotal, ReportTable.Applications, ApplicationColumns(c), "/applications/results/total/{column}",
                Cell("/applications/results/granted/{column}"),
                Cell("/applications/results/partiallyGranted/{column}"),
                ResultGroup("withheld", WithheldLeaves),
                ResultGroup("unableToProvide", UnableLeaves),
                ResultGroup("notProcessed", NotProcessedLeaves),
                Cell("/applications/results/otherHandling/{column}")),

            GroupSubtotal(c, "withheld", WithheldLeaves),
            GroupSubtotal(c, "unableToProvide", UnableLeaves),
            GroupSubtotal(c, "notProcessed", NotProcessedLeaves),

            RowTotal(c),
            LegalPersonSubtotal(c),

            OutcomeTotal(RuleCodes.ReconsiderationTotal, "reconsideration"),
            OutcomeTotal(RuleCodes.LitigationWithoutReconsiderationTotal, "litigationWithoutReconsideration"),
            OutcomeTotal(RuleCodes.LitigationAfterReconsiderationTotal, "litigationAfterReconsideration"),

            // LA-3: 上一年项目数量 + 本年增/减 ≥ 0 for the item rows of 第二十条第(五)(六)(八)项.
            NonNegativeRule.EachRow(RuleCodes.ItemCountNonNegative, ReportTable.ProactiveDisclosure,
                new[] { "administrativeLicensing", "otherExternalServices", "administrativePenalty", "administrativeEnforcement", "administrativeFees" },
                Cell(P + "previousYearItems"), Cell(P + "change")),

            // LA-1: 本年新公开数量 ≤ 对外公开总数量 for the rows of 第二十条第(一)项 (plausibility).
            BoundRule.EachRow(RuleCodes.NewlyPublishedBound, ReportTable.ProactiveDisclosure, new[] { "rules", "normativeDocuments" },
                Cell(P + "newlyPublished"), Cell(P + "publishedTotal")),
        };
    }
}
