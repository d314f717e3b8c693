using GovInfoDisclosure.Schema.Diagnostics;
using System.CommandLine;
using GovInfoDisclosure.Cli.Parsing;
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

    public Command Create(CliContext context)
    {
        var verb = new Verb(context, Name, "把旧版格式（“2019”）的报告转为现行格式（“2021”），并逐字段说明。",
            "Move a report of the legacy layout (\"2019\") to the current format (\"2021\"), with per-field notes.");
        Argument<string> files = verb.File("FILE", "报告（规范 JSON 或已发布报告的文件）；“-”读取标准输入。",
            "A report (canonical JSON or a published report's file); '-' reads standard input.", "没有给出文件。", "no file given.");
        Option<bool> json = verb.Flag("--json", "标准输出为一个对象 {\"report\": ..., \"notes\": [...]}。", "Standard output holds one object {\"report\": ..., \"notes\": [...]}.");
        verb.Notes(
            """
            把现行格式（国办公开办函〔2021〕30号）的报告写到标准输出；未能原样转移的字段每个一行写到标准错误：approximate（已复制并标注）、
            not-carried（留空，不作 0）或 dropped（无对应项；其值保留在说明中）。
            退出码：0 已转换（或已是现行格式）；1 输入违反 JSON 约定；2 无法读取或不是报告；3 输出无法写入。
            """,
            """
            Writes the report in the current format (国办公开办函〔2021〕30号) to standard output, and one line per field that
            was not carried exactly to standard error: approximate (copied, flagged), not-carried (left blank, never 0) or
            dropped (no counterpart; its value is kept in the note).
            Exit codes: 0 migrated (or already current); 1 the input breaks the JSON contract; 2 unreadable or not a report;
            3 the output could not be written.
            """);
        verb.Action((result, console) => Run(result.GetValue(files)!, result.GetValue(json), console));
        return verb.Command;
    }

    private static int Run(string path, bool json, CliConsole console)
    {
        ReportReadResult? read = ReportInput.TryRead(path, console, out string? ioError, importPublished: true);
        if (read?.Report is not { } report)
        {
            console.Error.WriteLine($"{path}: {ioError ?? console.Language.Line("不是格式正确的报告", "not a well-formed report")}");
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
            if (result.Steps.Count == 0 && !console.Quiet)
            {
                console.Error.WriteLine($"{path}: " + console.Language.Line("已是现行格式，无需转换。", "already in the current format; nothing to migrate."));
            }

            foreach (MigrationNote note in console.Quiet ? System.Array.Empty<MigrationNote>() : result.Notes)
            {
                string reason = console.Language == CliLanguage.English ? note.Reason.En : note.Reason.Zh;
                console.Error.WriteLine($"{KindName(note.Kind),-12} {note.SourcePointer ?? "-"} → {note.TargetPointer ?? "-"}  ({console.Language.Label("原值", "source")}{note.SourceJson ?? "none"})  {reason}");
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
