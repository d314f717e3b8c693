namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>How serious a broken rule is.</summary>
/// <remarks>In JSON the severity is written in lower case: <c>"error"</c> or <c>"warning"</c>.</remarks>
public enum DiagnosticSeverity
{
    /// <summary>
    /// A strict relation (勾稽关系) that every correct report satisfies is broken. A report with a failed error-severity rule is
    /// invalid.
    /// </summary>
    Error = 0,

    /// <summary>A plausibility check failed: the numbers are unusual or inconsistent with another source, but may be correct.</summary>
    Warning = 1,
}
