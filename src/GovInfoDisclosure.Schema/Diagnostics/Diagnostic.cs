using System;
using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>One finding of a validator: a rule instance that failed or could not be decided.</summary>
/// <remarks>
/// <para>
/// A diagnostic names the rule by its stable <see cref="Code"/> (see <c>RuleCatalogue</c>), points at every cell involved with
/// JSON Pointers into the canonical document, gives the two sides of the relation as numbers, and explains itself in Chinese
/// and English with the cells' official labels.
/// </para>
/// <para>
/// Paths of diagnostics about one report are plain JSON Pointers (<c>/applications/newlyReceived/total</c>). Diagnostics that
/// compare several reports qualify each pointer with the document it points into, as <c>role#pointer</c>:
/// <c>previous#/applications/carriedForward/total</c>, <c>current#…</c>, <c>consolidated#…</c>, <c>part1#…</c> (parts are
/// numbered from 1 in the order given).
/// </para>
/// <para>
/// Equality is value equality over every member; the path lists compare element by element.
/// </para>
/// </remarks>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
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
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Severity = severity;
        Outcome = outcome;
        Paths = paths ?? throw new ArgumentNullException(nameof(paths));
        UnknownPaths = unknownPaths ?? throw new ArgumentNullException(nameof(unknownPaths));
        Expected = expected;
        Actual = actual;
        Message = message;
    }

    /// <summary>The stable code of the rule, e.g. <c>GID-B1</c>.</summary>
    public string Code { get; }

    /// <summary>The severity of the rule.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Whether the rule failed or could not be decided.</summary>
    public DiagnosticOutcome Outcome { get; }

    /// <summary>The JSON Pointers of every cell involved, in the order of the relation (left side, then right side).</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>
    /// The cells whose value is unknown (blank, printed mark, missing optional cell): non-empty exactly when
    /// <see cref="Outcome"/> is <see cref="DiagnosticOutcome.Indeterminate"/> because of a cell.
    /// </summary>
    public IReadOnlyList<string> UnknownPaths { get; }

    /// <summary>
    /// The value the relation requires: for a total, the sum of its parts; for a balance, the incoming side (第一项 + 第二项);
    /// for a bound (≤, ≥), the bound. <see langword="null"/> when indeterminate or when the rule compares no numbers.
    /// </summary>
    public decimal? Expected { get; }

    /// <summary>
    /// The value the report states: the printed total, the outgoing side (第三项 + 第四项), the bounded value.
    /// <see langword="null"/> when indeterminate or when the rule compares no numbers.
    /// </summary>
    public decimal? Actual { get; }

    /// <summary><see cref="Actual"/> − <see cref="Expected"/> when both are known; otherwise <see langword="null"/>.</summary>
    public decimal? Difference => Expected is { } e && Actual is { } a ? a - e : null;

    /// <summary>The explanation, naming the cells by their official labels, in Chinese and English.</summary>
    public BilingualText Message { get; }

    /// <summary>Whether this diagnostic makes a report invalid: an error-severity rule that failed.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error && Outcome == DiagnosticOutcome.Fail;

    /// <inheritdoc/>
    public bool Equals(Diagnostic? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Severity == other.Severity
        && Outcome == other.Outcome
        && Expected == other.Expected
        && Actual == other.Actual
        && Message.Equals(other.Message)
        && SameList(Paths, other.Paths)
        && SameList(UnknownPaths, other.UnknownPaths);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code, StringComparer.Ordinal);
        hash.Add(Severity);
        hash.Add(Outcome);
        foreach (string path in Paths)
        {
            hash.Add(path, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The code, outcome and English message, for logs and test output.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Code} {Severity} {Outcome}: {Message.En}";

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
}
