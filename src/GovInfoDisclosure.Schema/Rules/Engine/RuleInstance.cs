using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Rules.Engine;

/// <summary>One expansion of a relation (one column, one row): what the engine evaluates, ready to run without lookups.</summary>
internal sealed class RuleInstance
{
    public RuleDefinition Rule { get; init; } = null!;

    /// <summary>The position of the instance in its <see cref="RuleSet"/>; diagnostics are reported in this order.</summary>
    public int Ordinal { get; init; }

    /// <summary>The column or row key the instance was expanded for.</summary>
    public string ScopeKey { get; init; } = null!;

    public CompiledTerm[] Left { get; init; } = null!;

    public RuleComparison Comparison { get; init; }

    public CompiledTerm[] Right { get; init; } = null!;

    public bool ActualIsLeft { get; init; }

    /// <summary>The cell that must be present for the instance to apply: the first cell of the left side.</summary>
    public int Anchor { get; init; }

    public RuleDocument AnchorDocument { get; init; }

    public BilingualText Table { get; init; }

    public BilingualText Scope { get; init; }
}
