using System;
using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>
/// One finding of any stage — reading a file, reading a JSON document, importing a published report, a rule within one
/// report, a rule between reports — with a stable code, a severity, the stage, where it applies, typed expected and actual
/// values, the arguments of its message template, and the message in Chinese and English.
/// </summary>
/// <remarks>
/// <para>
/// The code is one of the <see cref="DiagnosticCatalogue"/> (<c>GID-…</c> rules, <c>JSON-…</c> document problems,
/// <c>IMP-…</c> import findings, <c>FILE-UNREADABLE</c>, <c>RULES-…</c>) or the code of a user's rule loaded from a rules
/// file. Test and filter on <see cref="Code"/>, <see cref="Paths"/> and <see cref="Arguments"/>, never on the message.
/// </para>
/// <para>
/// Paths of diagnostics about one report are plain JSON Pointers (<c>/applications/newlyReceived/total</c>). Diagnostics that
/// compare several reports qualify each pointer with the document it points into, as <c>role#pointer</c>:
/// <c>previous#/applications/carriedForward/total</c>, <c>current#…</c>, <c>consolidated#…</c>, <c>part1#…</c> (parts are
/// numbered from 1 in the order given).
/// </para>
/// <para>
/// Immutable. Equality is value equality over every member (lists element by element); the hash code never overflows, so
/// diagnostics of every stage can go into one <see cref="HashSet{T}"/>.
/// </para>
/// </remarks>
public sealed record Diagnostic
{
    /// <summary>The longest <see cref="RawText"/> kept; longer texts are cut and end with <c>…</c>.</summary>
    public const int MaxRawTextLength = 200;

    private static readonly DiagnosticArgument[] NoArguments = Array.Empty<DiagnosticArgument>();

    /// <summary>Creates a diagnostic of a rule (its stage is the catalogue's for the code; <see cref="DiagnosticStage.Rule"/> for a code not in it).</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="severity">The rule's severity.</param>
    /// <param name="outcome">Fail or indeterminate.</param>
    /// <param name="paths">Every cell involved, in the order of the relation.</param>
    /// <param name="unknownPaths">The cells that made the outcome indeterminate (a subset of <paramref name="paths"/>).</param>
    /// <param name="expected">The value the relation requires, when known.</param>
    /// <param name="actual">The value the report states, when known.</param>
    /// <param name="message">The explanation in Chinese and English.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, DiagnosticOutcome outcome, IReadOnlyList<string> paths,
        IReadOnlyList<string> unknownPaths, decimal? expected, decimal? actual, BilingualText message)
        : this(code, severity, DiagnosticCatalogue.StageOf(code), outcome, paths, unknownPaths, expected, actual, message)
    {
    }

    /// <summary>Creates a diagnostic of any stage.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="stage">The stage that found it.</param>
    /// <param name="outcome">Fail (a problem found) or indeterminate (a rule that could not be decided).</param>
    /// <param name="paths">The JSON Pointers of every value involved (for a rule, in the order of the relation).</param>
    /// <param name="unknownPaths">The values that made the outcome indeterminate (a subset of <paramref name="paths"/>).</param>
    /// <param name="expected">The value required, when there is a number to say.</param>
    /// <param name="actual">The value found, when there is a number to say.</param>
    /// <param name="message">The message in Chinese and English, rendered from the code's template.</param>
    /// <param name="arguments">The values the message template was filled with; <see langword="null"/> for none.</param>
    /// <param name="location">Where in the source and the document; <see langword="null"/> for <see cref="DiagnosticLocation.None"/>.</param>
    /// <param name="rawText">The source text concerned (a line, a row's cells joined with <c>" | "</c>, a cell), cut to <see cref="MaxRawTextLength"/>.</param>
    /// <exception cref="ArgumentNullException">A required reference argument is <see langword="null"/>.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, DiagnosticStage stage, DiagnosticOutcome outcome, IReadOnlyList<string> paths,
        IReadOnlyList<string> unknownPaths, decimal? expected, decimal? actual, BilingualText message,
        IReadOnlyList<DiagnosticArgument>? arguments = null, DiagnosticLocation? location = null, string? rawText = null)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Severity = severity;
        Stage = stage;
        Outcome = outcome;
        Paths = ReadOnlyLists.Copy(paths ?? throw new ArgumentNullException(nameof(paths)));
        UnknownPaths = ReadOnlyLists.Copy(unknownPaths ?? throw new ArgumentNullException(nameof(unknownPaths)));
        Expected = expected;
        Actual = actual;
        Message = message;
        Arguments = arguments is null ? NoArguments : ReadOnlyLists.Copy(arguments);
        Location = location ?? DiagnosticLocation.None;
        RawText = rawText is { Length: > MaxRawTextLength } ? rawText.Substring(0, MaxRawTextLength) + "…" : rawText;
    }

    /// <summary>The stable code, e.g. <c>GID-B1</c>, <c>JSON-NEGATIVE</c>, <c>IMP-ROW-AMBIGUOUS</c>.</summary>
    public string Code { get; }

    /// <summary>How serious it is; for a code of the <see cref="DiagnosticCatalogue"/>, always the catalogue's severity.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The stage that found it.</summary>
    public DiagnosticStage Stage { get; }

    /// <summary>Whether something failed, or a rule could not be decided.</summary>
    public DiagnosticOutcome Outcome { get; }

    /// <summary>The JSON Pointers of every value involved; for a rule, in the order of the relation (left side, then right side).</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>
    /// The cells whose value is unknown (blank, printed mark, missing optional cell, not read by the import): non-empty exactly
    /// when <see cref="Outcome"/> is <see cref="DiagnosticOutcome.Indeterminate"/> because of a cell.
    /// </summary>
    public IReadOnlyList<string> UnknownPaths { get; }

    /// <summary>
    /// The value required: for a total, the sum of its parts; for a balance, the incoming side (第一项 + 第二项); for a bound
    /// (≤, ≥), the bound; for an import finding, e.g. the number of cells the row should have. <see langword="null"/> when there
    /// is no number to say.
    /// </summary>
    public decimal? Expected { get; }

    /// <summary>
    /// The value found: the printed total, the outgoing side (第三项 + 第四项), the bounded value, the number of cells the row has.
    /// <see langword="null"/> when there is no number to say.
    /// </summary>
    public decimal? Actual { get; }

    /// <summary><see cref="Actual"/> − <see cref="Expected"/> when both are known; otherwise <see langword="null"/>.</summary>
    public decimal? Difference => Expected is { } e && Actual is { } a ? a - e : null;

    /// <summary>The explanation, naming the cells by their official labels, in Chinese and English.</summary>
    public BilingualText Message { get; }

    /// <summary>The values the code's message template was filled with, in the order of first use.</summary>
    public IReadOnlyList<DiagnosticArgument> Arguments { get; }

    /// <summary>Where in the source and the document it applies; <see cref="DiagnosticLocation.None"/> when nowhere in particular.</summary>
    public DiagnosticLocation Location { get; }

    /// <summary>The source text concerned, verbatim (possibly cut), or <see langword="null"/>.</summary>
    public string? RawText { get; }

    /// <summary>Whether this diagnostic is an error: an error-severity finding that failed.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error && Outcome == DiagnosticOutcome.Fail;

    /// <summary>The value of a template argument.</summary>
    /// <param name="name">The placeholder name, without braces.</param>
    /// <param name="value">The value, when the diagnostic has the argument.</param>
    /// <returns>Whether it has the argument.</returns>
    public bool TryGetArgument(string name, out BilingualText value)
    {
        foreach (DiagnosticArgument argument in Arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                value = argument.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(Diagnostic? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Severity == other.Severity
        && Stage == other.Stage
        && Outcome == other.Outcome
        && Expected == other.Expected
        && Actual == other.Actual
        && Message.Equals(other.Message)
        && string.Equals(RawText, other.RawText, StringComparison.Ordinal)
        && Location.Equals(other.Location)
        && SameList(Paths, other.Paths)
        && SameList(UnknownPaths, other.UnknownPaths)
        && SameArguments(Arguments, other.Arguments);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code, StringComparer.Ordinal);
        hash.Add(Severity);
        hash.Add(Stage);
        hash.Add(Outcome);
        hash.Add(Location);
        foreach (string path in Paths)
        {
            hash.Add(path, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The severity, code, location, outcome and English message, for logs and test output.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
    {
        string where = Location.ToString();
        return $"{Code} {Severity} {Outcome}{(where.Length == 0 ? string.Empty : " (" + where + ")")}: {Message.En}";
    }

    private static bool SameList(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (int i = 0; i < left.Count; i++)
        {
            if (!string.Equals(left[i], right[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameArguments(IReadOnlyList<DiagnosticArgument> left, IReadOnlyList<DiagnosticArgument> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (int i = 0; i < left.Count; i++)
        {
            if (!left[i].Equals(right[i]))
            {
                return false;
            }
        }

        return true;
    }
}
