using System;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Json;

/// <summary>Builds the <see cref="Diagnostic"/>s of the JSON reader: stage document, severity error, the pointer and the position.</summary>
internal static class JsonProblems
{
    /// <summary>
    /// A JSON problem (transitional: the message is given by the call site; the catalogue holds the code's template).
    /// </summary>
    public static Diagnostic Create(string code, string pointer, BilingualText message, long? line = null, long? bytePositionInLine = null)
    {
        DiagnosticSeverity severity = DiagnosticCatalogue.TryGet(code, out DiagnosticDefinition definition) ? definition.Severity : DiagnosticSeverity.Error;
        var location = new DiagnosticLocation
        {
            Pointer = pointer,
            Line = line is { } l ? (int)Math.Min(l, int.MaxValue) : null,
            BytePositionInLine = bytePositionInLine,
        };
        return new Diagnostic(code, severity, DiagnosticStage.Document, DiagnosticOutcome.Fail, new[] { pointer }, Array.Empty<string>(),
            null, null, message, null, location);
    }
}
