using System;
using System.Collections.Generic;
using System.Globalization;
using GovInfoDisclosure.Cli.Commands;
using GovInfoDisclosure.Cli.Corpus;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Cli.Outputs;

/// <summary>One cell of one report in the long export: who, which cell (pointer and Chinese labels), its value and how it was read.</summary>
/// <param name="File">The document.</param>
/// <param name="Agency">The agency, or <see langword="null"/>.</param>
/// <param name="Year">The year.</param>
/// <param name="Format">The layout: 2021 or 2019.</param>
/// <param name="Table">The table's key (proactiveDisclosure, applications, reconsiderationAndLitigation).</param>
/// <param name="TableZh">The table's Chinese short name (表二, 表三, 表四).</param>
/// <param name="Pointer">The cell's JSON Pointer.</param>
/// <param name="RowZh">The row's Chinese label path, joined by " / ".</param>
/// <param name="ColumnZh">The column's Chinese label.</param>
/// <param name="Value">The number, or <see langword="null"/> for a blank cell or a mark (unknown is not zero).</param>
/// <param name="Kind">number, blank or mark.</param>
/// <param name="Mark">The mark's text (e.g. <c>/</c>), or <see langword="null"/>.</param>
/// <param name="Provenance">read, matched, inferred or unreadable.</param>
internal sealed record CellRow(string File, string? Agency, int Year, string Format, string Table, string TableZh, string Pointer, string RowZh,
    string ColumnZh, decimal? Value, string Kind, string? Mark, string Provenance);

/// <summary>One report in the wide export: who, and every cell's value in the order of <see cref="CellRows.WideColumns"/>.</summary>
/// <param name="File">The document.</param>
/// <param name="Agency">The agency, or <see langword="null"/>.</param>
/// <param name="Year">The year.</param>
/// <param name="Format">The layout.</param>
/// <param name="Cells">The cells by wide column (absent for a pointer the report's format does not have).</param>
internal sealed record WideRow(string File, string? Agency, int Year, string Format, ReportCell[] Cells);

/// <summary>
/// The reports of the export, read one at a time (JSON, JSON Lines, published text, HTML, Markdown — imported first), as
/// cell rows: lazily, so that memory stays flat however many reports. A document that is not a report is skipped and named
/// on standard error.
/// </summary>
internal sealed class CellRows
{
    private readonly IReadOnlyList<string> _paths;
    private readonly bool _allJsonLines;
    private readonly CliConsole _console;
    private readonly PathFilter _filter;
    private readonly ProgressReporter? _progress;

    /// <summary>Reads the reports of <paramref name="paths"/> as they are asked for.</summary>
    /// <param name="paths">Files, directories, or <c>-</c>.</param>
    /// <param name="allJsonLines">Whether every file is JSON Lines (<c>--jsonl</c>).</param>
    /// <param name="console">The working directory and standard error.</param>
    /// <param name="filter">The <c>--include</c>/<c>--exclude</c> globs, or <see langword="null"/> for every file.</param>
    /// <param name="progress">Told after each document, or <see langword="null"/>.</param>
    public CellRows(IReadOnlyList<string> paths, bool allJsonLines, CliConsole console, PathFilter? filter = null, ProgressReporter? progress = null)
    {
        _paths = paths;
        _allJsonLines = allJsonLines;
        _console = console;
        _filter = filter ?? PathFilter.Everything;
        _progress = progress;
    }

    /// <summary>The bytes of input read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The pointers of the wide export's cell columns: every cell of the 2021 layout, then the 2019 cells it lacks.</summary>
    public static IReadOnlyList<string> WideColumns { get; } = BuildWideColumns();

    /// <summary>Reports read.</summary>
    public long Reports { get; private set; }

    /// <summary>Documents skipped (not a report, or not readable).</summary>
    public long Skipped { get; private set; }

    /// <summary>The long rows: one per present cell of each report, in catalogue order.</summary>
    public IEnumerable<CellRow> Long()
    {
        foreach ((string file, GovInfoReport report, Func<string, string> provenance) in ReportsRead())
        {
            CellLayout layout = CellLayout.For(report.Format);
            var cells = new ReportCell[layout.Count];
            ReportCells.Read(report, cells);
            string format = ((int)report.Format).ToString(CultureInfo.InvariantCulture);
            for (int i = 0; i < cells.Length; i++)
            {
                ReportCell cell = cells[i];
                FieldLabel field = layout.Fields[i];
                if (cell.IsAbsent || field.Table is null || field.Row is null || field.Column is null)
                {
                    continue;
                }

                yield return new CellRow(file, report.Agency, report.Year, format, field.Table.Key, field.Table.ShortChinese, field.Pointer,
                    string.Join(" / ", field.Row.ChinesePath), field.Column.Chinese, cell.Value, KindName(cell), cell.Mark, provenance(field.Pointer));
            }
        }
    }

    /// <summary>The wide rows: one per report.</summary>
    public IEnumerable<WideRow> Wide()
    {
        foreach ((string file, GovInfoReport report, _) in ReportsRead())
        {
            CellLayout layout = CellLayout.For(report.Format);
            var cells = new ReportCell[layout.Count];
            ReportCells.Read(report, cells);
            var wide = new ReportCell[WideColumns.Count];
            for (int i = 0; i < WideColumns.Count; i++)
            {
                wide[i] = layout.TryGetIndex(WideColumns[i], out int index) ? cells[index] : ReportCell.Absent;
            }

            yield return new WideRow(file, report.Agency, report.Year, ((int)report.Format).ToString(CultureInfo.InvariantCulture), wide);
        }
    }

    /// <summary>number, blank or mark.</summary>
    public static string KindName(ReportCell cell) => cell.IsNumber ? "number" : cell.IsMark ? "mark" : "blank";

    private IEnumerable<(string File, GovInfoReport Report, Func<string, string> Provenance)> ReportsRead()
    {
        foreach (CorpusDocument document in CorpusInputs.Enumerate(_paths, _allJsonLines, _console, ReportReadOptions.DefaultMaxDocumentBytes, _filter))
        {
            // The previous document's rows are written by now: count it done.
            _progress?.Update(Reports, Skipped, BytesRead);
            BytesRead += document.Size;
            string file = ValidateCommand.Label(document);
            GovInfoReport? report = null;
            Func<string, string> provenance = _ => "read";
            if (document.IoError is null && document.Refused is null && document.Path is { } path && PublishedReport.IsPublishedReportFile(path))
            {
                byte[]? bytes = InputText.Read(path, _console, out _, document.RawPath);
                if (bytes is not null)
                {
                    ImportResult imported = ReportImporter.Import(bytes);
                    report = imported.Report;
                    provenance = ImportProvenance.Of(imported);
                }
            }
            else if (document.IoError is null && document.Refused is null)
            {
                ReportReadResult? read = document.Bytes is { } bytes ? ReportJson.Read(bytes) : ReportInput.TryRead(document.Path!, _console, out _, document.RawPath);
                report = read?.Report;
            }

            if (report is null)
            {
                Skipped++;
                _console.Error.WriteLine($"govinfo export: {file}: skipped, not a report that can be read (see 'govinfo validate {file}').");
                continue;
            }

            Reports++;
            yield return (file, report, provenance);
        }
    }

    private static IReadOnlyList<string> BuildWideColumns()
    {
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (CellLayout layout in new[] { CellLayout.Format2021, CellLayout.Format2019 })
        {
            foreach (FieldLabel field in layout.Fields)
            {
                if (field.IsCell && seen.Add(field.Pointer))
                {
                    columns.Add(field.Pointer);
                }
            }
        }

        return columns.AsReadOnly();
    }
}

/// <summary>How the importer obtained each cell, as the export names it: read, matched, inferred or unreadable.</summary>
internal static class ImportProvenance
{
    /// <summary>A lookup from a cell pointer to its provenance name.</summary>
    public static Func<string, string> Of(ImportResult imported)
    {
        var unread = new List<string>();
        foreach (Diagnostic diagnostic in imported.Diagnostics)
        {
            if (diagnostic.Location.Pointer is { } pointer && DiagnosticCatalogue.TryGet(diagnostic.Code, out DiagnosticDefinition definition) && definition.LeavesCellsUnread)
            {
                unread.Add(pointer);
            }
        }

        IReadOnlyDictionary<string, CellProvenance> provenance = imported.Provenance;
        return pointer =>
        {
            if (provenance.TryGetValue(pointer, out CellProvenance how))
            {
                return how switch
                {
                    CellProvenance.Read => "read",
                    CellProvenance.MatchedBySimilarity or CellProvenance.MatchedByPosition => "matched",
                    CellProvenance.Inferred => "inferred",
                    _ => "unreadable",
                };
            }

            foreach (string prefix in unread)
            {
                if (prefix.Length == 0 || (pointer.StartsWith(prefix, StringComparison.Ordinal) && (pointer.Length == prefix.Length || pointer[prefix.Length] == '/')))
                {
                    return "unreadable";
                }
            }

            return "read";
        };
    }
}
