namespace GovInfoDisclosure.Schema.Migration;

/// <summary>What a migration did with one field (formats.md §4 carry-over codes).</summary>
public enum CarryKind
{
    /// <summary>E — the same quantity in both formats: the value is copied.</summary>
    Exact,

    /// <summary>A — a related quantity: the value is copied and flagged (e.g. 本年新制作数量 → 本年制发件数).</summary>
    Approximate,

    /// <summary>N — a field of the target format that nothing in the source gives: left blank (unknown), never 0.</summary>
    NotCarried,

    /// <summary>N — a source value with no counterpart in the target format: not in the report, kept in the note.</summary>
    Dropped,
}
