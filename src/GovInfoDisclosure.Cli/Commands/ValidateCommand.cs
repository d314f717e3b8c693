using System;
using System.Collections.Generic;
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
/// <c>govinfo validate PATH... [--json] [--jsonl] [--blank-as-zero] [--narrative] [--rules FILE] [--errors-only] [--jobs N] [--progress]</c>: reads report
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

    public string Summary => "Check report documents (files, directories, JSON Lines) against the JSON contract and every consistency rule (勾稽关系).";

    public string Usage => """
        Usage: govinfo validate PATH... [--json] [--jsonl] [--blank-as-zero] [--narrative] [--rules FILE]
                                [--errors-only] [--html FILE] [--csv FILE] [--xlsx FILE]
                                [--jobs N] [--progress]

        Reads each PATH: a report as canonical JSON; '-' for standard input; a directory, whose *.json and *.jsonl
        files and published reports are read at any depth in name order; a JSON Lines file (*.jsonl: one report per
        line, blank lines skipped); or a published report (*.pdf, *.docx, *.html, *.htm, *.txt, *.md: imported first,
        as 'govinfo import' does, then validated; the verdict is the library's: a report whose tables or cells could
        not all be read is 'incomplete', and the rules made indeterminate by a row that was not read are grouped under
        that row; *.doc and *.wps are unreadable with a hint to convert them). Checks the JSON contract, then every consistency rule of the report's format (see 'govinfo rules'),
        and lists each diagnostic: severity, rule code, outcome (fail, or indeterminate when a cell is blank or a mark),
        the message in Chinese and English, expected and actual values, and every cell involved with its JSON Pointer
        and official label. A line of a JSON Lines file is named FILE:LINE. At the end, a summary: documents read,
        valid, invalid, unreadable, and the number of diagnostics per code.

        Options:
          --json            One JSON object per document, one per line:
                            {"file",["line",]"format","valid","verdict","diagnostics":[{"code","severity","stage",
                            "outcome","paths","unknownPaths","expected","actual","message":{"zh","en"}[,"location"]}]}
                            ("line" only for a line of a JSON Lines file; "verdict" is valid, invalid, incomplete or
                            unreadable; "location" {"line","column","pointer"} where the source has one).
                            A document that breaks the JSON contract lists its JSON problems as diagnostics (severity
                            error, outcome fail, code e.g. JSON-NEGATIVE); a file that cannot be read lists one
                            FILE-UNREADABLE diagnostic. The summary then goes to standard error.
          --jsonl           Read every FILE and standard input as JSON Lines, whatever its name.
          --blank-as-zero   Read blank cells as 0 (many bodies print nothing for zero). Marks such as "/" stay unknown.
          --narrative       Also run the narrative checks (warnings): section 六 and the 信息处理费 row, figures of
                            一、总体情况 against 表三.
          --rules FILE      Also check the rules of FILE (JSON of the shape of schemas/rules-2021.json: "format",
                            "rules", "instances"), e.g. a province's own relation with its own code such as HB-001.
                            May be given more than once. A malformed rules file is a located error (exit 2).
          --errors-only     List only the errors (failed error-severity rules, import and JSON errors); the verdict
                            and the summary are unchanged.
          --html FILE       Also write one self-contained HTML report (opens offline): summary with the most frequent
                            failures, a sortable and filterable table of the reports, and each report's tables with
                            the failing cells marked (red; code and message on hover and on keyboard focus), cells
                            not read and cells inferred marked differently, and the diagnostics grouped by cause.
          --csv FILE        Also write one row per report (UTF-8 with BOM): file, agency, year, format, input,
                            verdict, errors, warnings, indeterminate, import_errors, unread_rows, first error.
          --xlsx FILE       Also write a workbook: the reports, every diagnostic with its cells' Chinese labels,
                            and the counts per rule (header frozen, filters on, failing verdicts coloured).
          --jobs N          Check on N threads (default: one per core). The output is the same for any N.
          --progress        Write a progress line to standard error every second (by default only when standard
                            error is a terminal and standard output is not).

        A report is valid when its tables were read and no error-severity rule fails; warnings and indeterminate outcomes
        on cells printed blank do not make it invalid. A published report whose tables or cells the import could not all
        read is incomplete (with --blank-as-zero, only cells printed blank are read as 0, never cells not read).
        Exit codes: 0 every report is valid; 1 a report is invalid (a rule or the JSON contract) or incomplete; 2 a file cannot be read,
        is not JSON, or is not a report (no or unknown "format"), no report was found at all (an empty directory or
        JSON Lines file), or the command line is wrong; 3 the output could not be written (standard output or standard
        error closed or full: one line says so on the other). One bad file or line never stops the others. A named pipe,
        device or socket inside a directory is reported (FILE-UNREADABLE) and never opened.
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        bool json = false;
        bool errorsOnly = false;
        string? htmlPath = null;
        string? csvPath = null;
        string? xlsxPath = null;
        var extraRules = new List<ReportRuleSet>();
        bool allJsonLines = false;
        bool? progress = null;
        int jobs = Math.Min(Math.Max(1, Environment.ProcessorCount), MaxJobs);
        var options = new ValidationOptions();
        var paths = new List<string>();
        for (int i = 0; i < arguments.Count; i++)
        {
            string argument = arguments[i];
            switch (argument)
            {
                case "--json":
                    json = true;
                    break;
                case "--jsonl":
                    allJsonLines = true;
                    break;
                case "--blank-as-zero":
                    options = options with { BlankAsZero = true };
                    break;
                case "--narrative":
                    options = options with { CheckNarrative = true };
                    break;
                case "--progress":
                    progress = true;
                    break;
                case "--errors-only":
                    errorsOnly = true;
                    break;
                case "--rules":
                    if (i + 1 >= arguments.Count)
                    {
                        return UsageError(console, "--rules needs a rules file.");
                    }

                    i++;
                    if (!TryLoadRules(arguments[i], console, out ReportRuleSet? loaded))
                    {
                        return ExitCodes.Unreadable;
                    }

                    extraRules.Add(loaded!);
                    break;
                case "--html":
                case "--csv":
                case "--xlsx":
                    if (i + 1 >= arguments.Count || arguments[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        return UsageError(console, $"{argument} needs a file name.");
                    }

                    i++;
                    string target = Path.Combine(console.WorkingDirectory, arguments[i]);
                    if (argument == "--html")
                    {
                        htmlPath = target;
                    }
                    else if (argument == "--csv")
                    {
                        csvPath = target;
                    }
                    else
                    {
                        xlsxPath = target;
                    }

                    break;
                case "--jobs":
                    if (i + 1 >= arguments.Count || !int.TryParse(arguments[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out jobs) || jobs < 1 || jobs > MaxJobs)
                    {
                        return UsageError(console, $"--jobs needs a number of threads from 1 to {MaxJobs}.");
                    }

                    i++;
                    break;
                default:
                    if (argument.StartsWith("--", StringComparison.Ordinal))
                    {
                        return UsageError(console, $"unknown option '{argument}'.");
                    }

                    paths.Add(argument);
                    break;
            }
        }

        if (paths.Count == 0)
        {
            return UsageError(console, "no file given.");
        }

        if (extraRules.Count > 0)
        {
            options = options with { ExtraRuleSets = extraRules.AsReadOnly() };
        }

        var settings = new ValidateSettings(json, errorsOnly, options);
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
            return RunPipeline(paths, allJsonLines, jobs, json, progress, settings, console, html, verdicts);
        }
        finally
        {
            html?.Dispose();
            verdicts?.Dispose();
        }
    }

    private static int RunPipeline(List<string> paths, bool allJsonLines, int jobs, bool json, bool? progress, ValidateSettings settings, CliConsole console,
        BatchHtmlReport? html, VerdictOutputs? verdicts)
    {

        var summary = new CorpusSummary();
        ProgressReporter? reporter = progress ?? (console.ErrorIsTerminal && !console.OutputIsTerminal)
            ? new ProgressReporter(console.Error, inPlace: console.ErrorIsTerminal, TimeSpan.FromSeconds(1))
            : null;
        var pipeline = PipelineOptions.ForWorkers(jobs);
        try
        {
            OrderedPipeline.Run(
                CorpusInputs.Enumerate(paths, allJsonLines, console, ReportReadOptions.DefaultMaxDocumentBytes),
                document => document.Weight,
                document => Check(document, settings, console),
                (document, exception) => Failed(document, exception, json),
                outcome =>
                {
                    console.Out.WriteLine(outcome.Text);
                    summary.Add(outcome);
                    if (outcome.Entry is { } entry)
                    {
                        html?.Add(entry);
                        verdicts?.Add(entry);
                    }

                    reporter?.Update(summary);
                },
                pipeline);
        }
        finally
        {
            reporter?.Finish();
        }

        // The results first: when standard output cannot be written, the run ends here, before a summary of results never delivered.
        console.Out.Flush();
        summary.Write(json ? console.Error : console.Out);
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
            console.Error.WriteLine("govinfo validate: no report found in " + string.Join(", ", paths) + " (directories are searched for *.json, *.jsonl and published reports: *.pdf, *.docx, *.html, *.txt, *.md).");
            return ExitCodes.Unreadable;
        }

        return summary.ExitCode;
    }

    private int UsageError(CliConsole console, string message)
    {
        console.Error.WriteLine("govinfo validate: " + message);
        console.Error.WriteLine(Usage);
        return ExitCodes.Unreadable;
    }

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
                console.Error.WriteLine("    " + problem.Message.Zh);
                console.Error.WriteLine("    " + problem.Message.En);
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
            return Problems(document, read.Problems, json);
        }

        ValidationResult result = ReportValidator.Validate(report, options);
        ReportVerdict reportVerdict = ReportVerdicts.Of(true, result.Diagnostics);
        IReadOnlyList<Diagnostic> shown = settings.ErrorsOnly ? ErrorsOf(result.Diagnostics) : result.Diagnostics;
        string text = json
            ? ReportLine(document, report.Format, reportVerdict, shown)
            : Human(document, report, result, reportVerdict, settings.ErrorsOnly);
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

    private static DocumentOutcome Problems(CorpusDocument document, IReadOnlyList<Diagnostic> problems, bool json)
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
            text.Append('\n').Append("    ").Append(problem.Message.Zh);
            text.Append('\n').Append("    ").Append(problem.Message.En);
        }

        return new DocumentOutcome(verdict, diagnostics, text.ToString(), entry);
    }

    /// <summary>The human report of one document: the headline, then every diagnostic (only the errors with <paramref name="errorsOnly"/>).</summary>
    internal static string Human(CorpusDocument document, GovInfoReport report, ValidationResult result, ReportVerdict verdict, bool errorsOnly)
    {
        var text = new StringBuilder(Headline(document, report, result, verdict));
        AppendDiagnostics(text, report, result.Diagnostics, errorsOnly, includeIndeterminate: true);
        return text.ToString();
    }

    /// <summary><c>FILE: verdict — format F, agency, year: N errors, N warnings, N indeterminate</c>.</summary>
    internal static string Headline(CorpusDocument document, GovInfoReport report, ValidationResult result, ReportVerdict verdict)
    {
        string counts = $"{result.ErrorCount} error{Plural(result.ErrorCount)}, {result.WarningCount} warning{Plural(result.WarningCount)}, "
            + $"{result.IndeterminateCount} indeterminate";
        return $"{Label(document)}: {verdict.ToJsonName()} — format {(int)report.Format}, "
            + $"{report.Agency ?? "(agency not named)"}, {report.Year}: {counts}";
    }

    /// <summary>Appends each rule diagnostic: severity and code, the message, the numbers and every cell with its label.</summary>
    internal static void AppendDiagnostics(StringBuilder text, GovInfoReport report, IReadOnlyList<Diagnostic> diagnostics, bool errorsOnly, bool includeIndeterminate)
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
                : $"  indeterminate {diagnostic.Code} (a rule of severity {JsonOutput.Name(diagnostic.Severity)}; '?' marks the unknown cells)");
            text.Append('\n').Append("    ").Append(diagnostic.Message.Zh);
            text.Append('\n').Append("    ").Append(diagnostic.Message.En);
            if (diagnostic.Expected is { } expected && diagnostic.Actual is { } actual)
            {
                text.Append('\n').Append($"    expected {Number(expected)}, actual {Number(actual)}, difference {Number(actual - expected)}");
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

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}

/// <summary>The settings of one <c>govinfo validate</c> run that every document's check reads.</summary>
/// <param name="Json">One JSON object per document.</param>
/// <param name="ErrorsOnly">List only the errors.</param>
/// <param name="Options">The validation options (rule sets included).</param>
internal sealed record ValidateSettings(bool Json, bool ErrorsOnly, ValidationOptions Options);
