using GovInfoDisclosure.Schema.Diagnostics;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Migration;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo migrate FILE [--json]</c>: moves a legacy report to the current format.</summary>
internal sealed class MigrateCommand : ICliCommand
{
    public string Name => "migrate";

    public string Summary => "Move a report of the legacy layout (\"2019\") to the current format (\"2021\"), with per-field notes.";

    public string Usage => """
        Usage: govinfo migrate FILE [--json]

        Reads FILE (canonical JSON; '-' for standard input) and writes the report in the current format
        (国办公开办函〔2021〕30号) to standard output, and one line per field that was not carried exactly to standard
        error: approximate (copied, flagged), not carried (left blank, never 0) or dropped (no counterpart; its value
        is kept in the note). With --json, standard output holds one object {"report": ..., "notes": [...]}.

        Exit codes: 0 migrated (or already current); 1 the input breaks the JSON contract; 2 unreadable or not a report; 3 the output could not
        be written.
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        bool json = false;
        string? path = null;
        foreach (string argument in arguments)
        {
            if (argument == "--json")
            {
                json = true;
            }
            else if (path is null && (argument == "-" || !argument.StartsWith("-", System.StringComparison.Ordinal)))
            {
                path = argument;
            }
            else
            {
                console.Error.WriteLine($"govinfo migrate: unexpected argument '{argument}'.");
                console.Error.WriteLine(Usage);
                return ExitCodes.Unreadable;
            }
        }

        if (path is null)
        {
            console.Error.WriteLine("govinfo migrate: no file given.");
            console.Error.WriteLine(Usage);
            return ExitCodes.Unreadable;
        }

        ReportReadResult? read = ReportInput.TryRead(path, console, out string? ioError, importPublished: true);
        if (read?.Report is not { } report)
        {
            console.Error.WriteLine($"{path}: {ioError ?? "not a well-formed report"}");
            foreach (Diagnostic problem in read?.Problems ?? System.Array.Empty<Diagnostic>())
            {
                console.Error.WriteLine("  " + problem);
            }

            return ioError is not null || ProblemClass.IsUnreadable(read!.Problems) ? ExitCodes.Unreadable : ExitCodes.Invalid;
        }

        MigrationResult result = ReportMigrator.ToCurrent(report);
        if (json)
        {
            console.Out.WriteLine(WriteJson(result));
        }
        else
        {
            console.Out.WriteLine(ReportJson.Serialize(result.Report));
            if (result.Steps.Count == 0)
            {
                console.Error.WriteLine($"{path}: already in the current format; nothing to migrate.");
            }

            foreach (MigrationNote note in result.Notes)
            {
                console.Error.WriteLine($"{KindName(note.Kind),-12} {note.SourcePointer ?? "-"} → {note.TargetPointer ?? "-"}  (source {note.SourceJson ?? "none"})  {note.Reason.Zh}");
            }
        }

        return ExitCodes.Valid;
    }

    private static string KindName(CarryKind kind) => kind switch
    {
        CarryKind.Exact => "exact",
        CarryKind.Approximate => "approximate",
        CarryKind.NotCarried => "not-carried",
        _ => "dropped",
    };

    private static string WriteJson(MigrationResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("report");
            using (JsonDocument document = JsonDocument.Parse(ReportJson.SerializeToUtf8Bytes(result.Report)))
            {
                document.WriteTo(writer);
            }

            writer.WriteStartArray("notes");
            foreach (MigrationNote note in result.Notes)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", KindName(note.Kind));
                writer.WriteString("source", note.SourcePointer);
                writer.WriteString("target", note.TargetPointer);
                writer.WritePropertyName("sourceValue");
                if (note.SourceJson is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteRawValue(note.SourceJson);
                }

                writer.WriteStartObject("reason");
                writer.WriteString("zh", note.Reason.Zh);
                writer.WriteString("en", note.Reason.En);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
