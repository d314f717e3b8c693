using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Cli;

/// <summary>Writes one JSON object per line by hand with <see cref="Utf8JsonWriter"/> (AOT-safe: no reflection, no serializer).</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        // The output is read by people and tools, never embedded in HTML: keep Chinese readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Builds one line of JSON.</summary>
    public static string Line(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void WriteBilingual(Utf8JsonWriter writer, string name, BilingualText text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("zh", text.Zh);
        writer.WriteString("en", text.En);
        writer.WriteEndObject();
    }

    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static void WriteNumberOrNull(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>The lower-case JSON name of a severity: <c>error</c> or <c>warning</c>.</summary>
    public static string Name(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";

    /// <summary>The lower-case JSON name of an outcome: <c>fail</c> or <c>indeterminate</c>.</summary>
    public static string Name(DiagnosticOutcome outcome) => outcome == DiagnosticOutcome.Fail ? "fail" : "indeterminate";

    /// <summary>Writes one diagnostic as the object of the <c>--json</c> outputs: code, severity, outcome, paths, expected, actual, message.</summary>
    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", Name(diagnostic.Severity));
        writer.WriteString("outcome", Name(diagnostic.Outcome));
        WriteStrings(writer, "paths", diagnostic.Paths);
        WriteNumberOrNull(writer, "expected", diagnostic.Expected);
        WriteNumberOrNull(writer, "actual", diagnostic.Actual);
        WriteBilingual(writer, "message", diagnostic.Message);
        writer.WriteEndObject();
    }
}
