using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Generation;

/// <summary>Writes the one diagnostic catalogue as <c>docs/codes.md</c> and as data, <c>schemas/diagnostic-codes.json</c>.</summary>
internal static class CodesDocumentWriter
{
    public const string FileName = "codes.md";

    public const string DataFileName = "diagnostic-codes.json";

    private static readonly (DiagnosticStage Stage, string Name, string Title)[] Stages =
    {
        (DiagnosticStage.Input, "input", "Input (the file or stream itself)"),
        (DiagnosticStage.Document, "document", "Document (a JSON report document, a rules file)"),
        (DiagnosticStage.Import, "import", "Import (a published report: text, HTML, Markdown, KIROGOVCOMPARE JSON)"),
        (DiagnosticStage.Rule, "rule", "Rule (within one report)"),
        (DiagnosticStage.CrossReport, "cross-report", "Cross-report (two years of one body, a consolidated report and its parts)"),
    };

    public static string Write()
    {
        var md = new StringBuilder();
        md.Append("# Diagnostic codes\n\n");
        md.Append("<!-- Generated from DiagnosticCatalogue by src/GovInfoDisclosure.Schema.Generation/CodesDocumentWriter.cs. Do not edit:\n");
        md.Append("     run 'dotnet run --project src/GovInfoDisclosure.Schema.Generation' to regenerate. -->\n\n");
        md.Append("Every diagnostic of every stage is one `Diagnostic` (code, severity, stage, outcome, paths, location, expected and\n");
        md.Append("actual values, template arguments, message in Chinese and English). This page lists every code of the library and\n");
        md.Append("the tool with its severity, stage and message templates; the same catalogue as data is\n");
        md.Append("[`schemas/diagnostic-codes.json`](../schemas/diagnostic-codes.json). A code never changes meaning or severity once\n");
        md.Append("released. Test and filter on the code, the paths and the arguments, never on the message.\n\n");
        md.Append("- **unread**: the cells at the diagnostic's location were not read (blank although the source may print numbers); they\n");
        md.Append("  stay unknown under `--blank-as-zero`, and the report is at best `incomplete`.\n");
        md.Append("- **fatal**: no report could be read at all (verdict `unreadable`, exit 2).\n");
        md.Append("- Rules (`GID-…`) are described in full in [rules.md](rules.md); a user's own rule codes (`--rules FILE`) are not listed here.\n\n");
        foreach ((DiagnosticStage stage, string name, string title) in Stages)
        {
            md.Append("## ").Append(title).Append("\n\n");
            md.Append("| code | severity | flags | title | message template (zh / en) |\n|---|---|---|---|---|\n");
            foreach (DiagnosticDefinition definition in DiagnosticCatalogue.All)
            {
                if (definition.Stage != stage)
                {
                    continue;
                }

                string flags = (definition.LeavesCellsUnread ? "unread " : string.Empty) + (definition.IsFatal ? "fatal" : string.Empty);
                md.Append("| `").Append(definition.Code).Append("` | ").Append(definition.Severity.ToJsonName()).Append(" | ").Append(flags.Trim())
                    .Append(" | ").Append(Cell(definition.Title.Zh)).Append(" / ").Append(Cell(definition.Title.En)).Append(" | ");
                AppendTemplate(md, definition.IndeterminateMessage is null ? null : "fail", definition.FailMessage);
                if (definition.IndeterminateMessage is { } indeterminate)
                {
                    md.Append("<br>");
                    AppendTemplate(md, "indeterminate", indeterminate);
                }

                md.Append(" |\n");
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    public static string WriteData()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("description", "Every diagnostic code of GovInfoDisclosure.Schema and govinfo, with its severity, stage and message templates (keyed code:fail, code:indeterminate). Generated from DiagnosticCatalogue by src/GovInfoDisclosure.Schema.Generation; described in docs/codes.md.");
            writer.WriteStartArray("codes");
            foreach (DiagnosticDefinition definition in DiagnosticCatalogue.All)
            {
                writer.WriteStartObject();
                writer.WriteString("code", definition.Code);
                writer.WriteString("severity", definition.Severity.ToJsonName());
                writer.WriteString("stage", StageName(definition.Stage));
                writer.WriteBoolean("unread", definition.LeavesCellsUnread);
                writer.WriteBoolean("fatal", definition.IsFatal);
                writer.WriteStartObject("title");
                writer.WriteString("zh", definition.Title.Zh);
                writer.WriteString("en", definition.Title.En);
                writer.WriteEndObject();
                writer.WriteStartObject("templates");
                foreach (KeyValuePair<string, MessageTemplate> template in definition.Templates)
                {
                    writer.WriteStartObject(template.Key);
                    writer.WriteString("zh", template.Value.Zh);
                    writer.WriteString("en", template.Value.En);
                    writer.WriteStartArray("placeholders");
                    foreach (string placeholder in MessageTemplate.PlaceholdersOf(template.Value.Zh))
                    {
                        writer.WriteStringValue(placeholder);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static string StageName(DiagnosticStage stage)
    {
        foreach ((DiagnosticStage s, string name, _) in Stages)
        {
            if (s == stage)
            {
                return name;
            }
        }

        return stage.ToString();
    }

    private static void AppendTemplate(StringBuilder md, string? label, MessageTemplate template)
    {
        if (label is not null)
        {
            md.Append('*').Append(label).Append("*: ");
        }

        md.Append(Cell(template.Zh)).Append(" / ").Append(Cell(template.En));
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
