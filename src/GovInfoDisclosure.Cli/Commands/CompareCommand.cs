using System.CommandLine;
using GovInfoDisclosure.Cli.Parsing;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo compare PREVIOUS CURRENT</c>: the year-over-year checks between two reports of one body.</summary>
internal sealed class CompareCommand : ICliCommand
{
    public string Name => "compare";

    public Command Create(CliContext context)
    {
        var verb = new Verb(context, Name, "对照同一机关上一年度的报告检查本报告（上年结转、现行有效件数）。",
            "Check a report against the same body's report of the year before (carry-over, documents in force).");
        Argument<string[]> files = verb.Files("FILE", 2, 2, "PREVIOUS（Y−1 年）和 CURRENT（Y 年）两份报告。", "PREVIOUS (year Y−1) and CURRENT (year Y).",
            "需要两个文件：PREVIOUS 和 CURRENT。", "expected two files: PREVIOUS and CURRENT.");
        Option<bool> json = verb.Flag("--json", "输出一个 JSON 对象：{\"valid\",\"diagnostics\"}。", "Write one JSON object: {\"valid\",\"diagnostics\"}.");
        Option<bool> blankAsZero = verb.Flag("--blank-as-zero", "空白单元格按 0 计（标记如“/”仍为未知）。", "Read blank cells as 0 (marks such as \"/\" stay unknown).");
        Option<bool> errorsOnly = verb.Flag("--errors-only", "只列出错误。", "List only the errors.");
        verb.Notes(
            """
            读取同一机关的两份报告（规范 JSON，或已发布报告的文件），运行跨年度规则：上年结转（Y）= 结转下年度（Y−1），逐列（GID-B6）；
            现行有效件数的连续性（GID-A2、GID-A3）或旧版各项件数的连续性（GID-LA4、GID-LA5），包括 2019 → 2021 格式变更前后。
            均为合理性警告。路径以 previous#/… 和 current#/… 指明报告。单份报告内的规则请用“govinfo validate”。
            退出码：0 无错误；1 有错误级规则不通过；2 文件不是可读的报告，或命令行有误；3 输出无法写入。
            """,
            """
            Reads two reports of one body (canonical JSON, or a published report's file) and runs the year-over-year rules:
            上年结转 (Y) = 结转下年度 (Y−1) in every column (GID-B6), and the continuity of 现行有效件数 (GID-A2, GID-A3) or of
            the legacy item counts (GID-LA4, GID-LA5), also across the 2019 → 2021 format change. All are plausibility
            warnings. Paths name the report: previous#/… and current#/…. Run 'govinfo validate' for the rules within each report.
            Exit codes: 0 no error; 1 an error-severity rule fails; 2 a file is not a readable report, or the command line is
            wrong; 3 the output could not be written.
            """);
        verb.Action((result, console) =>
        {
            string[] paths = result.GetValue(files)!;
            var options = new ValidationOptions { BlankAsZero = result.GetValue(blankAsZero) };
            ReportReadResult[]? reports = CrossReportOutput.ReadAll(paths, console, Name);
            return reports is null
                ? ExitCodes.Unreadable
                : CrossReportOutput.Write(CrossReportValidator.CompareYears(reports[0].Report!, reports[1].Report!, options), result.GetValue(json), console,
                    result.GetValue(errorsOnly));
        });
        return verb.Command;
    }
}
