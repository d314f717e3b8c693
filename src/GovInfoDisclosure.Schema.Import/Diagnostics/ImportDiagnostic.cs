using System;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Import.Diagnostics;

/// <summary>One thing the importer found: a stable code, a severity, where, what was expected and found, and a message in Chinese and English.</summary>
/// <remarks>
/// Codes are the constants of <see cref="ImportDiagnosticCodes"/>; test and filter on <see cref="Code"/>, never on the
/// message. <see cref="RawText"/> is the source text the diagnostic is about (a line, a row's cells joined with
/// <c>" | "</c>, a cell), verbatim and possibly truncated to 200 characters. Equality is value equality over all members.
/// </remarks>
public sealed record ImportDiagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The stable code, one of <see cref="ImportDiagnosticCodes"/>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="location">Where it applies.</param>
    /// <param name="message">The message in Chinese and English.</param>
    /// <param name="rawText">The source text concerned, if any.</param>
    /// <param name="expected">What the importer expected, if that can be said (e.g. <c>7 cells</c>).</param>
    /// <param name="actual">What it found (e.g. <c>2 cells</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="location"/> is <see langword="null"/>.</exception>
    public ImportDiagnostic(string code, ImportSeverity severity, ImportLocation location, BilingualText message,
        string? rawText = null, string? expected = null, string? actual = null)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Severity = severity;
        Location = location ?? throw new ArgumentNullException(nameof(location));
        Message = message;
        RawText = rawText is { Length: > MaxRawTextLength } ? rawText.Substring(0, MaxRawTextLength) + "…" : rawText;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The longest <see cref="RawText"/> kept; longer texts are cut and end with <c>…</c>.</summary>
    public const int MaxRawTextLength = 200;

    /// <summary>The stable code (see <see cref="ImportDiagnosticCodes"/>).</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public ImportSeverity Severity { get; }

    /// <summary>Where in the source and the report it applies.</summary>
    public ImportLocation Location { get; }

    /// <summary>The message in Chinese and English.</summary>
    public BilingualText Message { get; }

    /// <summary>The source text concerned, verbatim (possibly cut), or <see langword="null"/>.</summary>
    public string? RawText { get; }

    /// <summary>What the importer expected, or <see langword="null"/>.</summary>
    public string? Expected { get; }

    /// <summary>What it found, or <see langword="null"/>.</summary>
    public string? Actual { get; }

    /// <summary>One line: severity, code, location and the English message.</summary>
    /// <returns>The diagnostic as text.</returns>
    public override string ToString()
    {
        string where = Location.ToString();
        return $"{Severity.ToString().ToLowerInvariant()} {Code}{(where.Length == 0 ? string.Empty : " (" + where + ")")}: {Message.En}";
    }
}
