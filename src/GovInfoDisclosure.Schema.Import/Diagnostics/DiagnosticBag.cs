using System;
using System.Collections.Generic;
using System.Globalization;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Import.Diagnostics;

/// <summary>
/// Collects the diagnostics of one import as the one <see cref="Diagnostic"/> type (stage from the catalogue, import for the
/// <c>IMP-</c> codes); the severity always comes from the <see cref="DiagnosticCatalogue"/>, and the message is the code's
/// catalogue template filled with the named arguments (no call site writes a message).
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    /// <summary>A diagnostic whose message is rendered from the code's catalogue template with <paramref name="arguments"/>.</summary>
    /// <remarks>
    /// The placeholders <c>{expected}</c> and <c>{actual}</c> of a template are filled from the typed <paramref name="expected"/>
    /// and <paramref name="actual"/> (invariant culture), so a number is said once, typed, and never guessed back from text.
    /// </remarks>
    public void AddTemplated(string code, ImportLocation location, IReadOnlyList<DiagnosticArgument> arguments, string? rawText = null,
        decimal? expected = null, decimal? actual = null) =>
        Push(Create(code, location.ToDiagnosticLocation(), arguments, rawText, expected, actual));

    /// <summary>A diagnostic of a catalogue code at <paramref name="location"/>, rendered from the code's template (see <see cref="AddTemplated"/>).</summary>
    public static Diagnostic Create(string code, DiagnosticLocation location, IReadOnlyList<DiagnosticArgument> arguments, string? rawText = null,
        decimal? expected = null, decimal? actual = null)
    {
        DiagnosticDefinition definition = DiagnosticCatalogue.Get(code);
        IReadOnlyList<string> placeholders = MessageTemplate.PlaceholdersOf(definition.FailMessage.Zh);
        var filled = new List<DiagnosticArgument>(arguments);
        Typed(filled, placeholders, "expected", expected);
        Typed(filled, placeholders, "actual", actual);
        filled = InOrderOfUse(filled, placeholders);
        return DiagnosticCatalogue.Create(code, DiagnosticOutcome.Fail, location, filled, null, expected, actual, rawText);
    }

    /// <summary>Replaces every diagnostic by what <paramref name="map"/> makes of it (itself, to keep it).</summary>
    public void ReplaceAll(Func<Diagnostic, Diagnostic> map)
    {
        HasErrors = false;
        for (int i = 0; i < _items.Count; i++)
        {
            _items[i] = map(_items[i]);
            HasErrors |= _items[i].Severity == DiagnosticSeverity.Error;
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            Push(diagnostic);
        }
    }

    private static void Typed(List<DiagnosticArgument> arguments, IReadOnlyList<string> placeholders, string name, decimal? value)
    {
        if (value is not { } number || !Contains(placeholders, name))
        {
            return;
        }

        foreach (DiagnosticArgument argument in arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                return;
            }
        }

        arguments.Add(ImportArguments.Text(name, number.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The arguments in the order their placeholders are first used (as <see cref="Diagnostic.Arguments"/> promises).</summary>
    private static List<DiagnosticArgument> InOrderOfUse(List<DiagnosticArgument> arguments, IReadOnlyList<string> placeholders)
    {
        var ordered = new List<DiagnosticArgument>(arguments.Count);
        foreach (string name in placeholders)
        {
            foreach (DiagnosticArgument argument in arguments)
            {
                if (string.Equals(argument.Name, name, StringComparison.Ordinal))
                {
                    ordered.Add(argument);
                    break;
                }
            }
        }

        foreach (DiagnosticArgument argument in arguments)
        {
            if (!Contains(placeholders, argument.Name))
            {
                ordered.Add(argument);
            }
        }

        return ordered;
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (string candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Push(Diagnostic diagnostic)
    {
        HasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
        _items.Add(diagnostic);
    }
}
