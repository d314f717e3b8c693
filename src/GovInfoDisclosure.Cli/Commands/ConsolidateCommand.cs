using System;
using System.Collections.Generic;
using System.CommandLine;
using GovInfoDisclosure.Cli.Parsing;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo consolidate PART...</c>: the sum of many bodies' reports, or the check of a consolidated report against it.</summary>
internal sealed class ConsolidateCommand : ICliCommand
{
    public string Name => "consolidate";

    public Command Create(CliContext context)
    {
        var verb = new Verb(context, Name, "把多个机关的报告相加（例如一个县的各部门），或对照各部分检查一份汇总报告。",
            "Sum the reports of many bodies (e.g. a county's departments), or check a consolidated report against them.");
        Argument<string[]> files = verb.Files("PART", 1, int.MaxValue, "各部分的报告（同一年度、同一格式）。", "The parts' reports (one year, one format).",
            "没有给出部分报告。", "no part given.");
        Option<string> check = verb.Text("--check", "CONSOLIDATED", "逐格对照各部分之和检查这份汇总报告（GID-S1）。",
            "Check this consolidated report cell by cell against the sum of the parts (GID-S1).");
        Option<string> agency = verb.Text("--agency", "NAME", "汇总报告的机关名称。", "The agency of the sum.");
        Option<bool> json = verb.Flag("--json", "检查结果或问题输出为一个 JSON 对象。", "Write the check or the problems as one JSON object.");
        Option<bool> blankAsZero = verb.Flag("--blank-as-zero", "空白单元格按 0 计（标记如“/”仍为未知）。", "Read blank cells as 0 (marks such as \"/\" stay unknown).");
        Option<bool> errorsOnly = verb.Flag("--errors-only", "--check 时只列出错误。", "With --check, list only the errors.");
        verb.Notes(
            """
            读取同一年度、同一格式的多份报告。不带 --check 时，把它们的和作为一份报告写到标准输出：每个单元格是各部分之和，任一部分为空白或标记的
            单元格仍为空白（未知，不猜作 0）；问题写到标准错误。无法相加时（GID-S3：年度或格式不同，或某格之和超出范围），不写报告：标准输出列出
            问题（--json 时为一个 JSON 对象），退出码为 1。带 --check 时，逐格对照 CONSOLIDATED 与各部分之和（GID-S1）；有部分无法读取时检查
            无法判断（GID-S2）。
            退出码：0 已相加或一致；1 无法相加或汇总报告不一致；2 文件不是可读的报告，或命令行有误；3 输出无法写入。
            """,
            """
            Reads the reports of several bodies for one year and one format. Without --check, writes their sum as a report to
            standard output: every cell is the sum of the parts' cells, and a cell that is blank or a mark in any part stays
            blank (unknown, never a guessed 0); problems go to standard error. When the sum fails (GID-S3: reports of
            different years or formats, or a cell whose sum is out of range), no report is written: standard output lists the
            problems instead (one JSON object with --json) and the exit code is 1. With --check, compares CONSOLIDATED cell
            by cell with the sum of the parts (GID-S1); a part that cannot be read makes the check indeterminate (GID-S2).
            Exit codes: 0 summed, or consistent; 1 the reports cannot be summed (also one cell out of range), or the
            consolidated report differs; 2 a file is not a readable report, or the command line is wrong; 3 the output could
            not be written.
            """);
        verb.Action((result, console) => Run(result.GetValue(files)!, result.GetValue(check), result.GetValue(agency), result.GetValue(json),
            new ValidationOptions { BlankAsZero = result.GetValue(blankAsZero) }, result.GetValue(errorsOnly), console));
        return verb.Command;
    }

    private int Run(string[] parts, string? check, string? agency, bool json, ValidationOptions options, bool errorsOnly, CliConsole console)
    {
        var reports = new List<GovInfoReport>();
        foreach (ReportReadResult read in CrossReportOutput.ReadAll(parts, console, Name) ?? Array.Empty<ReportReadResult>())
        {
            reports.Add(read.Report!);
        }

        if (reports.Count != parts.Length)
        {
            return ExitCodes.Unreadable;
        }

        if (check is not null)
        {
            ReportReadResult[]? consolidated = CrossReportOutput.ReadAll(new[] { check }, console, Name);
            return consolidated is null
                ? ExitCodes.Unreadable
                : CrossReportOutput.Write(CrossReportValidator.CheckConsolidated(consolidated[0].Report!, reports.ToArray(), options), json, console, errorsOnly);
        }

        ConsolidationResult sum = ReportConsolidation.Sum(reports, agency, options);
        foreach (Diagnostic problem in sum.Problems)
        {
            console.Error.WriteLine($"{problem.Code}: " + console.Language.Inline(problem.Message.Zh, problem.Message.En));
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

        console.Out.WriteLine(console.Language.Line($"未相加 — {problems.Count} 个问题", $"not summed — {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}"));
        foreach (Diagnostic problem in problems)
        {
            console.Out.WriteLine($"  {JsonOutput.Name(problem.Severity)} {problem.Code}");
            console.Out.WriteMessage(console.Language, "    ", problem.Message);
            foreach (string path in problem.Paths)
            {
                console.Out.WriteLine("    " + path);
            }
        }
    }
}
