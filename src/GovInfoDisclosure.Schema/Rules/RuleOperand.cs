namespace GovInfoDisclosure.Schema.Rules;

/// <summary>
/// One term of a relation, as data: a cell named by a JSON Pointer template (with <c>{column}</c> or <c>{row}</c> standing for
/// the scope), a weight of +1 or −1, and the report it reads; or a result group (its leaf rows and its optional subtotal row).
/// </summary>
internal sealed class RuleOperand
{
    private RuleOperand(int weight, RuleDocument document, string? pointer, string[]? groupLeaves, string? groupSubtotal)
    {
        Weight = weight;
        Document = document;
        Pointer = pointer;
        GroupLeaves = groupLeaves;
        GroupSubtotal = groupSubtotal;
    }

    public int Weight { get; }

    public RuleDocument Document { get; }

    /// <summary>The cell's pointer template; <see langword="null"/> for a group.</summary>
    public string? Pointer { get; }

    /// <summary>The pointer templates of a group's leaf cells; <see langword="null"/> for a cell.</summary>
    public string[]? GroupLeaves { get; }

    /// <summary>The pointer template of a group's subtotal cell (an optional row); <see langword="null"/> for a cell.</summary>
    public string? GroupSubtotal { get; }

    public bool IsGroup => GroupLeaves is not null;

    /// <summary>A cell of the current report, weight +1.</summary>
    public static RuleOperand Cell(string pointer) => new(1, RuleDocument.Current, pointer, null, null);

    /// <summary>A cell of the current report, weight −1.</summary>
    public static RuleOperand Minus(string pointer) => new(-1, RuleDocument.Current, pointer, null, null);

    /// <summary>A cell of the previous year's report, weight +1.</summary>
    public static RuleOperand Previous(string pointer) => new(1, RuleDocument.Previous, pointer, null, null);

    /// <summary>
    /// A result group: the sum of its leaves when every leaf is known, otherwise its subtotal when that is present and known.
    /// </summary>
    public static RuleOperand Group(string subtotal, params string[] leaves) => new(1, RuleDocument.Current, null, leaves, subtotal);
}
