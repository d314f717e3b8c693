using System;
using System.CommandLine;
using GovInfoDisclosure.Cli.Parsing;
using System.IO;
using System.Text;
using GovInfoDisclosure.Cli.Corpus;
using GovInfoDisclosure.Cli.Outputs;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>
/// <c>govinfo export PATH... --to FILE.csv|FILE.xlsx|FILE.parquet [--wide] [--jsonl] [--include GLOB] [--exclude GLOB] [--progress]</c>: the cells of every report as data —
/// long (one row per cell) or wide (one row per report, a column per cell) — for pandas, R, DuckDB, Polars, Spark and Excel.
/// </summary>
internal sealed class ExportCommand : ICliCommand
{
    public string Name => "export";

    public Command Create(CliContext context)
    {
        var verb = new Verb(context, Name, "把报告（文件、目录）的单元格导出为 CSV、XLSX 或 Parquet，每个单元格一行或每份报告一行。",
            "Export the cells of reports (files, directories) as CSV, XLSX or Parquet, one row per cell or per report.");
        Argument<string[]> files = verb.Files("PATH", 1, int.MaxValue,
            "与“govinfo validate”读取的一样：规范 JSON、JSON Lines、已发布报告（先导入）、目录（任意深度，按名称排序）。",
            "Read as 'govinfo validate' does: canonical JSON, JSON Lines, published reports (imported first), directories (any depth, name order).",
            "没有给出文件。", "no file given.");
        Option<string> to = verb.Text("--to", "FILE", "必需：输出文件，格式由扩展名决定：.csv、.xlsx 或 .parquet。",
            "Required: the output file, its format chosen by the extension: .csv, .xlsx or .parquet.");
        Option<bool> wide = verb.Flag("--wide",
            "每份报告一行：file、agency、year、format，然后每个单元格一列，以其 JSON Pointer 命名（2021 格式的所有单元格，再加 2019 格式多出的）；CSV 和 XLSX 中标记写作其文字，Parquet 只保留数字（标记为 null）。",
            "One row per report: file, agency, year, format, then a column per cell named by its JSON Pointer (every cell of the 2021 layout, then the 2019 cells it lacks); in CSV and XLSX a mark is written as its text, in Parquet only numbers are kept (a mark is null).");
        Option<bool> jsonLines = verb.Flag("--jsonl", "把每个文件和标准输入都按 JSON Lines 读取。", "Read every file and standard input as JSON Lines.");
        PathGlobs globs = verb.Globs();
        Option<bool> progress = verb.Progress("仅当标准错误是终端时", "only when standard error is a terminal");
        verb.Notes(
            """
            默认为长格式，每个单元格一行：file、agency、year、format、table、table_zh、pointer、row_zh、column_zh、value（数字；空白或标记为空：
            未知不是 0）、kind（number、blank、mark）、mark（标记文字）、provenance（read、matched、inferred、unreadable）。
            CSV 为带 BOM 的 UTF-8；XLSX 冻结并筛选表头（最多 1,048,575 行）；Parquet 按行组边读边写。无论多少报告，内存都保持平稳。
            退出码：0 已写出；1 已写出，但有文档不是报告而被跳过（在标准错误中列出）；2 命令行有误或没有找到报告；3 FILE 无法写入（或 XLSX
            工作表将超过 1,048,576 行）。
            """,
            """
            Long format by default, one row per cell: file, agency, year, format, table, table_zh, pointer, row_zh, column_zh,
            value (the number; empty for a blank cell or a mark: unknown is not zero), kind (number, blank, mark), mark (its
            text), provenance (read, matched, inferred, unreadable).
            CSV is UTF-8 with a byte-order mark; XLSX has the header frozen and filtered (at most 1,048,575 rows); Parquet is
            written in row groups as it goes. Memory stays flat however many reports.
            Exit codes: 0 written; 1 written, but some documents were not reports and were skipped (named on standard error);
            2 the command line is wrong or no report was found; 3 FILE cannot be written (or an XLSX sheet would pass
            1,048,576 rows).
            """);
        verb.Action((result, console) => globs.TryGetFilter(result, out PathFilter filter, out int usage)
            ? Run(verb, result.GetValue(files)!, filter, result.GetValue(to), result.GetValue(wide), result.GetValue(jsonLines),
                Verb.Requested(result, progress), console)
            : usage);
        return verb.Command;
    }

    private int Run(Verb verb, string[] paths, PathFilter filter, string? target, bool wide, bool allJsonLines, bool? progress, CliConsole console)
    {
        string? kind = target is null ? null : Path.GetExtension(target).ToLowerInvariant() switch
        {
            ".csv" => "csv",
            ".xlsx" => "xlsx",
            ".parquet" => "parquet",
            _ => null,
        };
        if (target is null || kind is null)
        {
            return verb.UsageError("--to 需要以 .csv、.xlsx 或 .parquet 结尾的文件名。", "--to needs a file name ending in .csv, .xlsx or .parquet.");
        }

        // Parquet.Net is not Native AOT compatible (it generates code at run time): the native build says so plainly
        // instead of failing half-way; the portable build (package GovInfoDisclosure.Cli.any) writes Parquet.
        if (kind == "parquet" && !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            return verb.UsageError(
                "govinfo 的原生（AOT）版本不能导出 Parquet：请安装可移植的工具包 GovInfoDisclosure.Cli.any，或导出为 .csv 或 .xlsx。",
                "Parquet export is not available in the native (AOT) build of govinfo: install the portable tool package GovInfoDisclosure.Cli.any, or export to .csv or .xlsx.");
        }

        ProgressReporter? reporter = ProgressReporter.Start(console, progress, console.ErrorIsTerminal, Name, paths, filter);
        var rows = new CellRows(paths, allJsonLines, console, filter, reporter);
        string full = Path.Combine(console.WorkingDirectory, target);
        try
        {
            using (var stream = new FileStream(full, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 65536))
            {
                switch (kind)
                {
                    case "csv":
                        using (var text = new StreamWriter(stream, new UTF8Encoding(true), 65536, leaveOpen: true))
                        {
                            if (wide)
                            {
                                CellExportWriters.WideCsv(text, rows.Wide());
                            }
                            else
                            {
                                CellExportWriters.LongCsv(text, rows.Long());
                            }
                        }

                        break;
                    case "xlsx":
                        if (wide)
                        {
                            CellExportWriters.WideXlsx(stream, rows.Wide());
                        }
                        else
                        {
                            CellExportWriters.LongXlsx(stream, rows.Long());
                        }

                        break;
                    default:
                        (wide ? CellExportWriters.WideParquet(stream, rows.Wide()) : CellExportWriters.LongParquet(stream, rows.Long())).GetAwaiter().GetResult();
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or XlsxTooManyRowsException)
        {
            reporter?.Finish();
            console.Error.WriteLine("govinfo export: " + console.Language.Line($"无法写入“{target}”：", $"cannot write '{target}': ") + ex.Message);
            return ExitCodes.OutputFailed;
        }

        reporter?.Finish();
        if (!console.Quiet)
        {
            console.Error.WriteLine("govinfo export: " + console.Language.Line(
                $"{rows.Reports} 份报告已写入 {target}" + (rows.Skipped == 0 ? "。" : $"；跳过 {rows.Skipped} 份文档。"),
                $"{rows.Reports} report{(rows.Reports == 1 ? string.Empty : "s")} written to {target}"
                + (rows.Skipped == 0 ? "." : $"; {rows.Skipped} document{(rows.Skipped == 1 ? string.Empty : "s")} skipped.")));
        }

        if (rows.Reports == 0)
        {
            console.Error.WriteLine("govinfo export: " + ValidateCommand.NoReportFound(paths, filter, console.Language));
            return ExitCodes.Unreadable;
        }

        return rows.Skipped == 0 ? ExitCodes.Valid : ExitCodes.Invalid;
    }
}
