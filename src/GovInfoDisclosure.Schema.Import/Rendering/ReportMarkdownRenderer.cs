using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovInfoDisclosure.Schema.Import.Model;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Rendering;

/// <summary>
/// Renders a report as Markdown: front matter with the format, agency, year and sign-off date; the narrative as
/// paragraphs; the tables as pipe tables. Markdown has no merged cells, so a merged label is repeated in each cell it
/// covers (as converters print it), and 表二 is one small table per 第二十条 item so that no value cell is ever merged.
/// </summary>
/// <remarks>Pure; deterministic output (invariant culture, <c>\n</c> line ends). <see cref="ReportImporter"/> reads it back to the same report.</remarks>
public static class ReportMarkdownRenderer
{
    /// <summary>Renders the whole report as Markdown.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="ReportRenderOptions.Default"/>.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">A required part of the report is <see langword="null"/> (see <see cref="Cells.ReportCells.ThrowIfIncomplete"/>).</exception>
    public static string Render(GovInfoReport report, ReportRenderOptions? options = null)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        options ??= ReportRenderOptions.Default;
        LabelCatalogue catalogue = LabelCatalogue.For(report.Format);
        ReportCellView grid = ReportCellView.Of(report);
        ReportNarrative? narrative = options.IncludeNarrative ? report.Narrative : null;
        var md = new StringBuilder();
        md.Append("---\n");
        md.Append("format: \"").Append(((int)report.Format).ToString(CultureInfo.InvariantCulture)).Append("\"\n");
        md.Append("agency: ").Append(Quote(report.Agency ?? string.Empty)).Append('\n');

        md.Append("year: ").Append(report.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        md.Append("publishedOn: ").Append(Quote(report.PublishedOn?.ToString() ?? string.Empty)).Append('\n');

        md.Append("---\n\n");
        Paragraphs(md, narrative?.Preamble);
        foreach (SectionLabel section in catalogue.Sections)
        {
            md.Append("## ").Append(section.Chinese).Append("\n\n");
            Paragraphs(md, ReportHtmlRenderer.SectionText(narrative, section.Number));
            if (section.Table is { } table)
            {
                AppendTable(md, catalogue, grid, table, options);
            }
        }

        Paragraphs(md, narrative?.Closing);
        return md.ToString();
    }

    /// <summary>Renders one table as Markdown pipe table(s).</summary>
    /// <param name="report">The report.</param>
    /// <param name="table">Which table.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="ReportRenderOptions.Default"/>.</param>
    /// <returns>The Markdown text of the table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">A required part of the report is <see langword="null"/> (see <see cref="Cells.ReportCells.ThrowIfIncomplete"/>).</exception>
    public static string RenderTable(GovInfoReport report, ReportTable table, ReportRenderOptions? options = null)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var md = new StringBuilder();
        AppendTable(md, LabelCatalogue.For(report.Format), ReportCellView.Of(report), table, options ?? ReportRenderOptions.Default);
        return md.ToString();
    }

    private static void AppendTable(StringBuilder md, LabelCatalogue catalogue, ReportCellView grid, ReportTable table, ReportRenderOptions options)
    {
        TableLabel label = catalogue.GetTable(table);
        switch (table)
        {
            case ReportTable.ProactiveDisclosure:
                foreach ((string caption, List<RowLabel> rows) in TableLayout.ProactiveBlocks(label))
                {
                    IReadOnlyList<ColumnLabel> columns = rows[0].Columns;
                    var header = new List<string> { caption };
                    var names = new List<string> { "信息内容" };
                    foreach (ColumnLabel column in columns)
                    {
                        header.Add(caption);
                        names.Add(TableLayout.ColumnHeader(column));
                    }

                    Row(md, header);
                    Separator(md, header.Count);
                    Row(md, names);
                    foreach (RowLabel row in rows)
                    {
                        var cells = new List<string> { row.Chinese };
                        foreach (ColumnLabel column in row.Columns)
                        {
                            cells.Add(grid[ReportPointers.Cell(label, row, column)].ToString());
                        }

                        Row(md, cells);
                    }

                    md.Append('\n');
                }

                break;

            case ReportTable.Applications:
                List<ColumnLabel> dataColumns = TableLayout.ApplicationColumns(label, grid, options);
                var head = new List<string> { label.HeaderNote ?? string.Empty, label.HeaderNote ?? string.Empty, label.HeaderNote ?? string.Empty };
                foreach (ColumnLabel column in dataColumns)
                {
                    head.Add(column.Chinese);
                }

                Row(md, head);
                Separator(md, head.Count);
                foreach (RowLabel row in TableLayout.ApplicationRows(label, grid, options))
                {
                    string[] path = TableLayout.LabelPath(row);
                    var cells = new List<string>
                    {
                        path[0],
                        path.Length > 1 ? path[1] : path[0],
                        path[path.Length - 1],
                    };
                    foreach (ColumnLabel column in dataColumns)
                    {
                        cells.Add(grid[ReportPointers.Cell(label, row, column)].ToString());
                    }

                    Row(md, cells);
                }

                md.Append('\n');
                break;

            default:
                IReadOnlyList<RowLabel> kinds = label.Rows;
                IReadOnlyList<ColumnLabel> outcomes = kinds[0].Columns;
                var top = new List<string>();
                var middle = new List<string>();
                var bottom = new List<string>();
                var values = new List<string>();
                for (int r = 0; r < kinds.Count; r++)
                {
                    foreach (ColumnLabel column in outcomes)
                    {
                        top.Add(kinds[r].ChinesePath[0]);
                        middle.Add(r == 0 ? column.Chinese : kinds[r].Chinese);
                        bottom.Add(column.Chinese);
                        values.Add(grid[ReportPointers.Cell(label, kinds[r], column)].ToString());
                    }
                }

                Row(md, top);
                Separator(md, top.Count);
                Row(md, middle);
                Row(md, bottom);
                Row(md, values);
                md.Append('\n');
                break;
        }
    }

    private static void Row(StringBuilder md, List<string> cells)
    {
        md.Append('|');
        foreach (string cell in cells)
        {
            md.Append(' ').Append(EscapeCell(cell)).Append(" |");
        }

        md.Append('\n');
    }

    private static void Separator(StringBuilder md, int count)
    {
        md.Append('|');
        for (int i = 0; i < count; i++)
        {
            md.Append(" --- |");
        }

        md.Append('\n');
    }

    private static void Paragraphs(StringBuilder md, string? text)
    {
        if (text is null)
        {
            return;
        }

        foreach (string line in text.Split('\n'))
        {
            md.Append(EscapeLine(line)).Append("\n\n");
        }
    }

    /// <summary>Escapes a narrative line: backslashes, emphasis marks, and a leading character Markdown would take as syntax.</summary>
    internal static string EscapeLine(string line)
    {
        var escaped = new StringBuilder(line.Length + 4);
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            bool leading = escaped.Length == 0;
            if (c is '\\' or '*' or '_' or '`' or '|' || (leading && c is '#' or '>' or '-' or '+' or '=' or '~' or '[' or '<' or '!'))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string EscapeCell(string cell) => cell.Replace("\\", "\\\\").Replace("|", "\\|");

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
