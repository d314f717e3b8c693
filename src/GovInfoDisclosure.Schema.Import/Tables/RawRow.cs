using System.Collections.Generic;
using System.Text;
using GovInfoDisclosure.Schema.Import.Sources;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>A row as printed: its label cells (group labels, then the row's own label) and the value cells after them.</summary>
internal sealed class RawRow
{
    public List<SourceCell> Labels { get; } = new();

    public List<SourceCell> Values { get; } = new();

    /// <summary>Whether the row came from a real grid, where trailing blank cells are columns (see <see cref="SourceBlock.IsGrid"/>).</summary>
    public bool IsGrid { get; set; }

    /// <summary>
    /// Flattened text only: the empty cells printed after the last value (<see cref="SourceBlock.TrailingBlanks"/>), used
    /// as blank cells only when they complete the row to exactly the number of columns.
    /// </summary>
    public int TrailingBlanks { get; set; }

    /// <summary>
    /// One cell per line: the lone <c>|</c> lines after the row's last printed cell (<see cref="SourceBlock.BlankCellLine"/>),
    /// not in <see cref="Values"/>. They are the row's blank cells when they complete it to its columns, or all but one
    /// of them when the last is the run of pipes that closes a row narrower than the table.
    /// </summary>
    public int TrailingBlankLines { get; set; }

    /// <summary>Grid rows only: the number of cells of the row as printed, label and filler cells included (0 otherwise).</summary>
    public int GridWidth { get; set; }

    /// <summary>Grid rows only: the position in the printed row of the first value cell (after the last label).</summary>
    public int GridValueStart { get; set; }

    /// <summary>
    /// Grid rows only: the number of label columns of the grid, learnt from its rows of the same width that hold a number
    /// (the furthest any of them starts its values), or 0 when unknown. It places the values of a row whose blank filler
    /// cells could otherwise be read as leading or trailing.
    /// </summary>
    public int GridLabelColumns { get; set; }

    /// <summary>Whether a value was printed before a label in the same row, which no layout does: the row cannot be read.</summary>
    public bool ValueBeforeLabel { get; set; }

    /// <summary>Whether every value cell is blank: in a grid, a label row's empty filler cells.</summary>
    public bool AllValuesBlank
    {
        get
        {
            foreach (SourceCell cell in Values)
            {
                if (cell.Parsed.Kind != GovInfoDisclosure.Schema.Import.Text.CellTextKind.Blank)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Whether the value cells are only the blank fillers of a label row in a grid (a caption or header row).</summary>
    public bool IsBlankFiller => IsGrid && Values.Count > 0 && AllValuesBlank;

    public int Line => Labels.Count > 0 ? Labels[0].Line : Values.Count > 0 ? Values[0].Line : 0;

    /// <summary>The line of the row's own label, or of its first value.</summary>
    public int LabelLine => Labels.Count > 0 ? Labels[Labels.Count - 1].Line : Line;

    public string RawText
    {
        get
        {
            var text = new StringBuilder();
            foreach (SourceCell cell in Labels)
            {
                Append(text, cell.Text);
            }

            foreach (SourceCell cell in Values)
            {
                Append(text, cell.Text);
            }

            return text.ToString();
        }
    }

    public override string ToString() => RawText;

    private static void Append(StringBuilder text, string cell)
    {
        if (text.Length > 0)
        {
            text.Append(" | ");
        }

        text.Append(cell);
    }
}
