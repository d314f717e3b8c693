using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Rules.Engine;

/// <summary>An operand of a rule instance with its pointers resolved to cell indices and its labels prepared for messages.</summary>
internal sealed class CompiledTerm
{
    public int Weight { get; init; } = 1;

    public RuleDocument Document { get; init; }

    /// <summary>The cell index of a plain operand; −1 for a group.</summary>
    public int Cell { get; init; } = -1;

    /// <summary>The (possibly document-qualified) pointer of a plain operand.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The label of a plain operand, or of a group summed from its leaves.</summary>
    public BilingualText Name { get; init; }

    /// <summary>The leaf cells of a group; <see langword="null"/> for a plain operand.</summary>
    public int[]? Leaves { get; init; }

    public string[]? LeafPaths { get; init; }

    public BilingualText[]? LeafNames { get; init; }

    /// <summary>The subtotal cell of a group (an optional row).</summary>
    public int Subtotal { get; init; } = -1;

    public string SubtotalPath { get; init; } = string.Empty;

    public BilingualText SubtotalName { get; init; }

    public bool IsGroup => Leaves is not null;
}
