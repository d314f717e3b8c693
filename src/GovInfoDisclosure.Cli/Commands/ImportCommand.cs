using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Collections.Generic;
using System.CommandLine;
using GovInfoDisclosure.Cli.Parsing;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo import FILE [--out report.json]</c>: reads a published report (text, HTML, Markdown) into canonical JSON.</summary>
internal sealed class ImportCommand : ICliCommand
{
    public string Name => "import";

    public Command Create(CliContext context)
    {
        var verb = new Verb(context, Name,
            "把已发布的报告（PDF、Word .docx、HTML、Markdown、网页抓取文本或 pdftotext 文本）读成规范 JSON。",
            "Read a published report (PDF, Word .docx, HTML, Markdown, scraped or pdftotext text) into canonical JSON.");
        Argument<string> files = verb.File("FILE", "报告文件；“-”读取标准输入。", "The report file; '-' reads standard input.", "没有给出文件。", "no file given.");
        Option<string> outPath = verb.Text("--out", "FILE", "把报告写到该文件，而不是标准输出。", "Write the report to FILE instead of standard output.");
        Option<string> kind = verb.Choice("--as", SourceKinds,
            "来源类型（不自动识别时）：text 文本、layout（pdftotext -layout 输出）、html、markdown、kirogovcompare、pdf-file、docx。",
            "The kind of source, when detection is not wanted: text, layout (pdftotext -layout output), html, markdown, kirogovcompare, pdf-file, docx.");
        Option<long> year = verb.Number("--year", "YEAR", GovInfoReport.MinimumYear, GovInfoReport.MaximumYear, 0,
            "报告年度（文本没有写明时）。", "The year reported on, when the text does not say.");
        Option<string> format = verb.Choice("--format", new[] { "2019", "2021" },
            "表格格式（标签无法区分时）：2019 旧版，2021 现行。", "The table layout, when the labels do not tell: 2019 legacy, 2021 current.");
        Option<string> agency = verb.Text("--agency", "NAME", "发布机关（文本没有写明时）。", "The publishing body, when the text does not name it.");
        Option<bool> noneAsZero = verb.Flag("--none-as-zero", "只印“无”的表格按 0 读取（附诊断），而不是留空。",
            "Read a table printed only as 无 as zeros (with a diagnostic) instead of blanks.");
        Option<string> provenance = verb.Text("--provenance", "FILE",
            "另把每个单元格的来源写到该文件（“-”写到标准输出，代替报告）：read、matchedBySimilarity、matchedByPosition、inferred、unreadable（见 docs/json-format.md）。",
            "Also write how each cell was obtained to FILE ('-': standard output, instead of the report): {\"provenance\": {pointer: kind}}, one of read, matchedBySimilarity, matchedByPosition, inferred, unreadable (docs/json-format.md).");
        Option<bool> errorsOnly = verb.Flag("--errors-only", "只列出错误级别的导入诊断。", "List only the error-severity import diagnostics.");
        verb.Notes(
            """
            读取文件：PDF、Word .docx、HTML 网页、Markdown、网页抓取文本、pdftotext 输出或 KIROGOVCOMPARE JSON，按内容识别；文本可为 UTF-8、
            带 BOM 的 UTF-16/32、网页声明的字符集或 GB18030（所用编码以提示诊断说明）。报告以规范 JSON 写到标准输出或 --out 的文件；
            每条导入诊断写到标准错误：级别、代码、位置（行、表、JSON Pointer）、原文和消息。旧版 .doc、.wps 文件被拒绝并提示另存为
            .docx 或 PDF；扫描版 PDF 需先做 OCR。
            退出码：0 已导入；1 已导入，但有单元格无法读取（行有歧义、数字粘连：留空）；2 输入无法读取或不是报告；3 输出无法写入。
            """,
            """
            Reads FILE — a PDF, a Word .docx, an HTML page, Markdown, scraped text, pdftotext output or KIROGOVCOMPARE JSON,
            recognised from its bytes; text in UTF-8, UTF-16/32 with a BOM, the charset an HTML page declares, or GB18030 (the
            encoding used is named in an info diagnostic) — and writes the report as canonical JSON to standard output, or to
            the file of --out. Every import diagnostic goes to standard error: its severity, code, where (line, table, JSON
            Pointer), the text found, and the message. A legacy .doc or .wps file is refused with a hint to save it as .docx
            or PDF; a scanned PDF needs OCR first.
            Exit codes: 0 imported; 1 imported, but some cells could not be read (ambiguous rows, digits run together: left
            blank); 2 the input is unreadable or not a report; 3 the output (standard output, standard error or the file of
            --out) could not be written.
            """);
        verb.Action((result, console) =>
        {
            var options = ImportOptions.Default with
            {
                SourceKind = result.GetValue(kind) is { } k ? SourceKindOf(k) : null,
                Year = result.GetValue(year) is var y and > 0 ? (int)y : null,
                Format = result.GetValue(format) switch { "2019" => ReportFormat.Format2019, "2021" => ReportFormat.Format2021, _ => null },
                Agency = result.GetValue(agency),
                TreatNoneStatementAsZero = result.GetValue(noneAsZero),
            };
            return Run(result.GetValue(files)!, result.GetValue(outPath), result.GetValue(provenance), options, result.GetValue(errorsOnly), console);
        });
        return verb.Command;
    }

    /// <summary>The values of <c>--as</c>.</summary>
    private static readonly string[] SourceKinds = { "text", "layout", "pdf", "html", "markdown", "md", "kirogovcompare", "pdf-file", "docx" };

    private static ImportSourceKind SourceKindOf(string name) => name switch
    {
        "text" => ImportSourceKind.PlainText,
        "layout" or "pdf" => ImportSourceKind.PdfLayoutText,
        "html" => ImportSourceKind.Html,
        "markdown" or "md" => ImportSourceKind.Markdown,
        "kirogovcompare" => ImportSourceKind.KiroGovCompareJson,
        "pdf-file" => ImportSourceKind.Pdf,
        _ => ImportSourceKind.Docx,
    };

    private int Run(string file, string? outPath, string? provenancePath, ImportOptions options, bool errorsOnly, CliConsole console)
    {
        byte[]? bytes = InputText.Read(file, console, out string? error);
        if (bytes is null)
        {
            console.Error.WriteLine("govinfo import: " + console.Language.Line($"无法读取“{file}”：", $"cannot read '{file}': ") + error);
            return ExitCodes.Unreadable;
        }

        ImportResult result = ReportImporter.Import(bytes, options);
        WriteDiagnostics(result.Diagnostics, console, errorsOnly);
        if (!console.Quiet && !errorsOnly)
        {
            foreach (ExtraRow row in result.ExtraRows)
            {
                console.Error.WriteLine(console.Language.Inline($"表外的行（第 {row.Line} 行）：", $"extra row (line {row.Line}): ") + row);
            }
        }

        if (result.Report is not { } report)
        {
            console.Error.WriteLine("govinfo import: " + console.Language.Line($"“{file}”无法读作报告。", $"'{file}' could not be read as a report."));
            return ExitCodes.Unreadable;
        }

        if (provenancePath != "-" && !OutputText.Write(ReportJson.Serialize(report) + "\n", outPath, console, Name))
        {
            return ExitCodes.OutputFailed;
        }

        if (provenancePath is not null && !OutputText.Write(ProvenanceJson(result), provenancePath == "-" ? null : provenancePath, console, Name))
        {
            return ExitCodes.OutputFailed;
        }

        return result.HasErrors ? ExitCodes.Invalid : ExitCodes.Valid;
    }

    /// <summary>The provenance side output: <c>{"provenance": {pointer: kind}}</c>, cells in catalogue order.</summary>
    internal static string ProvenanceJson(ImportResult result)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("provenance");
            foreach (KeyValuePair<string, CellProvenance> cell in result.Provenance)
            {
                writer.WriteString(cell.Key, cell.Value switch
                {
                    CellProvenance.Read => "read",
                    CellProvenance.MatchedBySimilarity => "matchedBySimilarity",
                    CellProvenance.MatchedByPosition => "matchedByPosition",
                    CellProvenance.Inferred => "inferred",
                    _ => "unreadable",
                });
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>
    /// Writes diagnostics to standard error, one block each, in the console's language: all of them, only the errors
    /// (<paramref name="errorsOnly"/>), or with <c>--quiet</c> only the errors.
    /// </summary>
    internal static void WriteDiagnostics(IReadOnlyList<Diagnostic> diagnostics, CliConsole console, bool errorsOnly = false)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if ((errorsOnly || console.Quiet) && !diagnostic.IsError)
            {
                continue;
            }

            string where = diagnostic.Location.ToString();
            console.Error.WriteLine($"{diagnostic.Severity.ToJsonName()} {diagnostic.Code}{(where.Length == 0 ? string.Empty : " (" + where + ")")}");
            foreach (string line in console.Language.Pick(diagnostic.Message).Split('\n'))
            {
                console.Error.WriteLine("    " + line);
            }

            if (diagnostic.RawText is { Length: > 0 } raw)
            {
                console.Error.WriteLine("    " + console.Language.Label("原文", "found") + raw);
            }
        }
    }
}
