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

    /// <summary>The lower-case JSON name of a severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string Name(DiagnosticSeverity severity) => severity.ToJsonName();

    /// <summary>The JSON name of a stage: <c>input</c>, <c>document</c>, <c>import</c>, <c>rule</c> or <c>cross-report</c>.</summary>
    public static string Name(DiagnosticStage stage) => stage switch
    {
        DiagnosticStage.Input => "input",
        DiagnosticStage.Document => "document",
        DiagnosticStage.Import => "import",
        DiagnosticStage.Rule => "rule",
        _ => "cross-report",
    };

    /// <summary>The lower-case JSON name of an outcome: <c>fail</c> or <c>indeterminate</c>.</summary>
    public static string Name(DiagnosticOutcome outcome) => outcome == DiagnosticOutcome.Fail ? "fail" : "indeterminate";

    /// <summary>
    /// Writes one diagnostic as the object of the <c>--json</c> outputs: code, severity, stage, outcome, paths, unknownPaths,
    /// expected, actual, message, and the source location when there is one.
    /// </summary>
    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", Name(diagnostic.Severity));
        writer.WriteString("stage", Name(diagnostic.Stage));
        writer.WriteString("outcome", Name(diagnostic.Outcome));
        WriteStrings(writer, "paths", diagnostic.Paths);
        WriteStrings(writer, "unknownPaths", diagnostic.UnknownPaths);
        WriteNumberOrNull(writer, "expected", diagnostic.Expected);
        WriteNumberOrNull(writer, "actual", diagnostic.Actual);
        WriteBilingual(writer, "message", diagnostic.Message);
        if (diagnostic.Location.Line is not null || diagnostic.Location.Column is not null)
        {
            writer.WriteStartObject("location");
            if (diagnostic.Location.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }

            if (diagnostic.Location.Column is { } column)
            {
                writer.WriteNumber("column", column);
            }

            if (diagnostic.Location.BytePositionInLine is { } bytePosition)
            {
                writer.WriteNumber("byte", bytePosition);
            }

            if (diagnostic.Location.Pointer is { } pointer)
            {
                writer.WriteString("pointer", pointer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
