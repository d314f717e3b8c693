using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using GovInfoDisclosure.Cli.Corpus;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>
/// <c>govinfo validate PATH... [--json] [--jsonl] [--blank-as-zero] [--narrative] [--jobs N] [--progress]</c>: reads report
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
    /// <summary>The code of the diagnostic for a file that cannot be read.</summary>
    public const string FileUnreadable = "FILE-UNREADABLE";

    /// <summary>The code of the diagnostic for a document whose check failed inside govinfo (a bug): the others go on.</summary>
    public const string InternalError = "INTERNAL-ERROR";

    /// <summary>The most worker threads <c>--jobs</c> accepts.</summary>
    public const int MaxJobs = 64;

    public string Name => "validate";

    public string Summary => "Check report documents (files, directories, JSON Lines) against the JSON contract and every consistency rule (勾稽关系).";

    public string Usage => """
        Usage: govinfo validate PATH... [--json] [--jsonl] [--blank-as-zero] [--narrative] [--jobs N] [--progress]

        Reads each PATH: a report as canonical JSON; '-' for standard input; a directory, whose *.json and *.jsonl
        files and published reports are read at any depth in name order; a JSON Lines file (*.jsonl: one report per
        line, blank lines skipped); or a published report (*.pdf, *.docx, *.html, *.htm, *.txt, *.md: imported first,
        as 'govinfo import' does; import errors such as ambiguous rows make the report invalid; *.doc and *.wps are
        unreadable with a hint to convert them). Checks the JSON contract, then every consistency rule of the report's format (see 'govinfo rules'),
        and lists each diagnostic: severity, rule code, outcome (fail, or indeterminate when a cell is blank or a mark),
        the message in Chinese and English, expected and actual values, and every cell involved with its JSON Pointer
        and official label. A line of a JSON Lines file is named FILE:LINE. At the end, a summary: documents read,
        valid, invalid, unreadable, and the number of diagnostics per code.

        Options:
          --json            One JSON object per document, one per line:
                            {"file",["line",]"format","valid","diagnostics":[{"code","severity","outcome","paths",
                            "expected","actual","message":{"zh","en"}}]} ("line" only for a line of a JSON Lines file).
                            A document that breaks the JSON contract lists its JSON problems as diagnostics (severity
                            error, outcome fail, code e.g. JSON-NEGATIVE); a file that cannot be read lists one
                            FILE-UNREADABLE diagnostic. The summary then goes to standard error.
          --jsonl           Read every FILE and standard input as JSON Lines, whatever its name.
          --blank-as-zero   Read blank cells as 0 (many bodies print nothing for zero). Marks such as "/" stay unknown.
          --narrative       Also run the narrative checks (warnings): section 六 and the 信息处理费 row, figures of
                            一、总体情况 against 表三.
          --jobs N          Check on N threads (default: one per core). The output is the same for any N.
          --progress        Write a progress line to standard error every second (by default only when standard
                            error is a terminal and standard output is not).

        A report is valid when no error-severity rule fails; warnings and indeterminate outcomes do not make it invalid.
        Exit codes: 0 every report is valid; 1 a report is invalid (a rule or the JSON contract); 2 a file cannot be read,
        is not JSON, or is not a report (no or unknown "format"), no report was found at all (an empty directory or
        JSON Lines file), or the command line is wrong; 3 the output could not be written (standard output or standard
        error closed or full: one line says so on the other). One bad file or line never stops the others. A named pipe,
        device or socket inside a directory is reported (FILE-UNREADABLE) and never opened.
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        bool json = false;
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

        var summary = new CorpusSummary();
        ProgressReporter? reporter = progress ?? (console.ErrorIsTerminal && !console.OutputIsTerminal)
            ? new ProgressReporter(console.Error, inPlace: console.ErrorIsTerminal, TimeSpan.FromSeconds(1))
            : null;
        var pipeline = new PipelineOptions { Workers = jobs, BatchesInFlight = Math.Max(8, jobs * 4) };
        try
        {
            OrderedPipeline.Run(
                CorpusInputs.Enumerate(paths, allJsonLines, console, ReportReadOptions.DefaultMaxDocumentBytes),
                document => document.Weight,
                document => Check(document, json, options, console),
                (document, exception) => Failed(document, exception, json),
                outcome =>
                {
                    console.Out.WriteLine(outcome.Text);
                    summary.Add(outcome);
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

    /// <summary>Checks one document; runs on a worker thread, never throws for bad input.</summary>
    private static DocumentOutcome Check(CorpusDocument document, bool json, ValidationOptions options, CliConsole console)
    {
        string? ioError = document.IoError;
        ReportReadResult? read = null;
        if (ioError is null && document.Path is { } path && PublishedReport.IsPublishedReportFile(path))
        {
            return PublishedReport.Check(document, path, json, options, console);
        }

        if (ioError is null)
        {
            read = document.Refused is { } refused ? ReportReadResult.Failure(new[] { refused })
                : document.Bytes is { } bytes ? ReportJson.Read(bytes)
                : ReportInput.TryRead(document.Path!, console, out ioError, document.RawPath);
        }

        if (read is null)
        {
            return Unreadable(document, json, FileUnreadable, "无法读取文件：" + ioError, "The file cannot be read: " + ioError, "unreadable — " + ioError);
        }

        if (read.Report is not { } report)
        {
            return Problems(document, read.Problems, json);
        }

        ValidationResult result = ReportValidator.Validate(report, options);
        DocumentVerdict verdict = result.IsValid ? DocumentVerdict.Valid : DocumentVerdict.Invalid;
        string text = json
            ? ReportLine(document, report.Format, result.IsValid, result.Diagnostics)
            : Human(document, report, result);
        return new DocumentOutcome(verdict, result.Diagnostics, text);
    }

    private static DocumentOutcome Failed(CorpusDocument document, Exception exception, bool json)
    {
        string what = exception.GetType().Name + ": " + exception.Message;
        return Unreadable(document, json, InternalError,
            "govinfo 检查此文档时出现内部错误（请报告此问题）：" + what,
            "govinfo failed inside while checking this document (please report it): " + what,
            "internal error — " + what);
    }

    internal static DocumentOutcome Unreadable(CorpusDocument document, bool json, string code, string zh, string en, string human)
    {
        var diagnostic = new Diagnostic(code, DiagnosticSeverity.Error, DiagnosticOutcome.Fail, Array.Empty<string>(),
            Array.Empty<string>(), null, null, new BilingualText(zh, en));
        var diagnostics = new[] { diagnostic };
        string text = json ? ReportLine(document, null, valid: false, diagnostics) : $"{Label(document)}: {human}";
        return new DocumentOutcome(DocumentVerdict.Unreadable, diagnostics, text);
    }

    private static DocumentOutcome Problems(CorpusDocument document, IReadOnlyList<JsonProblem> problems, bool json)
    {
        bool unreadable = ProblemClass.IsUnreadable(problems);
        var diagnostics = new Diagnostic[problems.Count];
        for (int i = 0; i < problems.Count; i++)
        {
            JsonProblem problem = problems[i];
            diagnostics[i] = new Diagnostic(problem.Code, DiagnosticSeverity.Error, DiagnosticOutcome.Fail, new[] { problem.Pointer },
                Array.Empty<string>(), null, null, problem.Message);
        }

        DocumentVerdict verdict = unreadable ? DocumentVerdict.Unreadable : DocumentVerdict.Invalid;
        if (json)
        {
            return new DocumentOutcome(verdict, diagnostics, ReportLine(document, null, valid: false, diagnostics));
        }

        var text = new StringBuilder();
        text.Append(Label(document)).Append(": ").Append(unreadable ? "unreadable" : "invalid")
            .Append(" — ").Append(problems.Count).Append(" problem").Append(problems.Count == 1 ? string.Empty : "s");
        foreach (JsonProblem problem in problems)
        {
            string where = problem.Pointer.Length == 0 ? "(document)" : problem.Pointer;

            // A line of a JSON Lines file is a one-line document: its position is the byte in that line.
            string position = problem.Line is null ? string.Empty
                : document.Line is null ? $" (line {problem.Line}, byte {problem.BytePositionInLine})"
                : $" (byte {problem.BytePositionInLine})";
            text.Append('\n').Append("  ").Append(problem.Code).Append(' ').Append(where).Append(position);
            text.Append('\n').Append("    ").Append(problem.Message.Zh);
            text.Append('\n').Append("    ").Append(problem.Message.En);
        }

        return new DocumentOutcome(verdict, diagnostics, text.ToString());
    }

    /// <summary>The human report of one document; <paramref name="verdict"/> overrides the rules' verdict (an import error makes a report invalid).</summary>
    internal static string Human(CorpusDocument document, GovInfoReport report, ValidationResult result, string? verdict = null)
    {
        var text = new StringBuilder();
        string counts = $"{result.ErrorCount} error{Plural(result.ErrorCount)}, {result.WarningCount} warning{Plural(result.WarningCount)}, "
            + $"{result.IndeterminateCount} indeterminate";
        text.Append($"{Label(document)}: {verdict ?? (result.IsValid ? "valid" : "invalid")} — format {(int)report.Format}, "
            + $"{report.Agency ?? "(agency not named)"}, {report.Year}: {counts}");
        LabelCatalogue labels = LabelCatalogue.For(report.Format);
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
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

        return text.ToString();
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

    internal static string ReportLine(CorpusDocument document, ReportFormat? format, bool valid, IReadOnlyList<Diagnostic> diagnostics) =>
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

            writer.WriteBoolean("valid", valid);
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
