using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Collections.Generic;
using System.CommandLine;
using GovInfoDisclosure.Cli.Parsing;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Import.Interop;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo render FILE --as html|markdown</c>: prints a report in the official table layout.</summary>
internal sealed class RenderCommand : ICliCommand
{
    public string Name => "render";

    public Command Create(CliContext context)
    {
        var verb = new Verb(context, Name, "把报告印成官方表格（HTML 或 Markdown），或 KIROGOVCOMPARE JSON。",
            "Print a report as the official tables in HTML or Markdown (or as KIROGOVCOMPARE JSON).");
        Argument<string> files = verb.File("FILE", "报告：规范 JSON，或已发布报告的文件（先导入）；“-”读取标准输入。",
            "A report as canonical JSON, or a published report's file (imported first); '-' reads standard input.", "没有给出文件。", "no file given.");
        Option<string> shape = verb.Choice("--as", new[] { "html", "markdown", "md", "kirogovcompare" },
            "必需：html 网页（叙述、章节标题和官方合并单元格的表格）、markdown（前置元数据、叙述和管道表格）、kirogovcompare（KIROGOVCOMPARE 的表格 JSON，仅现行格式）。",
            "Required: html (a page: narrative, headings, the tables with the official merged cells), markdown (front matter, narrative, pipe tables), kirogovcompare (the table JSON of KIROGOVCOMPARE, current format only).");
        Option<string> outPath = verb.Text("--out", "FILE", "写到该文件，而不是标准输出。", "Write to FILE instead of standard output.");
        Option<bool> official = verb.Flag("--official", "严格按官方版式：不印地方小计行和“法人或其他组织小计”列。",
            "Print strictly the official layout: no local subtotal rows or 法人或其他组织小计 column.");
        Option<bool> tablesOnly = verb.Flag("--tables-only", "不印叙述部分。", "Leave out the narrative.");
        Option<bool> diagnostics = verb.Flag("--diagnostics",
            "（与 --as html 一起）校验报告，并在表格上标出诊断：不通过的单元格标红，悬停或键盘聚焦时显示规则代码和消息；未能读取的和推断的单元格另有标记；诊断按原因分组列在下方并链接到单元格。",
            "(With --as html) validate the report and draw its tables with the diagnostics marked: failing cells red with the rule code and message on hover and keyboard focus, cells not read and inferred cells marked differently, the diagnostics listed below grouped by cause and linked to their cells.");
        verb.Notes(
            """
            已发布的报告（PDF、Word .docx、HTML、Markdown、文本、KIROGOVCOMPARE JSON）先导入，其诊断写到标准错误。
            退出码：0 已印出（--diagnostics 时画出即为 0）；2 输入无法读取、不是报告或不能印成该形式；3 输出无法写入。
            """,
            """
            A published report (PDF, Word .docx, HTML, Markdown, text, KIROGOVCOMPARE JSON) is imported first, with its
            diagnostics on standard error.
            Exit codes: 0 printed (with --diagnostics: drawn); 2 the input is unreadable or not a report, or cannot be printed
            in that shape; 3 the output (standard output or the file of --out) could not be written.
            """);
        verb.Action((result, console) =>
        {
            if (result.GetValue(shape) is not { } chosen)
            {
                return verb.UsageError("--as 必须给出：html、markdown 或 kirogovcompare。", "--as takes html, markdown or kirogovcompare.");
            }

            bool marked = result.GetValue(diagnostics);
            if (marked && chosen != "html")
            {
                return verb.UsageError("--diagnostics 需要 --as html。", "--diagnostics needs --as html.");
            }

            var options = ReportRenderOptions.Default with { OfficialLayoutOnly = result.GetValue(official), IncludeNarrative = !result.GetValue(tablesOnly) };
            return Run(result.GetValue(files)!, result.GetValue(outPath), chosen, marked, options, console);
        });
        return verb.Command;
    }

    private int Run(string file, string? outPath, string shape, bool diagnostics, ReportRenderOptions options, CliConsole console)
    {
        byte[]? bytes = InputText.Read(file, console, out string? error);
        if (bytes is null)
        {
            console.Error.WriteLine("govinfo render: " + console.Language.Line($"无法读取“{file}”：", $"cannot read '{file}': ") + error);
            return ExitCodes.Unreadable;
        }

        if (diagnostics)
        {
            return OutputText.Write(WithDiagnostics(file, bytes, options), outPath, console, Name) ? ExitCodes.Valid : ExitCodes.OutputFailed;
        }

        GovInfoReport? report = ReadReport(bytes, console);
        if (report is null)
        {
            console.Error.WriteLine("govinfo render: " + console.Language.Line($"“{file}”不是报告。", $"'{file}' is not a report."));
            return ExitCodes.Unreadable;
        }

        string output;
        if (shape == "kirogovcompare")
        {
            if (report is not Report2021 current)
            {
                console.Error.WriteLine("govinfo render: " + console.Language.Line("KIROGOVCOMPARE 只保存现行（2021）格式；这份报告是旧版格式。", "KIROGOVCOMPARE stores the current (2021) format only; this report has the legacy layout."));
                return ExitCodes.Unreadable;
            }

            output = KiroGovCompareJson.Write(current) + "\n";
        }
        else
        {
            output = shape == "html" ? ReportHtmlRenderer.Render(report, options) : ReportMarkdownRenderer.Render(report, options);
        }

        return OutputText.Write(output, outPath, console, Name) ? ExitCodes.Valid : ExitCodes.OutputFailed;
    }

    /// <summary>The page of <c>--diagnostics</c>: the report validated (imported first if published) and drawn with its diagnostics marked.</summary>
    private static string WithDiagnostics(string file, byte[] bytes, ReportRenderOptions layout)
    {
        var options = new DiagnosticsRenderOptions { Layout = layout };
        if (InputText.IsCanonicalJson(bytes))
        {
            ReportReadResult read = ReportJson.CheckSize(bytes.Length) is { } tooLarge ? ReportReadResult.Failure(new[] { tooLarge }) : ReportJson.Read(bytes);
            if (read.Report is not { } report)
            {
                return ReportDiagnosticsHtmlRenderer.RenderPage(null, read.Problems, file, options);
            }

            return ReportDiagnosticsHtmlRenderer.RenderPage(report, ReportValidator.Validate(report).Diagnostics, file, options);
        }

        ImportValidationResult result = ImportValidation.Validate(ReportImporter.Import(bytes));
        return ReportDiagnosticsHtmlRenderer.RenderPage(result.Report, result.Diagnostics, file, options with { InferredCells = ReportDiagnosticsHtmlRenderer.InferredCellsOf(result.Import) });
    }

    private static GovInfoReport? ReadReport(byte[] bytes, CliConsole console)
    {
        if (InputText.IsCanonicalJson(bytes))
        {
            ReportReadResult read = ReportJson.CheckSize(bytes.Length) is { } tooLarge ? ReportReadResult.Failure(new[] { tooLarge }) : ReportJson.Read(bytes);
            if (read.Report is { } json)
            {
                return json;
            }

            foreach (Diagnostic problem in read.Problems)
            {
                console.Error.WriteLine($"  {problem.Code} {(problem.Location.Pointer is null or { Length: 0 } ? "(document)" : problem.Location.Pointer)}: {console.Language.Inline(problem.Message.Zh, problem.Message.En)}");
            }

            return null;
        }

        ImportResult imported = ReportImporter.Import(bytes);
        ImportCommand.WriteDiagnostics(imported.Diagnostics, console);
        return imported.Report;
    }
}
