using System.Collections.Generic;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Rules.Kinds;
using static GovInfoDisclosure.Schema.Rules.Catalogue.CommonRules;
using static GovInfoDisclosure.Schema.Rules.RuleOperand;

namespace GovInfoDisclosure.Schema.Rules.Catalogue;

/// <summary>
/// Every relation within one report of the current format (国办公开办函〔2021〕30号; formats.md §2.8), exactly. Relations of the
/// spec not listed here are explained in docs/rules.md.
/// </summary>
internal static class Rules2021
{
    public static IReadOnlyList<RuleRelation> Relations { get; } = Build(LabelCatalogue.Format2021);

    private static RuleRelation[] Build(LabelCatalogue c)
    {
        string[] otherLeaves = { "overdueCorrection", "overdueFee", "other" };
        return new[]
        {
            ApplicationBalance(c),

            // B-2: (七)总计 = (一) + (二) + (三) 1–8 + (四) 1–3 + (五) 1–5 + (六) 1–3, through group subtotals where leaves are unknown.
            SumRule.EachColumn(RuleCodes.ResultsTotal, ReportTable.Applications, ApplicationColumns(c), "/applications/results/total/{column}",
                Cell("/applications/results/granted/{column}"),
                Cell("/applications/results/partiallyGranted/{column}"),
                ResultGroup("withheld", WithheldLeaves),
                ResultGroup("unableToProvide", UnableLeaves),
                ResultGroup("notProcessed", NotProcessedLeaves),
                ResultGroup("otherHandling", otherLeaves)),

            GroupSubtotal(c, "withheld", WithheldLeaves),
            GroupSubtotal(c, "unableToProvide", UnableLeaves),
            GroupSubtotal(c, "notProcessed", NotProcessedLeaves),
            GroupSubtotal(c, "otherHandling", otherLeaves),

            RowTotal(c),
            LegalPersonSubtotal(c),

            OutcomeTotal(RuleCodes.ReconsiderationTotal, "reconsideration"),
            OutcomeTotal(RuleCodes.LitigationWithoutReconsiderationTotal, "litigationWithoutReconsideration"),
            OutcomeTotal(RuleCodes.LitigationAfterReconsiderationTotal, "litigationAfterReconsideration"),
        };
    }
}
