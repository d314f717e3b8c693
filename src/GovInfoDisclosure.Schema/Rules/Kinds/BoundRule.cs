using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Rules.Kinds;

/// <summary>
/// Kind <see cref="RuleKind.Bound"/>: a value does not exceed a bound, <c>a ≤ b + c</c>. The value is
/// <see cref="Diagnostics.Diagnostic.Actual"/>, the bound <see cref="Diagnostics.Diagnostic.Expected"/>.
/// </summary>
internal static class BoundRule
{
    public static RuleRelation EachRow(string code, ReportTable table, string[] rows, RuleOperand value, params RuleOperand[] bound) =>
        new(Catalogue.RuleCatalogue.Get(code), table, RuleScope.EachRow, rows, new[] { value }, RuleComparison.LessOrEqual, bound, actualIsLeft: true);
}
