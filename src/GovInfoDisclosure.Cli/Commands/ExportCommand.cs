using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using GovInfoDisclosure.Cli.Outputs;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>
/// <c>govinfo export PATH... --to FILE.csv|FILE.xlsx|FILE.parquet [--wide] [--jsonl]</c>: the cells of every report as data —
/// long (one row per cell) or wide (one row per report, a column per cell) — for pandas, R, DuckDB, Polars, Spark and Excel.
/// </summary>
internal sealed class ExportCommand : ICliCommand
{
    public string Name => "export";

    public string Summary => "Export the cells of reports (files, directories) as CSV, XLSX or Parquet, one row per cell or per report.";

    public string Usage => """
        Usage: govinfo export PATH... --to FILE.csv|FILE.xlsx|FILE.parquet [--wide] [--jsonl]

        Reads each PATH as 'govinfo validate' does (canonical JSON, JSON Lines, published text, HTML or Markdown,
        imported first; directories at any depth in name order) and writes the cells, the format chosen by the
        extension of FILE:
          long (default)  one row per cell: file, agency, year, format, table, table_zh, pointer, row_zh, column_zh,
                          value (the number; empty for a blank cell or a mark: unknown is not zero), kind
                          (number, blank, mark), mark (its text), provenance (read, matched, inferred, unreadable)
          --wide          one row per report: file, agency, year, format, then a column per cell named by its JSON
                          Pointer (every cell of the 2021 layout, then the 2019 cells it lacks); in CSV and XLSX a
                          mark is written as its text, in Parquet only numbers are kept (a mark is null)
          --jsonl         read every file and standard input as JSON Lines

        CSV is UTF-8 with a byte-order mark; XLSX has the header frozen and filtered (at most 1,048,575 rows);
        Parquet is written in row groups as it goes. Memory stays flat however many reports.
        Exit codes: 0 written; 1 written, but some documents were not reports and were skipped (named on standard
        error); 2 the command line is wrong or no report was found; 3 FILE cannot be written (or an XLSX
        sheet would pass 1,048,576 rows).
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        string? target = null;
        bool wide = false;
        bool allJsonLines = false;
        var paths = new List<string>();
        for (int i = 0; i < arguments.Count; i++)
        {
            string argument = arguments[i];
            switch (argument)
            {
                case "--to":
                    if (i + 1 >= arguments.Count)
                    {
                        return UsageError(console, "--to needs a file name ending in .csv, .xlsx or .parquet.");
                    }

                    target = arguments[++i];
                    break;
                case "--wide":
                    wide = true;
                    break;
                case "--jsonl":
                    allJsonLines = true;
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

        string? kind = target is null ? null : Path.GetExtension(target).ToLowerInvariant() switch
        {
            ".csv" => "csv",
            ".xlsx" => "xlsx",
            ".parquet" => "parquet",
            _ => null,
        };
        if (target is null || kind is null)
        {
            return UsageError(console, "--to needs a file name ending in .csv, .xlsx or .parquet.");
        }

        // Parquet.Net is not Native AOT compatible (it generates code at run time): the native build says so plainly
        // instead of failing half-way; the portable build (package GovInfoDisclosure.Cli.any) writes Parquet.
        if (kind == "parquet" && !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            return UsageError(console,
                "Parquet export is not available in the native (AOT) build of govinfo: install the portable tool package GovInfoDisclosure.Cli.any, or export to .csv or .xlsx.");
        }

        var rows = new CellRows(paths, allJsonLines, console);
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
            console.Error.WriteLine($"govinfo export: cannot write '{target}': {ex.Message}");
            return ExitCodes.OutputFailed;
        }

        console.Error.WriteLine($"govinfo export: {rows.Reports} report{(rows.Reports == 1 ? string.Empty : "s")} written to {target}"
            + (rows.Skipped == 0 ? "." : $"; {rows.Skipped} document{(rows.Skipped == 1 ? string.Empty : "s")} skipped."));
        if (rows.Reports == 0)
        {
            console.Error.WriteLine("govinfo export: no report found in " + string.Join(", ", paths) + ".");
            return ExitCodes.Unreadable;
        }

        return rows.Skipped == 0 ? ExitCodes.Valid : ExitCodes.Invalid;
    }

    private int UsageError(CliConsole console, string message)
    {
        console.Error.WriteLine("govinfo export: " + message);
        console.Error.WriteLine(Usage);
        return ExitCodes.Unreadable;
    }
}
