using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Rules.Kinds;

/// <summary>
/// Kind <see cref="RuleKind.Balance"/>: two sums are equal, <c>a + b = c + d</c>. The left side is the incoming side
/// (<see cref="Diagnostics.Diagnostic.Expected"/>), the right side the outgoing side the report accounts for
/// (<see cref="Diagnostics.Diagnostic.Actual"/>).
/// </summary>
internal static class BalanceRule
{
    public static RuleRelation EachColumn(string code, ReportTable table, string[] columns, RuleOperand[] incoming, RuleOperand[] outgoing) =>
        new(Catalogue.RuleCatalogue.Get(code), table, RuleScope.EachColumn, columns, incoming, RuleComparison.Equal, outgoing, actualIsLeft: false);
}
