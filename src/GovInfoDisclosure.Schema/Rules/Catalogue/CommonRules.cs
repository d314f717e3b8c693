using System.Collections.Generic;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Rules.Kinds;
using static GovInfoDisclosure.Schema.Rules.RuleOperand;

namespace GovInfoDisclosure.Schema.Rules.Catalogue;

/// <summary>The relations written the same way in both formats; <see cref="Rules2021"/> and <see cref="Rules2019"/> list them.</summary>
internal static class CommonRules
{
    private const string A = "/applications/";
    private const string Outcomes = "/reconsiderationAndLitigation/{row}/";

    /// <summary>The keys of the columns of 表三 (the seven official ones and the optional 法人或其他组织小计).</summary>
    public static string[] ApplicationColumns(LabelCatalogue catalogue)
    {
        var keys = new List<string>();
        foreach (ColumnLabel column in catalogue.GetTable(ReportTable.Applications).Rows[0].Columns)
        {
            keys.Add(column.Key);
        }

        return keys.ToArray();
    }

    /// <summary>The keys of every row of 表三, optional subtotal rows included.</summary>
    public static string[] ApplicationRows(LabelCatalogue catalogue)
    {
        var keys = new List<string>();
        foreach (RowLabel row in catalogue.GetTable(ReportTable.Applications).Rows)
        {
            keys.Add(row.Key);
        }

        return keys.ToArray();
    }

    /// <summary>B-1: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度, each column.</summary>
    public static RuleRelation ApplicationBalance(LabelCatalogue catalogue) =>
        BalanceRule.EachColumn(RuleCodes.ApplicationBalance, ReportTable.Applications, ApplicationColumns(catalogue),
            incoming: new[] { Cell(A + "newlyReceived/{column}"), Cell(A + "carriedOver/{column}") },
            outgoing: new[] { Cell(A + "results/total/{column}"), Cell(A + "carriedForward/{column}") });

    /// <summary>B-3: 总计 = the six applicant columns, each row.</summary>
    public static RuleRelation RowTotal(LabelCatalogue catalogue) =>
        SumRule.EachRow(RuleCodes.RowTotal, ReportTable.Applications, ApplicationRows(catalogue), A + "{row}/total",
            Cell(A + "{row}/naturalPerson"), Cell(A + "{row}/commercialEnterprise"), Cell(A + "{row}/researchInstitution"),
            Cell(A + "{row}/publicInterestOrganization"), Cell(A + "{row}/legalServiceAgency"), Cell(A + "{row}/otherOrganization"));

    /// <summary>法人或其他组织小计 = the five organisation columns, each row that has the column.</summary>
    public static RuleRelation LegalPersonSubtotal(LabelCatalogue catalogue) =>
        SumRule.EachRow(RuleCodes.LegalPersonSubtotal, ReportTable.Applications, ApplicationRows(catalogue), A + "{row}/legalPersonSubtotal",
            Cell(A + "{row}/commercialEnterprise"), Cell(A + "{row}/researchInstitution"), Cell(A + "{row}/publicInterestOrganization"),
            Cell(A + "{row}/legalServiceAgency"), Cell(A + "{row}/otherOrganization"));

    /// <summary>Subtotal = Σ leaves for one result group, each column.</summary>
    public static RuleRelation GroupSubtotal(LabelCatalogue catalogue, string group, params string[] leaves)
    {
        var parts = new RuleOperand[leaves.Length];
        for (int i = 0; i < leaves.Length; i++)
        {
            parts[i] = Cell(A + "results/" + group + "/" + leaves[i] + "/{column}");
        }

        return SumRule.EachColumn(RuleCodes.GroupSubtotal, ReportTable.Applications, ApplicationColumns(catalogue),
            A + "results/" + group + "/subtotal/{column}", parts);
    }

    /// <summary>A result group as one operand of (七)总计: its leaves, or its subtotal where the leaves are unknown.</summary>
    public static RuleOperand ResultGroup(string group, params string[] leaves)
    {
        var pointers = new string[leaves.Length];
        for (int i = 0; i < leaves.Length; i++)
        {
            pointers[i] = A + "results/" + group + "/" + leaves[i] + "/{column}";
        }

        return Group(A + "results/" + group + "/subtotal/{column}", pointers);
    }

    public static readonly string[] WithheldLeaves =
    {
        "stateSecret", "prohibitedByLaw", "endangersSafetyOrStability", "thirdPartyRights",
        "internalAffairs", "processInformation", "lawEnforcementFiles", "administrativeQuery",
    };

    public static readonly string[] UnableLeaves = { "notHeld", "needsCreation", "unclearAfterCorrection" };

    public static readonly string[] NotProcessedLeaves = { "petitionOrComplaint", "duplicate", "publication", "excessiveRepeated", "confirmationOfObtained" };

    /// <summary>C-1, C-2, C-3: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 for one block of 表四.</summary>
    public static RuleRelation OutcomeTotal(string code, string block) =>
        SumRule.EachRow(code, ReportTable.ReconsiderationAndLitigation, new[] { block }, Outcomes + "total",
            Cell(Outcomes + "upheld"), Cell(Outcomes + "corrected"), Cell(Outcomes + "otherOutcome"), Cell(Outcomes + "pending"));
}
