using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>One entry of the <see cref="DiagnosticCatalogue"/>: a stable code with its severity, stage, title and message templates.</summary>
/// <remarks>
/// <para>
/// A code never changes meaning or severity once released. The messages of a diagnostic are rendered from the templates
/// here, keyed by the code: <see cref="FailMessage"/> for an outcome <see cref="DiagnosticOutcome.Fail"/>,
/// <see cref="IndeterminateMessage"/> for a rule that could not be decided. The Chinese and the English template use the
/// same named placeholders.
/// </para>
/// <para>Immutable; equality is reference equality (each code has exactly one definition).</para>
/// </remarks>
public sealed class DiagnosticDefinition
{
    internal DiagnosticDefinition(string code, DiagnosticSeverity severity, DiagnosticStage stage, BilingualText title,
        MessageTemplate failMessage, MessageTemplate? indeterminateMessage, bool leavesCellsUnread, bool isFatal, RuleDefinition? rule)
    {
        Code = code;
        Severity = severity;
        Stage = stage;
        Title = title;
        FailMessage = failMessage;
        IndeterminateMessage = indeterminateMessage;
        LeavesCellsUnread = leavesCellsUnread;
        IsFatal = isFatal;
        Rule = rule;
    }

    /// <summary>The stable code, e.g. <c>GID-B1</c>, <c>JSON-NEGATIVE</c>, <c>IMP-ROW-AMBIGUOUS</c>, <c>FILE-UNREADABLE</c>.</summary>
    public string Code { get; }

    /// <summary>The severity every diagnostic with this code has.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The stage that reports the code.</summary>
    public DiagnosticStage Stage { get; }

    /// <summary>What the code means, in a line, in Chinese and English.</summary>
    public BilingualText Title { get; }

    /// <summary>The message template of a diagnostic with this code (for a rule: of a failed instance).</summary>
    public MessageTemplate FailMessage { get; }

    /// <summary>The message template of an indeterminate instance of a rule; <see langword="null"/> for a code that is never indeterminate.</summary>
    public MessageTemplate? IndeterminateMessage { get; }

    /// <summary>
    /// Whether a diagnostic with this code means the import could not read the cells at its location (they are blank
    /// although the source may print numbers there). Such cells stay unknown under <see cref="ValidationOptions.BlankAsZero"/>,
    /// and a report with one is at best <see cref="ReportVerdict.Incomplete"/>.
    /// </summary>
    public bool LeavesCellsUnread { get; }

    /// <summary>Whether a diagnostic with this code means no report could be read at all (verdict <see cref="ReportVerdict.Unreadable"/>).</summary>
    public bool IsFatal { get; }

    /// <summary>For a rule code (<c>GID-…</c>), the rule's full definition; otherwise <see langword="null"/>.</summary>
    public RuleDefinition? Rule { get; }

    /// <summary>
    /// The keys of the code's templates, e.g. <c>GID-B1:fail</c> and <c>GID-B1:indeterminate</c>, with the templates.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, MessageTemplate>> Templates =>
        ReadOnlyLists.Copy(IndeterminateMessage is { } indeterminate
            ? new[] { new KeyValuePair<string, MessageTemplate>(Code + ":fail", FailMessage), new KeyValuePair<string, MessageTemplate>(Code + ":indeterminate", indeterminate) }
            : new[] { new KeyValuePair<string, MessageTemplate>(Code + ":fail", FailMessage) });

    /// <summary>Renders the message of a diagnostic with this code.</summary>
    /// <param name="outcome">The outcome: picks <see cref="FailMessage"/> or <see cref="IndeterminateMessage"/>.</param>
    /// <param name="arguments">The placeholder values.</param>
    /// <returns>The message in Chinese and English.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> is <see langword="null"/>.</exception>
    public BilingualText Render(DiagnosticOutcome outcome, IReadOnlyList<DiagnosticArgument> arguments)
    {
        if (arguments is null)
        {
            throw new ArgumentNullException(nameof(arguments));
        }

        var values = new Dictionary<string, BilingualText>(StringComparer.Ordinal);
        foreach (DiagnosticArgument argument in arguments)
        {
            values[argument.Name] = argument.Value;
        }

        MessageTemplate template = outcome == DiagnosticOutcome.Indeterminate && IndeterminateMessage is { } indeterminate ? indeterminate : FailMessage;
        return template.Render(values);
    }

    /// <inheritdoc/>
    public override string ToString() => Code + " " + Title.En;
}
