namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>What the evaluation of one rule instance found.</summary>
/// <remarks>
/// A rule instance that holds produces no diagnostic at all. In JSON the outcome is written in lower case: <c>"fail"</c> or
/// <c>"indeterminate"</c>.
/// </remarks>
public enum DiagnosticOutcome
{
    /// <summary>Every operand is known and the relation does not hold.</summary>
    Fail = 0,

    /// <summary>
    /// An operand is unknown (a blank cell, a printed mark such as <c>"/"</c>, a missing optional cell or a missing report), so
    /// the relation can neither pass nor fail. Unknown is never read as zero unless the caller asks for it
    /// (<see cref="ValidationOptions.BlankAsZero"/>).
    /// </summary>
    Indeterminate = 1,
}
