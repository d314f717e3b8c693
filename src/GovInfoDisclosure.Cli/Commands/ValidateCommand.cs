using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>
/// <c>govinfo validate FILE... [--json] [--blank-as-zero] [--narrative]</c>: reads report documents, runs every consistency rule
/// and lists each diagnostic with the labels of its cells.
/// </summary>
/// <remarks>
/// A document that breaks the JSON contract is not a report, so no rule runs on it: its JSON problems are listed instead
/// (with <c>--json</c>, as diagnostics of severity <c>error</c> and outcome <c>fail</c> whose code is the JSON problem code, e.g.
/// <c>JSON-NEGATIVE</c>, and whose single path is the problem's pointer). A file that cannot be read at all gets one diagnostic
/// <c>FILE-UNREADABLE</c>.
/// </remarks>
internal sealed class ValidateCommand : ICliCommand
{
    /// <summary>The code of the diagnostic for a file that cannot be read.</summary>
    public const string FileUnreadable = "FILE-UNREADABLE";

    public string Name => "validate";

    public string Summary => "Check report documents against the JSON contract and every consistency rule (勾稽关系).";

    public string Usage => """
        Usage: govinfo validate FILE... [--json] [--blank-as-zero] [--narrative]

        Reads each FILE (a report as canonical JSON; '-' reads standard input), checks the JSON contract, then every
        consistency rule of the report's format (see 'govinfo rules'), and lists each diagnostic: severity, rule code,
        outcome (fail, or indeterminate when a cell is blank or a mark), the message in Chinese and English, expected and
        actual values, and every cell involved with its JSON Pointer and official label.

        Options:
          --json            One JSON object per report, one per line:
                            {"file","format","valid","diagnostics":[{"code","severity","outcome","paths","expected",
                            "actual","message":{"zh","en"}}]}. A document that breaks the JSON contract lists its JSON
                            problems as diagnostics (severity error, outcome fail, code e.g. JSON-NEGATIVE); a file that
                            cannot be read lists one FILE-UNREADABLE diagnostic.
          --blank-as-zero   Read blank cells as 0 (many bodies print nothing for zero). Marks such as "/" stay unknown.
          --narrative       Also run the narrative checks (warnings): section 六 and the 信息处理费 row, figures of
                            一、总体情况 against 表三.

        A report is valid when no error-severity rule fails; warnings and indeterminate outcomes do not make it invalid.
        Exit codes: 0 every report is valid; 1 a report is invalid (a rule or the JSON contract); 2 a file cannot be read,
        is not JSON, or is not a report (no or unknown "format"), or the command line is wrong.
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        bool json = false;
        var options = new ValidationOptions();
        var files = new List<string>();
        foreach (string argument in arguments)
        {
            switch (argument)
            {
                case "--json":
                    json = true;
                    break;
                case "--blank-as-zero":
                    options = options with { BlankAsZero = true };
                    break;
                case "--narrative":
                    options = options with { CheckNarrative = true };
                    break;
                default:
                    if (argument.StartsWith("--", StringComparison.Ordinal))
                    {
                        console.Error.WriteLine($"govinfo validate: unknown option '{argument}'.");
                        console.Error.WriteLine(Usage);
                        return ExitCodes.Unreadable;
                    }

                    files.Add(argument);
                    break;
            }
        }

        if (files.Count == 0)
        {
            console.Error.WriteLine("govinfo validate: no file given.");
            console.Error.WriteLine(Usage);
            return ExitCodes.Unreadable;
        }

        int exitCode = ExitCodes.Valid;
        foreach (string file in files)
        {
            exitCode = Math.Max(exitCode, ValidateOne(file, json, options, console));
        }

        return exitCode;
    }

    private static int ValidateOne(string path, bool json, ValidationOptions options, CliConsole console)
    {
        if (ReportInput.TryRead(path, console, out string? ioError) is not { } read)
        {
            if (json)
            {
                var unreadable = new Diagnostic(FileUnreadable, DiagnosticSeverity.Error, DiagnosticOutcome.Fail, Array.Empty<string>(),
                    Array.Empty<string>(), null, null, new BilingualText("无法读取文件：" + ioError, "The file cannot be read: " + ioError));
                console.Out.WriteLine(ReportLine(path, null, valid: false, new[] { unreadable }));
            }
            else
            {
                console.Out.WriteLine($"{path}: unreadable — {ioError}");
            }

            return ExitCodes.Unreadable;
        }

        if (read.Report is not { } report)
        {
            return WriteProblems(path, read.Problems, json, console);
        }

        ValidationResult result = ReportValidator.Validate(report, options);
        if (json)
        {
            console.Out.WriteLine(ReportLine(path, report.Format, result.IsValid, result.Diagnostics));
        }
        else
        {
            WriteHuman(path, report, result, console);
        }

        return result.IsValid ? ExitCodes.Valid : ExitCodes.Invalid;
    }

    private static int WriteProblems(string path, IReadOnlyList<JsonProblem> problems, bool json, CliConsole console)
    {
        bool unreadable = ProblemClass.IsUnreadable(problems);

        if (json)
        {
            var diagnostics = new List<Diagnostic>();
            foreach (JsonProblem problem in problems)
            {
                diagnostics.Add(new Diagnostic(problem.Code, DiagnosticSeverity.Error, DiagnosticOutcome.Fail, new[] { problem.Pointer },
                    Array.Empty<string>(), null, null, problem.Message));
            }

            console.Out.WriteLine(ReportLine(path, null, valid: false, diagnostics));
        }
        else
        {
            console.Out.WriteLine($"{path}: {(unreadable ? "unreadable" : "invalid")} — {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}");
            foreach (JsonProblem problem in problems)
            {
                string where = problem.Pointer.Length == 0 ? "(document)" : problem.Pointer;
                string position = problem.Line is null ? string.Empty : $" (line {problem.Line}, byte {problem.BytePositionInLine})";
                console.Out.WriteLine($"  {problem.Code} {where}{position}");
                console.Out.WriteLine($"    {problem.Message.Zh}");
                console.Out.WriteLine($"    {problem.Message.En}");
            }
        }

        return unreadable ? ExitCodes.Unreadable : ExitCodes.Invalid;
    }

    private static void WriteHuman(string path, GovInfoReport report, ValidationResult result, CliConsole console)
    {
        string counts = $"{result.ErrorCount} error{Plural(result.ErrorCount)}, {result.WarningCount} warning{Plural(result.WarningCount)}, "
            + $"{result.IndeterminateCount} indeterminate";
        console.Out.WriteLine($"{path}: {(result.IsValid ? "valid" : "invalid")} — format {(int)report.Format}, "
            + $"{report.Agency ?? "(agency not named)"}, {report.Year}: {counts}");
        LabelCatalogue labels = LabelCatalogue.For(report.Format);
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            console.Out.WriteLine(diagnostic.Outcome == DiagnosticOutcome.Fail
                ? $"  {JsonOutput.Name(diagnostic.Severity)} {diagnostic.Code}"
                : $"  indeterminate {diagnostic.Code} (a rule of severity {JsonOutput.Name(diagnostic.Severity)}; '?' marks the unknown cells)");
            console.Out.WriteLine($"    {diagnostic.Message.Zh}");
            console.Out.WriteLine($"    {diagnostic.Message.En}");
            if (diagnostic.Expected is { } expected && diagnostic.Actual is { } actual)
            {
                console.Out.WriteLine($"    expected {Number(expected)}, actual {Number(actual)}, difference {Number(actual - expected)}");
            }

            foreach (string cell in diagnostic.Paths)
            {
                string label = labels.TryGetField(cell, out FieldLabel field) ? field.Chinese : string.Empty;
                string unknown = diagnostic.UnknownPaths.Contains(cell) ? " ?" : "  ";
                console.Out.WriteLine($"   {unknown} {cell}  {label}");
            }
        }
    }

    private static string ReportLine(string file, ReportFormat? format, bool valid, IReadOnlyList<Diagnostic> diagnostics) =>
        JsonOutput.Line(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
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
                WriteDiagnostic(writer, diagnostic);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", JsonOutput.Name(diagnostic.Severity));
        writer.WriteString("outcome", JsonOutput.Name(diagnostic.Outcome));
        JsonOutput.WriteStrings(writer, "paths", diagnostic.Paths);
        JsonOutput.WriteNumberOrNull(writer, "expected", diagnostic.Expected);
        JsonOutput.WriteNumberOrNull(writer, "actual", diagnostic.Actual);
        JsonOutput.WriteBilingual(writer, "message", diagnostic.Message);
        writer.WriteEndObject();
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}
