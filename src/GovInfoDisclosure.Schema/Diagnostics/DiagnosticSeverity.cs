namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>How serious a broken rule is.</summary>
/// <remarks>
/// One severity for every stage (input, document, import, rule, cross-report). In JSON the severity is written in lower
/// case: <c>"error"</c>, <c>"warning"</c> or <c>"info"</c>. The numeric values are not ordered by seriousness; compare with
/// <see cref="DiagnosticSeverityExtensions.Rank"/>.
/// </remarks>
public enum DiagnosticSeverity
{
    /// <summary>
    /// A strict relation (勾稽关系) that every correct report satisfies is broken. A report with a failed error-severity rule is
    /// invalid.
    /// </summary>
    Error = 0,

    /// <summary>A plausibility check failed: the numbers are unusual or inconsistent with another source, but may be correct.</summary>
    Warning = 1,

    /// <summary>
    /// Something a reader may want to know that is not a problem (the importer converted a unit, matched a label variant,
    /// dropped a web page's footer). The data is as published.
    /// </summary>
    Info = 2,
}

/// <summary>Helpers for <see cref="DiagnosticSeverity"/>.</summary>
public static class DiagnosticSeverityExtensions
{
    /// <summary>How serious a severity is: 0 for info, 1 for warning, 2 for error.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The rank; a higher rank is more serious.</returns>
    public static int Rank(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 2,
        DiagnosticSeverity.Warning => 1,
        _ => 0,
    };

    /// <summary>The lower-case name used in JSON and in the code catalogue: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The name.</returns>
    public static string ToJsonName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
