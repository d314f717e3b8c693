using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Rules.Kinds;

/// <summary>
/// Kind <see cref="RuleKind.YearOverYear"/>: a relation between the reports of two consecutive years of one body. Operands read
/// the current report or, through <see cref="RuleOperand.Previous"/>, the previous one; the value of the current report is
/// <see cref="Diagnostics.Diagnostic.Actual"/>.
/// </summary>
internal static class YearOverYearRule
{
    public static RuleRelation EachColumn(string code, ReportFormat previousFormat, ReportTable table, string[] columns,
        RuleOperand current, params RuleOperand[] fromPrevious) =>
        new(Catalogue.RuleCatalogue.Get(code), table, RuleScope.EachColumn, columns, new[] { current }, RuleComparison.Equal, fromPrevious,
            actualIsLeft: true, previousFormat);

    public static RuleRelation EachRow(string code, ReportFormat previousFormat, ReportTable table, string[] rows, RuleOperand current,
        RuleComparison comparison, params RuleOperand[] fromPrevious) =>
        new(Catalogue.RuleCatalogue.Get(code), table, RuleScope.EachRow, rows, new[] { current }, comparison, fromPrevious,
            actualIsLeft: true, previousFormat);
}
