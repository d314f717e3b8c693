using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Rules;

/// <summary>
/// The relation of one rule in one format, as data (in the spirit of an XBRL calculation arc): the operands of each side,
/// how the sides compare, which side is the value the report states, and the scope the rule is expanded over.
/// </summary>
internal sealed class RuleRelation
{
    public RuleRelation(RuleDefinition rule, ReportTable table, RuleScope scope, string[] scopeKeys, RuleOperand[] left,
        RuleComparison comparison, RuleOperand[] right, bool actualIsLeft, ReportFormat? previousFormat = null)
    {
        Rule = rule;
        Table = table;
        Scope = scope;
        ScopeKeys = scopeKeys;
        Left = left;
        Comparison = comparison;
        Right = right;
        ActualIsLeft = actualIsLeft;
        PreviousFormat = previousFormat;
    }

    public RuleDefinition Rule { get; }

    /// <summary>The table whose columns or rows the scope names.</summary>
    public ReportTable Table { get; }

    /// <summary><see cref="RuleScope.EachColumn"/> or <see cref="RuleScope.EachRow"/>.</summary>
    public RuleScope Scope { get; }

    /// <summary>The column keys (<c>{column}</c>) or row keys (<c>{row}</c>) the rule is expanded over.</summary>
    public string[] ScopeKeys { get; }

    public RuleOperand[] Left { get; }

    public RuleComparison Comparison { get; }

    /// <summary>The right side; empty means 0.</summary>
    public RuleOperand[] Right { get; }

    /// <summary>Whether the left side is the value the report states (a printed total) and the right side what it should be.</summary>
    public bool ActualIsLeft { get; }

    /// <summary>For a year-over-year relation, the format of the previous report; <see langword="null"/> for a relation within one report.</summary>
    public ReportFormat? PreviousFormat { get; }
}
