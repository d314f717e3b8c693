using System.Collections.Generic;
using System.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>
/// Grid tables written by a tool that cannot span cells (pandoc's grid tables from HTML with <c>colspan</c>): a header
/// cell over two columns is printed in the first, with an empty cell after it, and the value cells under it are spread
/// over the same columns, one of them empty. Under such a header the columns of each header cell are one column again:
/// <c>信息内容 | 本年新制作数量 | 本年新公开数量 |  | 对外公开总数量</c> over <c>规章 | 13 | 13 |  | 524</c> is read as
/// <c>规章 | 13 | 13 | 524</c>. When a row under the header prints two values under one header cell, no row under it is
/// joined (and those rows stay ambiguous).
/// </summary>
internal static class SpannedColumns
{
    /// <summary>
    /// The rows of one grid table, with the columns spanned by the header above them joined: for each header row, the
    /// value rows of its width under it, until a row of another width or without values — all of them or none (one row
    /// printing two values under one header cell shows the cell spans no columns).
    /// </summary>
    public static void Join(List<SourceBlock> rows)
    {
        for (int r = 0; r < rows.Count; r++)
        {
            if (rows[r].Kind != SourceBlockKind.Row || HeaderSpans(rows[r]) is not { } spans || spans.Count >= rows[r].Cells.Count - 1)
            {
                continue;
            }

            int width = rows[r].Cells.Count;
            int end = r + 1;
            while (end < rows.Count && rows[end].Kind == SourceBlockKind.Row && rows[end].Cells.Count == width && HasValue(rows[end]))
            {
                end++;
            }

            var joined = new List<SourceBlock>(end - r - 1);
            for (int v = r + 1; v < end && Joined(rows[v], spans) is { } row; v++)
            {
                joined.Add(row);
            }

            if (joined.Count == end - r - 1)
            {
                for (int v = 0; v < joined.Count; v++)
                {
                    rows[r + 1 + v] = joined[v];
                }
            }

            r = end - 1;
        }
    }

    /// <summary>
    /// For a header row (a label, then header words and empty cells, the first header word right after the label): the
    /// columns each header word spans, up to the next word; otherwise null.
    /// </summary>
    private static List<(int First, int Last)>? HeaderSpans(SourceBlock row)
    {
        IReadOnlyList<SourceCell> cells = row.Cells;
        if (cells.Count < 3 || cells[0].Parsed.IsValueLike || cells[0].Text.Length == 0 || cells[1].Text.Length == 0)
        {
            return null;
        }

        var spans = new List<(int, int)>();
        int first = 1;
        for (int i = 1; i < cells.Count; i++)
        {
            SourceCell cell = cells[i];
            if (cell.Text.Length == 0)
            {
                continue;
            }

            if (cell.Parsed.IsValueLike)
            {
                return null;
            }

            if (i > 1)
            {
                spans.Add((first, i - 1));
            }

            first = i;
        }

        spans.Add((first, cells.Count - 1));
        return spans;
    }

    private static bool HasValue(SourceBlock row)
    {
        for (int i = 1; i < row.Cells.Count; i++)
        {
            if (row.Cells[i].Parsed.Kind is not Text.CellTextKind.Blank and not Text.CellTextKind.Text)
            {
                return true;
            }
        }

        return false;
    }

    private static SourceBlock? Joined(SourceBlock row, List<(int First, int Last)> spans)
    {
        var cells = new List<SourceCell>(spans.Count + 1) { row.Cells[0] };
        var raw = new StringBuilder(row.Cells[0].Text);
        foreach ((int first, int last) in spans)
        {
            SourceCell? printed = null;
            for (int i = first; i <= last; i++)
            {
                if (row.Cells[i].Text.Length > 0)
                {
                    if (printed is not null)
                    {
                        return null; // two values under one header cell: not a spanned column
                    }

                    printed = row.Cells[i];
                }
            }

            SourceCell cell = printed ?? row.Cells[first];
            cells.Add(cell);
            raw.Append(" | ").Append(cell.Text);
        }

        return SourceBlock.Row(row.Line, raw.ToString(), cells, row.IsGrid, row.TrailingBlanks);
    }
}
