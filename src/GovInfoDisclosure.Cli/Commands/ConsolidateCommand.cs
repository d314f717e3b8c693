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
        Usage: govinfo consolidate PART... [--agency NAME] [--blank-as-zero]
               govinfo consolidate --check CONSOLIDATED PART... [--json] [--blank-as-zero]

        Reads the reports of several bodies for one year and one format (canonical JSON). Without --check, writes their
        sum as a report to standard output: every cell is the sum of the parts' cells, and a cell that is blank or a
        mark in any part stays blank (unknown, never a guessed 0); problems go to standard error (GID-S3: reports of
        different years or formats cannot be summed). With --check, compares CONSOLIDATED cell by cell with the sum of
        the parts (GID-S1); a part that cannot be read makes the check indeterminate (GID-S2).

        Exit codes: 0 summed, or consistent; 1 the reports cannot be summed, or the consolidated report differs;
        2 a file is not a readable report, or the command line is wrong.
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

        if (sum.Report is not { } report)
        {
            return ExitCodes.Invalid;
        }

        console.Out.WriteLine(ReportJson.Serialize(report));
        return ExitCodes.Valid;
    }

    private int UsageError(CliConsole console, string message)
    {
        console.Error.WriteLine("govinfo consolidate: " + message);
        console.Error.WriteLine(Usage);
        return ExitCodes.Unreadable;
    }
}
