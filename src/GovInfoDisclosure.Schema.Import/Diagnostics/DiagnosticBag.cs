using System;
using System.Collections.Generic;
using System.Globalization;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Import.Diagnostics;

/// <summary>
/// Collects the diagnostics of one import as the one <see cref="Diagnostic"/> type (stage from the catalogue, import for the
/// <c>IMP-</c> codes); the severity always comes from the <see cref="DiagnosticCatalogue"/>.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    /// <summary>
    /// Transitional (kept while other call sites move to <see cref="AddTemplated"/>): a diagnostic whose message is given by the
    /// call site. A numeric <paramref name="expected"/> or <paramref name="actual"/> such as <c>7 cells</c> becomes the typed
    /// value 7; any other text is kept as the template argument <c>expected</c> or <c>actual</c>.
    /// </summary>
    public void Add(string code, ImportLocation location, string zh, string en, string? rawText = null, string? expected = null, string? actual = null) =>
        Push(Create(code, location.ToDiagnosticLocation(), zh, en, rawText, expected, actual));

    /// <summary>A diagnostic whose message is rendered from the code's catalogue template with <paramref name="arguments"/>.</summary>
    public void AddTemplated(string code, ImportLocation location, IReadOnlyList<DiagnosticArgument> arguments, string? rawText = null,
        decimal? expected = null, decimal? actual = null)
    {
        DiagnosticLocation where = location.ToDiagnosticLocation();
        Push(DiagnosticCatalogue.Create(code, DiagnosticOutcome.Fail, where, arguments, null, expected, actual, rawText));
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

    /// <summary>Transitional: a diagnostic of a catalogue code with the message given by the call site.</summary>
    public static Diagnostic Create(string code, DiagnosticLocation location, string zh, string en, string? rawText = null, string? expected = null, string? actual = null)
    {
        DiagnosticDefinition definition = DiagnosticCatalogue.Get(code);
        var arguments = new List<DiagnosticArgument>(2);
        decimal? expectedNumber = Number(expected, "expected", arguments);
        decimal? actualNumber = Number(actual, "actual", arguments);
        IReadOnlyList<string> paths = location.Pointer is { } pointer ? new[] { pointer } : Array.Empty<string>();
        return new Diagnostic(code, definition.Severity, definition.Stage, DiagnosticOutcome.Fail, paths, Array.Empty<string>(),
            expectedNumber, actualNumber, new BilingualText(zh, en), arguments.Count == 0 ? null : arguments.ToArray(), location, rawText);
    }

    private void Push(Diagnostic diagnostic)
    {
        HasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
        _items.Add(diagnostic);
    }

    /// <summary><c>7</c>, <c>7 cells</c>, <c>7 characters</c>: the number; otherwise an argument with the text.</summary>
    private static decimal? Number(string? text, string name, List<DiagnosticArgument> arguments)
    {
        if (text is null)
        {
            return null;
        }

        int end = 0;
        while (end < text.Length && text[end] >= '0' && text[end] <= '9')
        {
            end++;
        }

        if (end > 0 && end <= 18 && (end == text.Length || (text[end] == ' ' && text.IndexOf(' ', end + 1) < 0 && IsWord(text, end + 1))))
        {
            return decimal.Parse(text.Substring(0, end), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        arguments.Add(new DiagnosticArgument(name, new BilingualText(text, text)));
        return null;
    }

    private static bool IsWord(string text, int from)
    {
        if (from >= text.Length)
        {
            return false;
        }

        for (int i = from; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
