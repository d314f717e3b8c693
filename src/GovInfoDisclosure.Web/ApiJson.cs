using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Web;

/// <summary>The JSON of <c>POST /api/check</c>: <c>{verdict, format, fileName, report, diagnostics, unreadCells, tables}</c>.</summary>
internal static class ApiJson
{
    // The default encoder escapes '<', '>', '&' and quotes: a report's text cannot close a script or an attribute even
    // where a consumer pastes the JSON into a page.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    public static byte[] Check(CheckOutcome outcome, string? fileName)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("verdict", outcome.Verdict.ToJsonName());
            if (outcome.Report is { } report)
            {
                writer.WriteString("format", ((int)report.Format).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull("format");
            }

            if (fileName is null)
            {
                writer.WriteNull("fileName");
            }
            else
            {
                writer.WriteString("fileName", fileName);
            }

            writer.WritePropertyName("report");
            if (outcome.Report is { } r)
            {
                writer.WriteRawValue(ReportJson.SerializeToUtf8Bytes(r), skipInputValidation: true);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteStartArray("diagnostics");
            foreach (Diagnostic diagnostic in outcome.Diagnostics)
            {
                WriteDiagnostic(writer, diagnostic);
            }

            writer.WriteEndArray();
            Strings(writer, "unreadCells", outcome.UnreadCells);
            writer.WritePropertyName("tables");
            if (outcome.Report is { } drawn)
            {
                writer.WriteStringValue(Tables(drawn, outcome.Diagnostics, officialOnly: false, outcome.InferredCells));
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The official tables drawn by the one report renderer (<see cref="ReportDiagnosticsHtmlRenderer"/>): every value cell
    /// carries <c>data-pointer</c>, its kind and its marks (failing, warning, unread, inferred), with every text escaped.
    /// </summary>
    public static string Tables(GovInfoReport report, IReadOnlyList<Diagnostic> diagnostics, bool officialOnly, IReadOnlyDictionary<string, BilingualText>? inferred = null) =>
        ReportDiagnosticsHtmlRenderer.RenderFragment(report, diagnostics, DiagnosticsRenderOptions.Default with
        {
            IdPrefix = "c",
            InferredCells = inferred,
            Layout = ReportRenderOptions.Default with { OfficialLayoutOnly = officialOnly },
        });

    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", diagnostic.Severity.ToJsonName());
        writer.WriteString("stage", diagnostic.Stage switch
        {
            DiagnosticStage.Input => "input",
            DiagnosticStage.Document => "document",
            DiagnosticStage.Import => "import",
            DiagnosticStage.Rule => "rule",
            _ => "cross-report",
        });
        writer.WriteString("outcome", diagnostic.Outcome == DiagnosticOutcome.Fail ? "fail" : "indeterminate");
        Strings(writer, "paths", diagnostic.Paths);
        Strings(writer, "unknownPaths", diagnostic.UnknownPaths);
        Number(writer, "expected", diagnostic.Expected);
        Number(writer, "actual", diagnostic.Actual);
        writer.WriteStartObject("message");
        writer.WriteString("zh", diagnostic.Message.Zh);
        writer.WriteString("en", diagnostic.Message.En);
        writer.WriteEndObject();
        if (diagnostic.Location.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }

        if (diagnostic.Location.Pointer is { } pointer)
        {
            writer.WriteString("pointer", pointer);
        }

        if (diagnostic.RawText is { } raw)
        {
            writer.WriteString("rawText", raw);
        }

        writer.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
