using System.Collections.Generic;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Rendering;

/// <summary>The rows, columns and merged label cells the renderers print, from the catalogue and the cells of a report.</summary>
internal static class TableLayout
{
    public const string ResultsGroup = "三、本年度办理结果";

    /// <summary>The rows of 表二 in blocks, one per 第二十条 item, in catalogue order.</summary>
    public static List<(string Caption, List<RowLabel> Rows)> ProactiveBlocks(TableLabel table)
    {
        var blocks = new List<(string Caption, List<RowLabel> Rows)>();
        foreach (RowLabel row in table.Rows)
        {
            string caption = row.BlockCaption ?? row.ChinesePath[0];
            if (blocks.Count == 0 || blocks[blocks.Count - 1].Caption != caption)
            {
                blocks.Add((caption, new List<RowLabel>()));
            }

            blocks[blocks.Count - 1].Rows.Add(row);
        }

        return blocks;
    }

    /// <summary>The rows of 表三 to print: every official row, plus the subtotal rows the report has (unless official only).</summary>
    public static List<RowLabel> ApplicationRows(TableLabel table, ReportCellView cells, ReportRenderOptions options)
    {
        var rows = new List<RowLabel>();
        foreach (RowLabel row in table.Rows)
        {
            if (!row.IsOptional || (!options.OfficialLayoutOnly && cells.HasRow(table, row)))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>The data columns of 表三 in print order: 自然人, the organisations (then 小计 if printed), 总计.</summary>
    public static List<ColumnLabel> ApplicationColumns(TableLabel table, ReportCellView cells, ReportRenderOptions options)
    {
        var natural = new List<ColumnLabel>();
        var organisations = new List<ColumnLabel>();
        ColumnLabel? subtotal = null;
        ColumnLabel? total = null;
        foreach (ColumnLabel column in table.Rows[0].Columns)
        {
            if (column.IsOptional)
            {
                subtotal = column;
            }
            else if (column.ChineseGroup is not null)
            {
                organisations.Add(column);
            }
            else if (column.Key == "total")
            {
                total = column;
            }
            else
            {
                natural.Add(column);
            }
        }

        var columns = new List<ColumnLabel>(natural);
        columns.AddRange(organisations);
        if (subtotal is not null && cells.HasColumn(table, subtotal.Key) && !options.OfficialLayoutOnly)
        {
            columns.Add(subtotal);
        }

        if (total is not null)
        {
            columns.Add(total);
        }

        return columns;
    }

    /// <summary>The label path of a 表三 row as printed: up to three label columns (L1 result group, L2 group, L3 leaf).</summary>
    public static string[] LabelPath(RowLabel row)
    {
        IReadOnlyList<string> path = row.ChinesePath;
        return path.Count switch
        {
            1 => new[] { path[0] },
            2 => new[] { path[0], path[1] },
            _ => new[] { path[0], path[1], path[2] },
        };
    }

    /// <summary>The header text of a 表二 column: a money column prints its unit (采购总金额(单位:万元)), so the amount reads back unambiguously.</summary>
    public static string ColumnHeader(ColumnLabel column)
    {
        if (column.ValueKind == FieldValueKind.Amount && column.Chinese.IndexOf("万元", System.StringComparison.Ordinal) < 0)
        {
            foreach (string variant in column.Variants)
            {
                if (variant.IndexOf("万元", System.StringComparison.Ordinal) >= 0)
                {
                    return variant;
                }
            }
        }

        return column.Chinese;
    }

    /// <summary>The column spans of a 表二 block of <paramref name="count"/> columns in the 3 data columns of the table.</summary>
    public static int[] ProactiveSpans(int count) => count switch
    {
        1 => new[] { 3 },
        2 => new[] { 1, 2 },
        _ => new[] { 1, 1, 1 },
    };
}
