using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Rules.Kinds;

/// <summary>
/// Kind <see cref="RuleKind.Sum"/>: a total equals the sum of its parts (XBRL summation-item). The total is the value the report
/// states (<see cref="Diagnostics.Diagnostic.Actual"/>); the sum of the parts is what it should be
/// (<see cref="Diagnostics.Diagnostic.Expected"/>).
/// </summary>
internal static class SumRule
{
    public static RuleRelation EachColumn(string code, ReportTable table, string[] columns, string total, params RuleOperand[] parts) =>
        new(Catalogue.RuleCatalogue.Get(code), table, RuleScope.EachColumn, columns, new[] { RuleOperand.Cell(total) },
            RuleComparison.Equal, parts, actualIsLeft: true);

    public static RuleRelation EachRow(string code, ReportTable table, string[] rows, string total, params RuleOperand[] parts) =>
        new(Catalogue.RuleCatalogue.Get(code), table, RuleScope.EachRow, rows, new[] { RuleOperand.Cell(total) },
            RuleComparison.Equal, parts, actualIsLeft: true);
}
