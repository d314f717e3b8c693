namespace GovInfoDisclosure.Schema.Rules.Catalogue;

/// <summary>The stable codes of every rule of the <see cref="RuleCatalogue"/>, in one place.</summary>
/// <remarks>
/// <para>
/// A code never changes meaning once released; a retired rule keeps its constant, marked <c>[Obsolete]</c>. The scheme:
/// <c>GID-</c> followed by the id of the relation in the format specification (formats.md §2.8, §3.6) where the rule
/// implements one — <c>GID-B1</c> is relation B-1, <c>GID-LA3</c> is LA-3 — with a suffix letter for a rule derived from a
/// numbered relation (<c>GID-B2G</c>: B-2 at the level of one result group; <c>GID-B3P</c>: B-3 for the 法人或其他组织小计
/// column), <c>GID-S…</c> for consolidation and <c>GID-X…</c> for preconditions of cross-report checks.
/// </para>
/// </remarks>
public static class RuleCodes
{
    /// <summary>表三, each column: 第一项 + 第二项 = 第三项 + 第四项 (本年新收 + 上年结转 = 办理结果总计 + 结转下年度). Relation B-1.</summary>
    public const string ApplicationBalance = "GID-B1";

    /// <summary>表三, each column: (七)总计 = the sum of every result row. Relation B-2.</summary>
    public const string ResultsTotal = "GID-B2";

    /// <summary>表三, each column of each result group with a subtotal row: subtotal = the sum of the group's rows.</summary>
    public const string GroupSubtotal = "GID-B2G";

    /// <summary>表三, each row: 总计 = the sum of the six applicant columns. Relation B-3.</summary>
    public const string RowTotal = "GID-B3";

    /// <summary>表三, each row with the local 法人或其他组织小计 column: 小计 = the sum of the five organisation columns.</summary>
    public const string LegalPersonSubtotal = "GID-B3P";

    /// <summary>Every count and amount is a non-negative number. Relations B-5 and A-1; enforced by the cell types and the JSON reader.</summary>
    public const string NonNegativeCells = "GID-B5";

    /// <summary>Across two years, each column: this year's 上年结转 = last year's 结转下年度. Relation B-6.</summary>
    public const string CarryOverContinuity = "GID-B6";

    /// <summary>Narrative: 表三 counts applications dropped for unpaid fees, so section 六 should mention the 信息处理费. Relation B-7.</summary>
    public const string FeeStatement = "GID-B7";

    /// <summary>Narrative: figures stated in 一、总体情况 (新收, 上年结转, 结转下年度) equal 表三. Relation B-8.</summary>
    public const string OverviewFigures = "GID-B8";

    /// <summary>Narrative: figures stated in the prose for 表二 (规章/行政规范性文件 制发·废止·现行有效, 许可/处罚/强制, 收费) and 表四 (复议, 诉讼) equal the tables. Relation B-9.</summary>
    public const string TableFigures = "GID-B9";

    /// <summary>Across two years, each row of 第二十条第(一)项: 现行有效件数 = last year's + 本年制发件数 − 本年废止件数. Relation A-2.</summary>
    public const string InForceContinuity = "GID-A2";

    /// <summary>Across two years, each row of 第二十条第(一)项: 本年废止件数 ≤ last year's 现行有效件数 + 本年制发件数. Relation A-3.</summary>
    public const string RepealedBound = "GID-A3";

    /// <summary>表四: 行政复议 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. Relation C-1.</summary>
    public const string ReconsiderationTotal = "GID-C1";

    /// <summary>表四: 行政诉讼 未经复议直接起诉 总计 = the sum of its four outcomes. Relation C-2.</summary>
    public const string LitigationWithoutReconsiderationTotal = "GID-C2";

    /// <summary>表四: 行政诉讼 复议后起诉 总计 = the sum of its four outcomes. Relation C-3.</summary>
    public const string LitigationAfterReconsiderationTotal = "GID-C3";

    /// <summary>Legacy 表二, each row of 第二十条第(一)项: 本年新公开数量 ≤ 对外公开总数量. Relation LA-1.</summary>
    public const string NewlyPublishedBound = "GID-LA1";

    /// <summary>Legacy 表二, each item row: 上一年项目数量 + 本年增/减 ≥ 0. Relation LA-3.</summary>
    public const string ItemCountNonNegative = "GID-LA3";

    /// <summary>Across two legacy years, each item row: 上一年项目数量 = last year's 上一年项目数量 + 本年增/减. Relation LA-4.</summary>
    public const string ItemCountContinuity = "GID-LA4";

    /// <summary>Across two legacy years, each row of 第二十条第(一)项: 对外公开总数量 does not decrease. Relation LA-5.</summary>
    public const string PublishedTotalCumulative = "GID-LA5";

    /// <summary>Cross-report precondition: the two reports are on consecutive years.</summary>
    public const string ConsecutiveYears = "GID-X1";

    /// <summary>Consolidation, each cell: the consolidated report's cell = the sum of the parts' cells.</summary>
    public const string ConsolidatedCell = "GID-S1";

    /// <summary>Consolidation: a part is missing, so the consolidated report cannot be checked.</summary>
    public const string MissingPart = "GID-S2";

    /// <summary>Consolidation: the reports cannot be summed (different formats or years, or a sum out of range).</summary>
    public const string PartsNotSummable = "GID-S3";
}
