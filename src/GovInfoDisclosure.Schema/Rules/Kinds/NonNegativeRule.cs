using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Rules.Kinds;

/// <summary>
/// Kind <see cref="RuleKind.NonNegative"/>: a sum of cells is not negative, <c>a + b ≥ 0</c>. The sum is
/// <see cref="Diagnostics.Diagnostic.Actual"/>, 0 is <see cref="Diagnostics.Diagnostic.Expected"/>.
/// </summary>
/// <remarks>
/// Single cells need no such rule: the cell types cannot hold a negative count or amount (<see cref="RuleKind.CellType"/>,
/// <c>GID-B5</c>). This kind is for derived quantities such as the legacy 上一年项目数量 + 本年增/减.
/// </remarks>
internal static class NonNegativeRule
{
    public static RuleRelation EachRow(string code, ReportTable table, string[] rows, params RuleOperand[] terms) =>
        new(Catalogue.RuleCatalogue.Get(code), table, RuleScope.EachRow, rows, terms, RuleComparison.GreaterOrEqual,
            System.Array.Empty<RuleOperand>(), actualIsLeft: true);
}
