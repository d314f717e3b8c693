namespace GovInfoDisclosure.Schema.Rules;

/// <summary>The shape of a rule: which generic evaluation applies to it.</summary>
public enum RuleKind
{
    /// <summary>A total equals the sum of its parts (XBRL summation-item): <c>总计 = Σ parts</c>.</summary>
    Sum,

    /// <summary>Two sums are equal: <c>a + b = c + d</c> (the stated balance of 表三).</summary>
    Balance,

    /// <summary>A value is bounded by another: <c>a ≤ b</c>.</summary>
    Bound,

    /// <summary>A sum is not negative: <c>a + b ≥ 0</c>.</summary>
    NonNegative,

    /// <summary>Every cell holds a value of its type; enforced by the cell types and by the JSON reader, not by the engine.</summary>
    CellType,

    /// <summary>A relation between the reports of two consecutive years of one body.</summary>
    YearOverYear,

    /// <summary>A relation between a consolidated report and the reports it sums.</summary>
    Consolidation,

    /// <summary>A relation between the report's prose and its tables (opt-in).</summary>
    Narrative,
}
