using System;
using System.Collections.Generic;
using System.CommandLine;
using GovInfoDisclosure.Cli.Parsing;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using GovInfoDisclosure.Cli.Corpus;
using GovInfoDisclosure.Cli.Outputs;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>
/// <c>govinfo validate PATH... [--include GLOB] [--exclude GLOB] [--json] [--jsonl] [--blank-as-zero] [--narrative] [--rules FILE] [--errors-only] [--jobs N] [--progress]</c>: reads report
/// documents (files, directories, JSON Lines), runs every consistency rule and lists each diagnostic with the labels of its
/// cells, then a summary.
/// </summary>
/// <remarks>
/// <para>
/// A document that breaks the JSON contract is not a report, so no rule runs on it: its JSON problems are listed instead
/// (with <c>--json</c>, as diagnostics of severity <c>error</c> and outcome <c>fail</c> whose code is the JSON problem code, e.g.
/// <c>JSON-NEGATIVE</c>, and whose single path is the problem's pointer). A file that cannot be read at all gets one diagnostic
/// <c>FILE-UNREADABLE</c>.
/// </para>
/// <para>
/// Corpus scale: the inputs stream through an <see cref="OrderedPipeline"/> (one thread reads, one per core checks, the
/// calling thread writes in input order), so memory stays flat however many reports are read, and the output is the same
/// whatever the number of threads.
/// </para>
/// </remarks>
internal sealed class ValidateCommand : ICliCommand
{
    /// <summary>The code of the diagnostic for a file that cannot be read (in the library's <see cref="DiagnosticCatalogue"/>).</summary>
    public const string FileUnreadable = DiagnosticCatalogue.FileUnreadable;

    /// <summary>The code of the diagnostic for a document whose check failed inside govinfo (a bug): the others go on.</summary>
    public const string InternalError = DiagnosticCatalogue.InternalError;

    /// <summary>The most worker threads <c>--jobs</c> accepts.</summary>
    public const int MaxJobs = 64;

    public string Name => "validate";

    public Command Create(CliContext context)
    {
        var verb = new Verb(context, Name, "按 JSON 约定和每条勾稽关系检查报告文档（文件、目录、JSON Lines、已发布的报告）。",
            "Check report documents (files, directories, JSON Lines, published reports) against the JSON contract and every consistency rule (勾稽关系).");
        Argument<string[]> files = verb.Files("PATH", 1, int.MaxValue,
            "报告：规范 JSON 文件；“-”为标准输入；目录（任意深度按名称排序读取 *.json、*.jsonl 和已发布的报告）；JSON Lines 文件（*.jsonl，每行一份）；已发布的报告（*.pdf、*.docx、*.html、*.htm、*.txt、*.md：先导入再校验）。",
            "Reports: a canonical JSON file; '-' for standard input; a directory (its *.json, *.jsonl and published reports at any depth, in name order); a JSON Lines file (*.jsonl, one report per line); a published report (*.pdf, *.docx, *.html, *.htm, *.txt, *.md: imported first, then validated).",
            "没有给出文件。", "no file given.");
        Option<bool> json = verb.Flag("--json",
            "每份文档一行 JSON：{\"file\",[\"line\",]\"format\",\"valid\",\"verdict\",\"diagnostics\":[...]}；汇总改写到标准错误。",
            "One JSON object per document, one per line: {\"file\",[\"line\",]\"format\",\"valid\",\"verdict\",\"diagnostics\":[{\"code\",\"severity\",\"stage\",\"outcome\",\"paths\",\"unknownPaths\",\"expected\",\"actual\",\"message\":{\"zh\",\"en\"}[,\"location\"]}]}; the summary then goes to standard error.");
        Option<bool> jsonLines = verb.Flag("--jsonl", "把每个文件和标准输入都按 JSON Lines 读取，不论文件名。", "Read every file and standard input as JSON Lines, whatever its name.");
        Option<bool> blankAsZero = verb.Flag("--blank-as-zero", "空白单元格按 0 计（许多机关零值不填）；标记如“/”仍为未知。",
            "Read blank cells as 0 (many bodies print nothing for zero). Marks such as \"/\" stay unknown.");
        Option<bool> narrative = verb.Flag("--narrative", "同时运行叙述检查（警告）：第六部分和信息处理费行，一、总体情况中的数字对照表二、表三、表四。",
            "Also run the narrative checks (warnings): section 六 and the 信息处理费 row, figures of 一、总体情况 against 表二, 表三 and 表四.");
        Option<string[]> rules = verb.Repeated("--rules", "FILE",
            "同时检查该文件中的规则（形如 schemas/rules-2021.json：\"format\"、\"rules\"、\"instances\"），例如一个省自己的规则代码 HB-001。可多次给出；格式错误的规则文件是带位置的错误（退出码 2）。",
            "Also check the rules of FILE (JSON of the shape of schemas/rules-2021.json: \"format\", \"rules\", \"instances\"), e.g. a province's own relation with its own code such as HB-001. May be given more than once. A malformed rules file is a located error (exit 2).");
        Option<bool> errorsOnly = verb.Flag("--errors-only", "只列出错误（不通过的错误级规则、导入错误和 JSON 错误）；结论和汇总不变。",
            "List only the errors (failed error-severity rules, import and JSON errors); the verdict and the summary are unchanged.");
        Option<string> html = verb.Text("--html", "FILE", "另写一份独立的 HTML 报告（可离线打开）：汇总、可排序筛选的报告表，以及标出不通过单元格的各报告表格。",
            "Also write one self-contained HTML report (opens offline): summary with the most frequent failures, a sortable and filterable table of the reports, and each report's tables with the failing cells marked.");
        Option<string> csv = verb.Text("--csv", "FILE", "另写每份报告一行的 CSV（带 BOM 的 UTF-8）。", "Also write one row per report as CSV (UTF-8 with BOM).");
        Option<string> xlsx = verb.Text("--xlsx", "FILE", "另写一个工作簿：报告、每条诊断及其单元格的中文标签、每条规则的计数。",
            "Also write a workbook: the reports, every diagnostic with its cells' Chinese labels, and the counts per rule.");
        Option<long> jobs = verb.Number("--jobs", "N", 1, MaxJobs, Math.Min(Math.Max(1, Environment.ProcessorCount), MaxJobs),
            "检查线程数（默认每核一个）；任何 N 的输出都相同。", "Check on N threads (default: one per core). The output is the same for any N.");
        PathGlobs globs = verb.Globs();
        Option<bool> progress = verb.Progress("仅当标准错误是终端而标准输出不是时", "only when standard error is a terminal and standard output is not");
        verb.Notes(
            """
            报告的表格都已读取且没有错误级规则不通过，即为有效；警告和空白单元格造成的无法判断不使其无效。导入时未能读全表格或单元格的已发布报告为
            不完整（--blank-as-zero 只把印作空白的单元格当 0，不会把未读取的单元格当 0）。
            退出码：0 每份报告都有效；1 有报告无效（规则或 JSON 约定）或不完整；2 有文件无法读取、不是 JSON 或不是报告、根本没有找到报告，或命令行
            有误；3 输出无法写入。一个坏文件或坏行不会中止其他的。
            """,
            """
            A report is valid when its tables were read and no error-severity rule fails; warnings and indeterminate outcomes on
            cells printed blank do not make it invalid. A published report whose tables or cells the import could not all read
            is incomplete (with --blank-as-zero, only cells printed blank are read as 0, never cells not read).
            Exit codes: 0 every report is valid; 1 a report is invalid (a rule or the JSON contract) or incomplete; 2 a file
            cannot be read, is not JSON, or is not a report, no report was found at all, or the command line is wrong; 3 the
            output could not be written. One bad file or line never stops the others. A named pipe, device or socket inside a
            directory is reported (FILE-UNREADABLE) and never opened.
            """);
        verb.Action((result, console) =>
        {
            if (!globs.TryGetFilter(result, out PathFilter filter, out int usage))
            {
                return usage;
            }

            var extraRules = new List<ReportRuleSet>();
            foreach (string file in result.GetValue(rules) ?? Array.Empty<string>())
            {
                if (!TryLoadRules(file, console, out ReportRuleSet? loaded))
                {
                    return ExitCodes.Unreadable;
                }

                extraRules.Add(loaded!);
            }

            string? Target(Option<string> option) => result.GetValue(option) is { } name ? Path.Combine(console.WorkingDirectory, name) : null;
            var options = new ValidationOptions { BlankAsZero = result.GetValue(blankAsZero), CheckNarrative = result.GetValue(narrative) };
            return Run(new List<string>(result.GetValue(files)!), filter, result.GetValue(json), result.GetValue(errorsOnly), Target(html), Target(csv), Target(xlsx),
                extraRules, result.GetValue(jsonLines), Verb.Requested(result, progress), (int)result.GetValue(jobs), options, console);
        });
        return verb.Command;
    }

    private static int Run(List<string> paths, PathFilter filter, bool json, bool errorsOnly, string? htmlPath, string? csvPath, string? xlsxPath, List<ReportRuleSet> extraRules,
        bool allJsonLines, bool? progress, int jobs, ValidationOptions options, CliConsole console)
    {
        if (extraRules.Count > 0)
        {
            options = options with { ExtraRuleSets = extraRules.AsReadOnly() };
        }

        var settings = new ValidateSettings(json, errorsOnly, options, console.Language);
        BatchHtmlReport? html = null;
        VerdictOutputs? verdicts = null;
        try
        {
            html = htmlPath is null ? null : BatchHtmlReport.Create(htmlPath);
            verdicts = csvPath is null && xlsxPath is null ? null : VerdictOutputs.Create(csvPath, xlsxPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            html?.Dispose();
            console.Error.WriteLine("govinfo validate: cannot write the output: " + ex.Message);
            return ExitCodes.OutputFailed;
        }

        try
        {
            return RunPipeline(paths, filter, allJsonLines, jobs, json, progress, settings, console, html, verdicts);
        }
        finally
        {
            html?.Dispose();
            verdicts?.Dispose();
        }
    }

    private static int RunPipeline(List<string> paths, PathFilter filter, bool allJsonLines, int jobs, bool json, bool? progress, ValidateSettings settings,
        CliConsole console, BatchHtmlReport? html, VerdictOutputs? verdicts)
    {
        var summary = new CorpusSummary();
        ProgressReporter? reporter = ProgressReporter.Start(console, progress, console.ErrorIsTerminal && !console.OutputIsTerminal, "validate", paths, filter);
        long bytesDone = 0;
        var pipeline = PipelineOptions.ForWorkers(jobs);
        try
        {
            OrderedPipeline.Run(
                CorpusInputs.Enumerate(paths, allJsonLines, console, ReportReadOptions.DefaultMaxDocumentBytes, filter),
                document => document.Weight,
                document => (Outcome: Check(document, settings, console), document.Size),
                (document, exception) => (Outcome: Failed(document, exception, json), document.Size),
                done =>
                {
                    DocumentOutcome outcome = done.Outcome;
                    bytesDone += done.Size;
                    if (!console.Quiet)
                    {
                        console.Out.WriteLine(outcome.Text);
                    }

                    summary.Add(outcome);
                    if (outcome.Entry is { } entry)
                    {
                        html?.Add(entry);
                        verdicts?.Add(entry);
                    }

                    reporter?.Update(summary, bytesDone);
                },
                pipeline);
        }
        finally
        {
            reporter?.Finish();
        }

        // The results first: when standard output cannot be written, the run ends here, before a summary of results never delivered.
        console.Out.Flush();
        if (!console.Quiet)
        {
            summary.Write(json ? console.Error : console.Out, console.Language);
        }
        try
        {
            html?.Finish();
            verdicts?.Finish();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or XlsxTooManyRowsException)
        {
            console.Error.WriteLine("govinfo validate: cannot write the output: " + ex.Message);
            return ExitCodes.OutputFailed;
        }

        if (summary.Read == 0)
        {
            // A wrong path or an empty corpus must not pass a CI job silently.
            console.Error.WriteLine("govinfo validate: " + NoReportFound(paths, filter, console.Language));
            return ExitCodes.Unreadable;
        }

        return summary.ExitCode;
    }

    /// <summary>
    /// The message for a run that found no report: where it looked, what it looks for, and the globs that may have left
    /// nothing (<c>validate</c> and <c>export</c> say the same).
    /// </summary>
    public static string NoReportFound(IReadOnlyList<string> paths, PathFilter filter, CliLanguage language) => language.Inline(
        "在 " + string.Join("、", paths) + " 中没有找到报告（目录中查找 *.json、*.jsonl 和已发布的报告：*.pdf、*.docx、*.html、*.txt、*.md）"
        + (filter.IsActive ? "，且须符合 " + filter.Describe() : string.Empty) + "。",
        "no report found in " + string.Join(", ", paths) + " (directories are searched for *.json, *.jsonl and published reports: *.pdf, *.docx, *.html, *.txt, *.md"
        + (filter.IsActive ? "; only files allowed by " + filter.Describe() : string.Empty) + ").");

    /// <summary>Loads a <c>--rules</c> file; a file that cannot be read or is malformed is reported with its location.</summary>
    private static bool TryLoadRules(string path, CliConsole console, out ReportRuleSet? ruleSet)
    {
        ruleSet = null;
        byte[]? bytes = InputText.Read(path, console, out string? error);
        if (bytes is null)
        {
            console.Error.WriteLine($"govinfo validate: {FileUnreadable} {path}: the rules file cannot be read: {error}");
            return false;
        }

        string text;
        try
        {
            int bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            console.Error.WriteLine($"govinfo validate: {ReportRuleSet.Codes.Syntax} {path}: the rules file is not UTF-8 text.");
            return false;
        }

        RuleSetLoadResult loaded = ReportRuleSet.Load(text, path);
        if (loaded.RuleSet is null)
        {
            foreach (Diagnostic problem in loaded.Problems)
            {
                string where = problem.Location.ToString();
                console.Error.WriteLine($"govinfo validate: {problem.Code} {path}{(where.Length == 0 ? string.Empty : " (" + where + ")")}");
                console.Error.WriteMessage(console.Language, "    ", problem.Message);
            }

            return false;
        }

        ruleSet = loaded.RuleSet;
        return true;
    }

    /// <summary>The corpus verdict of a library verdict.</summary>
    internal static DocumentVerdict ToDocumentVerdict(ReportVerdict verdict) => verdict switch
    {
        ReportVerdict.Valid => DocumentVerdict.Valid,
        ReportVerdict.Invalid => DocumentVerdict.Invalid,
        ReportVerdict.Incomplete => DocumentVerdict.Incomplete,
        _ => DocumentVerdict.Unreadable,
    };

    /// <summary>Checks one document; runs on a worker thread, never throws for bad input.</summary>
    private static DocumentOutcome Check(CorpusDocument document, ValidateSettings settings, CliConsole console)
    {
        bool json = settings.Json;
        ValidationOptions options = settings.Options;
        string? ioError = document.IoError;
        ReportReadResult? read = null;
        if (ioError is null && document.Path is { } path && PublishedReport.IsPublishedReportFile(path))
        {
            return PublishedReport.Check(document, path, settings, console);
        }

        if (ioError is null)
        {
            read = document.Refused is { } refused ? ReportReadResult.Failure(new[] { refused })
                : document.Bytes is { } bytes ? ReportJson.Read(bytes)
                : ReportInput.TryRead(document.Path!, console, out ioError, document.RawPath);
        }

        if (read is null)
        {
            return Unreadable(document, json, FileUnreadable, ioError ?? string.Empty, "unreadable — " + ioError);
        }

        if (read.Report is not { } report)
        {
            return Problems(document, read.Problems, json, settings.Language);
        }

        ValidationResult result = ReportValidator.Validate(report, options);
        ReportVerdict reportVerdict = ReportVerdicts.Of(true, result.Diagnostics);
        IReadOnlyList<Diagnostic> shown = settings.ErrorsOnly ? ErrorsOf(result.Diagnostics) : result.Diagnostics;
        string text = json
            ? ReportLine(document, report.Format, reportVerdict, shown)
            : Human(document, report, result, reportVerdict, settings.ErrorsOnly, settings.Language);
        return new DocumentOutcome(ToDocumentVerdict(reportVerdict), shown, text,
            new ReportEntry(Label(document), "json", report, reportVerdict, result.Diagnostics, Array.Empty<string>(), null));
    }

    private static DocumentOutcome Failed(CorpusDocument document, Exception exception, bool json)
    {
        string what = exception.GetType().Name + ": " + exception.Message;
        return Unreadable(document, json, InternalError, what, "internal error — " + what);
    }

    /// <summary>A document that cannot be checked: one diagnostic of an input code, its message from the catalogue's template.</summary>
    internal static DocumentOutcome Unreadable(CorpusDocument document, bool json, string code, string reason, string human)
    {
        Diagnostic diagnostic = DiagnosticCatalogue.Create(code, DiagnosticOutcome.Fail, null,
            new[] { new DiagnosticArgument("reason", new BilingualText(reason, reason)) });
        var diagnostics = new[] { diagnostic };
        string text = json ? ReportLine(document, null, ReportVerdict.Unreadable, diagnostics) : $"{Label(document)}: {human}";
        return new DocumentOutcome(DocumentVerdict.Unreadable, diagnostics, text,
            new ReportEntry(Label(document), ReportEntry.InputOf(document.Source), null, ReportVerdict.Unreadable, diagnostics, Array.Empty<string>(), null));
    }

    private static IReadOnlyList<Diagnostic> ErrorsOf(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = new List<Diagnostic>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                errors.Add(diagnostic);
            }
        }

        return errors;
    }

    private static DocumentOutcome Problems(CorpusDocument document, IReadOnlyList<Diagnostic> problems, bool json, CliLanguage language)
    {
        // The JSON reader's problems are diagnostics of the one model already (stage document); the verdict is the library's.
        ReportVerdict reportVerdict = ReportVerdicts.Of(false, problems);
        bool unreadable = reportVerdict == ReportVerdict.Unreadable;
        IReadOnlyList<Diagnostic> diagnostics = problems;
        DocumentVerdict verdict = ToDocumentVerdict(reportVerdict);
        var entry = new ReportEntry(Label(document), "json", null, reportVerdict, diagnostics, Array.Empty<string>(), null);
        if (json)
        {
            return new DocumentOutcome(verdict, diagnostics, ReportLine(document, null, reportVerdict, diagnostics), entry);
        }

        var text = new StringBuilder();
        text.Append(Label(document)).Append(": ").Append(unreadable ? "unreadable" : "invalid")
            .Append(" — ").Append(problems.Count).Append(" problem").Append(problems.Count == 1 ? string.Empty : "s");
        foreach (Diagnostic problem in problems)
        {
            string where = problem.Location.Pointer is null or { Length: 0 } ? "(document)" : problem.Location.Pointer;

            // A line of a JSON Lines file is a one-line document: its position is the byte in that line.
            string position = problem.Location.Line is null ? string.Empty
                : document.Line is null ? $" (line {problem.Location.Line}, byte {problem.Location.BytePositionInLine})"
                : $" (byte {problem.Location.BytePositionInLine})";
            text.Append('\n').Append("  ").Append(problem.Code).Append(' ').Append(where).Append(position);
            text.AppendMessage(language, "    ", problem.Message);
        }

        return new DocumentOutcome(verdict, diagnostics, text.ToString(), entry);
    }

    /// <summary>The human report of one document: the headline, then every diagnostic (only the errors with <paramref name="errorsOnly"/>).</summary>
    internal static string Human(CorpusDocument document, GovInfoReport report, ValidationResult result, ReportVerdict verdict, bool errorsOnly,
        CliLanguage language = CliLanguage.Both)
    {
        var text = new StringBuilder(Headline(document, report, result, verdict, language));
        AppendDiagnostics(text, report, result.Diagnostics, errorsOnly, includeIndeterminate: true, language);
        return text.ToString();
    }

    /// <summary><c>FILE: verdict — format F, agency, year: N errors, N warnings, N indeterminate</c>.</summary>
    internal static string Headline(CorpusDocument document, GovInfoReport report, ValidationResult result, ReportVerdict verdict, CliLanguage language = CliLanguage.Both)
    {
        if (language == CliLanguage.Chinese)
        {
            return $"{Label(document)}：{VerdictZh(verdict)} — 格式 {(int)report.Format}，{report.Agency ?? "（未写明机关）"}，{report.Year} 年："
                + $"{result.ErrorCount} 个错误，{result.WarningCount} 个警告，{result.IndeterminateCount} 个无法判断";
        }

        string counts = $"{result.ErrorCount} error{Plural(result.ErrorCount)}, {result.WarningCount} warning{Plural(result.WarningCount)}, "
            + $"{result.IndeterminateCount} indeterminate";
        return $"{Label(document)}: {verdict.ToJsonName()} — format {(int)report.Format}, "
            + $"{report.Agency ?? "(agency not named)"}, {report.Year}: {counts}";
    }

    /// <summary>Appends each rule diagnostic: severity and code, the message, the numbers and every cell with its label.</summary>
    internal static void AppendDiagnostics(StringBuilder text, GovInfoReport report, IReadOnlyList<Diagnostic> diagnostics, bool errorsOnly, bool includeIndeterminate,
        CliLanguage language = CliLanguage.Both)
    {
        LabelCatalogue labels = LabelCatalogue.For(report.Format);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if ((errorsOnly && !diagnostic.IsError) || (!includeIndeterminate && diagnostic.Outcome == DiagnosticOutcome.Indeterminate))
            {
                continue;
            }

            text.Append('\n').Append(diagnostic.Outcome == DiagnosticOutcome.Fail
                ? $"  {JsonOutput.Name(diagnostic.Severity)} {diagnostic.Code}"
                : "  indeterminate " + diagnostic.Code + " " + language.Inline(
                    $"（{JsonOutput.Name(diagnostic.Severity)} 级规则；“?”标出未知的单元格）",
                    $"(a rule of severity {JsonOutput.Name(diagnostic.Severity)}; '?' marks the unknown cells)"));
            text.AppendMessage(language, "    ", diagnostic.Message);
            if (diagnostic.Expected is { } expected && diagnostic.Actual is { } actual)
            {
                text.Append('\n').Append("    ").Append(language.Numbers(expected, actual));
            }

            foreach (string cell in diagnostic.Paths)
            {
                string label = labels.TryGetField(cell, out FieldLabel field) ? field.Chinese : string.Empty;
                string unknown = Contains(diagnostic.UnknownPaths, cell) ? " ?" : "  ";
                text.Append('\n').Append($"   {unknown} {cell}  {label}");
            }
        }
    }

    /// <summary>How a document is named in the human output: the file, or FILE:LINE for a line of a JSON Lines file.</summary>
    internal static string Label(CorpusDocument document) =>
        document.Line is { } line ? document.Source + ":" + line.ToString(CultureInfo.InvariantCulture) : document.Source;

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (string candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static string ReportLine(CorpusDocument document, ReportFormat? format, ReportVerdict verdict, IReadOnlyList<Diagnostic> diagnostics) =>
        JsonOutput.Line(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("file", document.Source);
            if (document.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }

            if (format is { } f)
            {
                writer.WriteString("format", ((int)f).ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull("format");
            }

            writer.WriteBoolean("valid", verdict == ReportVerdict.Valid);
            writer.WriteString("verdict", verdict.ToJsonName());
            writer.WriteStartArray("diagnostics");
            foreach (Diagnostic diagnostic in diagnostics)
            {
                JsonOutput.WriteDiagnostic(writer, diagnostic);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>The verdict in Chinese.</summary>
    internal static string VerdictZh(ReportVerdict verdict) => verdict switch
    {
        ReportVerdict.Valid => "有效",
        ReportVerdict.Invalid => "无效",
        ReportVerdict.Incomplete => "不完整",
        _ => "无法读取",
    };

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}

/// <summary>The settings of one <c>govinfo validate</c> run that every document's check reads.</summary>
/// <param name="Json">One JSON object per document.</param>
/// <param name="ErrorsOnly">List only the errors.</param>
/// <param name="Options">The validation options (rule sets included).</param>
/// <param name="Language">The language of the human lines.</param>
internal sealed record ValidateSettings(bool Json, bool ErrorsOnly, ValidationOptions Options, CliLanguage Language = CliLanguage.Both);
