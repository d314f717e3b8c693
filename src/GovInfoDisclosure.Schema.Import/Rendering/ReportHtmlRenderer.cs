using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Import.Model;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Rendering;

/// <summary>
/// Renders a report as HTML in the official table layout: the merged cells of formats.md §2.3–§2.5 (§3.3–§3.5 for the
/// legacy layout), Chinese labels from the <see cref="LabelCatalogue"/>, blank cells empty and marks as printed.
/// </summary>
/// <remarks>
/// <see cref="Render"/> writes a whole page: <c>&lt;meta name="govinfo:…"&gt;</c> tags carry the format, agency, year and
/// sign-off date so that <see cref="ReportImporter"/> reads the page back to the same report. Pure; the output is
/// deterministic (invariant culture, <c>\n</c> line ends).
/// </remarks>
public static class ReportHtmlRenderer
{
    /// <summary>Renders the whole report as an HTML page: narrative, section headings and the three tables.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="ReportRenderOptions.Default"/>.</param>
    /// <returns>The HTML text.</returns>
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
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        Meta(html, "format", ((int)report.Format).ToString(CultureInfo.InvariantCulture));
        Meta(html, "agency", report.Agency ?? string.Empty);

        Meta(html, "year", report.Year.ToString(CultureInfo.InvariantCulture));
        Meta(html, "publishedOn", report.PublishedOn?.ToString() ?? string.Empty);

        html.Append("<title>").Append(Escape((report.Agency ?? string.Empty) + report.Year.ToString(CultureInfo.InvariantCulture) + "年政府信息公开工作年度报告"))
            .Append("</title>\n</head>\n<body>\n");
        Paragraphs(html, narrative?.Preamble);
        foreach (SectionLabel section in catalogue.Sections)
        {
            html.Append("<h2>").Append(Escape(section.Chinese)).Append("</h2>\n");
            Paragraphs(html, SectionText(narrative, section.Number));
            if (section.Table is { } table)
            {
                AppendTable(html, catalogue, grid, table, options, null);
            }
        }

        Paragraphs(html, narrative?.Closing);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Renders one table as an HTML <c>&lt;table&gt;</c> element, for embedding in a page.</summary>
    /// <param name="report">The report.</param>
    /// <param name="table">Which table.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="ReportRenderOptions.Default"/>.</param>
    /// <returns>The <c>&lt;table&gt;</c> element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">A required part of the report is <see langword="null"/> (see <see cref="Cells.ReportCells.ThrowIfIncomplete"/>).</exception>
    public static string RenderTable(GovInfoReport report, ReportTable table, ReportRenderOptions? options = null)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var html = new StringBuilder();
        AppendTable(html, LabelCatalogue.For(report.Format), ReportCellView.Of(report), table, options ?? ReportRenderOptions.Default, null);
        return html.ToString();
    }

    internal static string? SectionText(ReportNarrative? narrative, int section) => narrative is null ? null : section switch
    {
        1 => narrative.Overview,
        2 => narrative.ProactiveDisclosure,
        3 => narrative.Applications,
        4 => narrative.ReconsiderationAndLitigation,
        5 => narrative.ProblemsAndImprovements,
        _ => narrative.OtherMatters,
    };

    /// <summary>Appends one table; with <paramref name="marks"/>, every value cell carries its pointer, kind and marks (<see cref="ReportDiagnosticsHtmlRenderer"/>).</summary>
    internal static void AppendTable(StringBuilder html, LabelCatalogue catalogue, ReportCellView grid, ReportTable table, ReportRenderOptions options, CellMarks? marks)
    {
        TableLabel label = catalogue.GetTable(table);
        html.Append("<table class=\"govinfo-table\" data-table=\"").Append(label.Key).Append("\" border=\"1\">\n");
        if (marks is not null)
        {
            html.Append("<caption>").Append(Escape(label.ChineseTitle)).Append(" <span lang=\"en\">").Append(Escape(label.English)).Append("</span></caption>\n");
        }

        html.Append("<tbody>\n");
        switch (table)
        {
            case ReportTable.ProactiveDisclosure:
                Proactive(html, label, grid, marks);
                break;
            case ReportTable.Applications:
                Applications(html, label, grid, options, marks);
                break;
            default:
                Reconsideration(html, label, grid, marks);
                break;
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Proactive(StringBuilder html, TableLabel table, ReportCellView grid, CellMarks? marks)
    {
        foreach ((string caption, List<RowLabel> rows) in TableLayout.ProactiveBlocks(table))
        {
            html.Append("<tr>");
            Cell(html, caption, colspan: 4);
            html.Append("</tr>\n<tr>");
            Cell(html, "信息内容");
            IReadOnlyList<ColumnLabel> columns = rows[0].Columns;
            int[] spans = TableLayout.ProactiveSpans(columns.Count);
            for (int i = 0; i < columns.Count; i++)
            {
                Cell(html, TableLayout.ColumnHeader(columns[i]), colspan: spans[i]);
            }

            html.Append("</tr>\n");
            foreach (RowLabel row in rows)
            {
                html.Append("<tr>");
                Cell(html, row.Chinese);
                for (int i = 0; i < row.Columns.Count; i++)
                {
                    ValueCell(html, grid, ReportPointers.Cell(table, row, row.Columns[i]), marks, colspan: spans[i]);
                }

                html.Append("</tr>\n");
            }
        }
    }

    private static void Applications(StringBuilder html, TableLabel table, ReportCellView grid, ReportRenderOptions options, CellMarks? marks)
    {
        List<ColumnLabel> columns = TableLayout.ApplicationColumns(table, grid, options);
        List<RowLabel> rows = TableLayout.ApplicationRows(table, grid, options);
        int organisations = columns.Count - 2;
        html.Append("<tr>");
        Cell(html, table.HeaderNote ?? string.Empty, colspan: 3, rowspan: 3);
        Cell(html, "申请人情况", colspan: columns.Count);
        html.Append("</tr>\n<tr>");
        Cell(html, columns[0].Chinese, rowspan: 2);
        Cell(html, columns[1].ChineseGroup ?? string.Empty, colspan: organisations);
        Cell(html, columns[columns.Count - 1].Chinese, rowspan: 2);
        html.Append("</tr>\n<tr>");
        for (int i = 1; i <= organisations; i++)
        {
            Cell(html, columns[i].IsOptional ? "小计" : columns[i].Chinese);
        }

        html.Append("</tr>\n");

        for (int r = 0; r < rows.Count; r++)
        {
            RowLabel row = rows[r];
            string[] path = TableLayout.LabelPath(row);
            html.Append("<tr>");
            if (path.Length == 1)
            {
                Cell(html, path[0], colspan: 3);
            }
            else
            {
                if (r == 0 || TableLayout.LabelPath(rows[r - 1])[0] != path[0])
                {
                    Cell(html, path[0], rowspan: CountWhile(rows, r, p => p[0] == path[0]));
                }

                if (path.Length == 2)
                {
                    Cell(html, path[1], colspan: 2);
                }
                else
                {
                    string[] previous = TableLayout.LabelPath(rows[r - 1]);
                    if (previous.Length < 3 || previous[1] != path[1])
                    {
                        Cell(html, path[1], rowspan: CountWhile(rows, r, p => p.Length == 3 && p[1] == path[1]));
                    }

                    Cell(html, path[2]);
                }
            }

            foreach (ColumnLabel column in columns)
            {
                ValueCell(html, grid, ReportPointers.Cell(table, row, column), marks);
            }

            html.Append("</tr>\n");
        }
    }

    private static void Reconsideration(StringBuilder html, TableLabel table, ReportCellView grid, CellMarks? marks)
    {
        IReadOnlyList<RowLabel> rows = table.Rows;
        IReadOnlyList<ColumnLabel> outcomes = rows[0].Columns;
        html.Append("<tr>");
        Cell(html, rows[0].Chinese, colspan: outcomes.Count);
        Cell(html, rows[1].ChinesePath[0], colspan: outcomes.Count * (rows.Count - 1));
        html.Append("</tr>\n<tr>");
        foreach (ColumnLabel column in outcomes)
        {
            Cell(html, column.Chinese, rowspan: 2);
        }

        for (int r = 1; r < rows.Count; r++)
        {
            Cell(html, rows[r].Chinese, colspan: outcomes.Count);
        }

        html.Append("</tr>\n<tr>");
        for (int r = 1; r < rows.Count; r++)
        {
            foreach (ColumnLabel column in outcomes)
            {
                Cell(html, column.Chinese);
            }
        }

        html.Append("</tr>\n<tr>");
        foreach (RowLabel row in rows)
        {
            foreach (ColumnLabel column in row.Columns)
            {
                ValueCell(html, grid, ReportPointers.Cell(table, row, column), marks);
            }
        }

        html.Append("</tr>\n");
    }

    private static int CountWhile(List<RowLabel> rows, int start, Func<string[], bool> predicate)
    {
        int count = 0;
        for (int i = start; i < rows.Count && predicate(TableLayout.LabelPath(rows[i])); i++)
        {
            count++;
        }

        return count;
    }

    private static void ValueCell(StringBuilder html, ReportCellView grid, string pointer, CellMarks? marks, int colspan = 1)
    {
        ReportCell cell = grid[pointer];
        if (marks is null)
        {
            Cell(html, cell.ToString(), colspan);
            return;
        }

        marks.AppendCell(html, pointer, cell, colspan);
    }

    private static void Cell(StringBuilder html, string text, int colspan = 1, int rowspan = 1)
    {
        html.Append("<td");
        if (colspan > 1)
        {
            html.Append(" colspan=\"").Append(colspan.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        if (rowspan > 1)
        {
            html.Append(" rowspan=\"").Append(rowspan.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        html.Append('>').Append(Escape(text)).Append("</td>");
    }

    private static void Meta(StringBuilder html, string name, string content) =>
        html.Append("<meta name=\"govinfo:").Append(name).Append("\" content=\"").Append(Escape(content)).Append("\">\n");

    private static void Paragraphs(StringBuilder html, string? text)
    {
        if (text is null)
        {
            return;
        }

        foreach (string line in text.Split('\n'))
        {
            html.Append("<p>").Append(Escape(line)).Append("</p>\n");
        }
    }

    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
