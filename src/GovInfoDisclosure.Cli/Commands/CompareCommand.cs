using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo compare PREVIOUS CURRENT</c>: the year-over-year checks between two reports of one body.</summary>
internal sealed class CompareCommand : ICliCommand
{
    public string Name => "compare";

    public string Summary => "Check a report against the same body's report of the year before (carry-over, documents in force).";

    public string Usage => """
        Usage: govinfo compare PREVIOUS CURRENT [--json] [--blank-as-zero]

        Reads two reports of one body (canonical JSON), PREVIOUS for year Y−1 and CURRENT for year Y, and runs the
        year-over-year rules: 上年结转 (Y) = 结转下年度 (Y−1) in every column (GID-B6), and the continuity of 现行有效件数
        (GID-A2, GID-A3) or of the legacy item counts (GID-LA4, GID-LA5), also across the 2019 → 2021 format change.
        All are plausibility warnings. Paths name the report: previous#/… and current#/…. Run 'govinfo validate' for
        the rules within each report.

        Exit codes: 0 no error; 1 an error-severity rule fails; 2 a file is not a readable report, or the command line
        is wrong; 3 the output could not be written.
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        bool json = false;
        var options = new ValidationOptions();
        var paths = new List<string>();
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
                default:
                    if (argument.StartsWith("--", StringComparison.Ordinal))
                    {
                        return UsageError(console, $"unknown option '{argument}'.");
                    }

                    paths.Add(argument);
                    break;
            }
        }

        if (paths.Count != 2)
        {
            return UsageError(console, "expected two files: PREVIOUS and CURRENT.");
        }

        ReportReadResult[]? reports = CrossReportOutput.ReadAll(paths, console, Name);
        return reports is null
            ? ExitCodes.Unreadable
            : CrossReportOutput.Write(CrossReportValidator.CompareYears(reports[0].Report!, reports[1].Report!, options), json, console);
    }

    private int UsageError(CliConsole console, string message)
    {
        console.Error.WriteLine("govinfo compare: " + message);
        console.Error.WriteLine(Usage);
        return ExitCodes.Unreadable;
    }
}
