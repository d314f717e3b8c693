using System;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Json;

/// <summary>Builds the <see cref="Diagnostic"/>s of the JSON reader: stage document, severity error, the pointer and the position.</summary>
internal static class JsonProblems
{
    /// <summary>A JSON problem, its message rendered from the code's catalogue template with <paramref name="arguments"/>.</summary>
    public static Diagnostic Create(string code, string pointer, DiagnosticArgument[] arguments, long? line = null, long? bytePositionInLine = null,
        decimal? expected = null, decimal? actual = null)
    {
        DiagnosticDefinition definition = DiagnosticCatalogue.Get(code);
        var location = new DiagnosticLocation
        {
            Pointer = pointer,
            Line = line is { } l ? (int)Math.Min(l, int.MaxValue) : null,
            BytePositionInLine = bytePositionInLine,
        };
        return new Diagnostic(code, definition.Severity, definition.Stage, DiagnosticOutcome.Fail, new[] { pointer }, Array.Empty<string>(),
            expected, actual, definition.Render(DiagnosticOutcome.Fail, arguments), arguments, location);
    }
}
