using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Sources;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>
/// Groups the blocks of one table into <see cref="RawRow"/>s. A whole row block is one row. Fragments (one cell per
/// line) are joined: labels accumulate until values follow, and a label after values starts the next row. Boundaries
/// always end a row. Nothing here looks at positions: which column a value belongs to is decided later, and only when
/// the number of values equals the number of columns.
/// </summary>
internal static class RowAssembler
{
    public static List<RawRow> Assemble(IReadOnlyList<SourceBlock> blocks)
    {
        var rows = new List<RawRow>();
        RawRow? current = null;
        int blankLinesAtEnd = 0;
        void Flush()
        {
            // The lone "|" lines after the row's last printed cell: its blank cells, or one of them the run of pipes that
            // closes a row narrower than the table; kept apart and decided by the number of columns (TableInterpreter.Align).
            if (current is not null && blankLinesAtEnd > 0)
            {
                current.Values.RemoveRange(current.Values.Count - blankLinesAtEnd, blankLinesAtEnd);
                current.TrailingBlankLines = blankLinesAtEnd;
            }

            blankLinesAtEnd = 0;
            if (current is not null && (current.Labels.Count > 0 || current.Values.Count > 0))
            {
                rows.Add(current);
            }

            current = null;
        }

        foreach (SourceBlock block in blocks)
        {
            switch (block.Kind)
            {
                case SourceBlockKind.Boundary:
                    Flush();
                    break;

                case SourceBlockKind.Row:
                    Flush();
                    rows.Add(FromRow(block));
                    break;

                case SourceBlockKind.Fragment:
                    SourceCell cell = block.Cells[0];
                    if (cell.Parsed.IsValueLike)
                    {
                        current ??= new RawRow();
                        current.Values.Add(cell);
                        blankLinesAtEnd = block.IsBlankCellLine ? blankLinesAtEnd + 1 : 0;
                    }
                    else
                    {
                        if (current is not null && current.Values.Count > 0)
                        {
                            Flush();
                        }

                        current ??= new RawRow();
                        current.Labels.Add(cell);
                    }

                    break;

                default:
                    break;
            }
        }

        Flush();
        LearnGridLabelColumns(rows);
        return rows;
    }

    /// <summary>
    /// Sets <see cref="RawRow.GridLabelColumns"/> on the grid rows: for each width, the furthest position at which a row
    /// holding a number starts its values (a row with a label in every label column shows where the values begin).
    /// </summary>
    private static void LearnGridLabelColumns(List<RawRow> rows)
    {
        Dictionary<int, int>? labelColumns = null;
        foreach (RawRow row in rows)
        {
            if (row.GridWidth > 0 && !row.ValueBeforeLabel && HasNumber(row))
            {
                labelColumns ??= new Dictionary<int, int>();
                labelColumns[row.GridWidth] = labelColumns.TryGetValue(row.GridWidth, out int known) && known > row.GridValueStart ? known : row.GridValueStart;
            }
        }

        if (labelColumns is null)
        {
            return;
        }

        foreach (RawRow row in rows)
        {
            if (row.GridWidth > 0 && labelColumns.TryGetValue(row.GridWidth, out int columns))
            {
                row.GridLabelColumns = columns;
            }
        }
    }

    private static bool HasNumber(RawRow row)
    {
        foreach (SourceCell cell in row.Values)
        {
            if (cell.Parsed.Kind == CellTextKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    private static RawRow FromRow(SourceBlock block)
    {
        var row = new RawRow { IsGrid = block.IsGrid, TrailingBlanks = block.TrailingBlanks };
        int lastLabel = -1;
        for (int i = 0; i < block.Cells.Count; i++)
        {
            if (!block.Cells[i].Parsed.IsValueLike)
            {
                lastLabel = i;
            }
        }

        for (int i = 0; i <= lastLabel; i++)
        {
            ParsedCell parsed = block.Cells[i].Parsed;
            if (parsed.Kind == CellTextKind.Text)
            {
                // A label repeated in adjacent cells is one merged cell expanded by a converter.
                if (row.Labels.Count == 0 || !string.Equals(LabelText.Normalize(row.Labels[row.Labels.Count - 1].Text), LabelText.Normalize(block.Cells[i].Text), System.StringComparison.Ordinal))
                {
                    row.Labels.Add(block.Cells[i]);
                }
            }
            else if (parsed.Kind != CellTextKind.Blank)
            {
                // A number or a mark among the labels: a value printed before a label.
                row.ValueBeforeLabel = true;
                row.Values.Add(block.Cells[i]);
            }
        }

        for (int i = lastLabel + 1; i < block.Cells.Count; i++)
        {
            row.Values.Add(block.Cells[i]);
        }

        if (block.IsGrid)
        {
            row.GridWidth = block.Cells.Count;
            row.GridValueStart = lastLabel + 1;
        }

        return row;
    }
}
