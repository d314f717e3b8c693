using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo consolidate PART...</c>: the sum of many bodies' reports, or the check of a consolidated report against it.</summary>
internal sealed class ConsolidateCommand : ICliCommand
{
    public string Name => "consolidate";

    public string Summary => "Sum the reports of many bodies (e.g. a county's departments), or check a consolidated report against them.";

    public string Usage => """
        Usage: govinfo consolidate PART... [--agency NAME] [--blank-as-zero] [--json]
               govinfo consolidate --check CONSOLIDATED PART... [--json] [--blank-as-zero]

        Reads the reports of several bodies for one year and one format (canonical JSON). Without --check, writes their
        sum as a report to standard output: every cell is the sum of the parts' cells, and a cell that is blank or a
        mark in any part stays blank (unknown, never a guessed 0); problems go to standard error. When the sum fails
        (GID-S3: reports of different years or formats, or a cell whose sum is out of range), no report is written:
        standard output lists the problems instead (one JSON object with --json) and the exit code is 1. With --check, compares CONSOLIDATED cell by cell with the sum of
        the parts (GID-S1); a part that cannot be read makes the check indeterminate (GID-S2).

        Exit codes: 0 summed, or consistent; 1 the reports cannot be summed (also one cell out of range), or the
        consolidated report differs; 2 a file is not a readable report, or the command line is wrong; 3 the output
        could not be written.
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        bool json = false;
        string? check = null;
        string? agency = null;
        var options = new ValidationOptions();
        var parts = new List<string>();
        for (int i = 0; i < arguments.Count; i++)
        {
            string argument = arguments[i];
            switch (argument)
            {
                case "--json":
                    json = true;
                    break;
                case "--blank-as-zero":
                    options = options with { BlankAsZero = true };
                    break;
                case "--check" when i + 1 < arguments.Count:
                    check = arguments[++i];
                    break;
                case "--agency" when i + 1 < arguments.Count && !string.IsNullOrWhiteSpace(arguments[i + 1]):
                    agency = arguments[++i];
                    break;
                default:
                    if (argument.StartsWith("--", StringComparison.Ordinal))
                    {
                        return UsageError(console, $"unknown option or missing value '{argument}'.");
                    }

                    parts.Add(argument);
                    break;
            }
        }

        if (parts.Count == 0)
        {
            return UsageError(console, "no part given.");
        }

        var reports = new List<GovInfoReport>();
        foreach (ReportReadResult read in CrossReportOutput.ReadAll(parts, console, Name) ?? Array.Empty<ReportReadResult>())
        {
            reports.Add(read.Report!);
        }

        if (reports.Count != parts.Count)
        {
            return ExitCodes.Unreadable;
        }

        if (check is not null)
        {
            ReportReadResult[]? consolidated = CrossReportOutput.ReadAll(new[] { check }, console, Name);
            return consolidated is null
                ? ExitCodes.Unreadable
                : CrossReportOutput.Write(CrossReportValidator.CheckConsolidated(consolidated[0].Report!, reports.ToArray(), options), json, console);
        }

        ConsolidationResult sum = ReportConsolidation.Sum(reports, agency, options);
        foreach (Diagnostic problem in sum.Problems)
        {
            console.Error.WriteLine($"{problem.Code}: {problem.Message.Zh} / {problem.Message.En}");
        }

        // A sum with an error (reports that cannot be summed, a cell whose sum is out of range and was left blank) is not a
        // consolidated report: the problems take its place on standard output and the exit code says so.
        bool failed = sum.Report is null;
        foreach (Diagnostic problem in sum.Problems)
        {
            failed |= problem.Severity == DiagnosticSeverity.Error;
        }

        if (failed)
        {
            WriteProblems(sum.Problems, json, console);
            return ExitCodes.Invalid;
        }

        console.Out.WriteLine(ReportJson.Serialize(sum.Report!));
        return ExitCodes.Valid;
    }

    private static void WriteProblems(IReadOnlyList<Diagnostic> problems, bool json, CliConsole console)
    {
        if (json)
        {
            console.Out.WriteLine(JsonOutput.Line(writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("valid", false);
                writer.WriteStartArray("diagnostics");
                foreach (Diagnostic problem in problems)
                {
                    JsonOutput.WriteDiagnostic(writer, problem);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }));
            return;
        }

        console.Out.WriteLine($"not summed — {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}");
        foreach (Diagnostic problem in problems)
        {
            console.Out.WriteLine($"  {JsonOutput.Name(problem.Severity)} {problem.Code}");
            console.Out.WriteLine("    " + problem.Message.Zh);
            console.Out.WriteLine("    " + problem.Message.En);
            foreach (string path in problem.Paths)
            {
                console.Out.WriteLine("    " + path);
            }
        }
    }

    private int UsageError(CliConsole console, string message)
    {
        console.Error.WriteLine("govinfo consolidate: " + message);
        console.Error.WriteLine(Usage);
        return ExitCodes.Unreadable;
    }
}
