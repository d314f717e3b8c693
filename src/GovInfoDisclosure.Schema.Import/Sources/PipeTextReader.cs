using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Structure;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>
/// Reads text scraped from web pages, where tables are flattened into <c>|</c>-separated cells, in either style of
/// formats.md §6.2: a table row per line (<c>label | v | v | … ||</c>) or one cell per line (<c>v |</c>) with bare
/// <c>|</c> lines between rows. In the second style a lone <c>|</c> right after a cell line is a blank cell of the row
/// (some sites print a blank cell so, and close narrower rows with a run of pipes); the row's lone <c>|</c> after its
/// last printed cell are kept apart as possible blanks (<see cref="Tables.RawRow.TrailingBlankLines"/>). Leading empty cells are merge artefacts and are dropped; empty cells between two printed
/// cells are blank cells. Trailing empty cells are kept on the row as possible blanks: they are the row's printed blank
/// cells when, with them, the row has exactly the official number of cells (<c>label | 3 |  |  |  |  |  |  |</c>), and
/// merge artefacts otherwise (decided by the table interpreter, which knows the number of columns). Tables drawn with
/// box-drawing characters (<c>w3m -dump</c> of a page) are read by <see cref="BoxTableReader"/> as grids, and a browser's
/// copy of a page whose cells hold paragraphs (a cell per line, tab lines between them) by <see cref="TabCellRows"/>.
/// </summary>
internal static class PipeTextReader
{
    /// <summary>The longest line taken for a row label before cells printed one per line.</summary>
    private const int MaxCellLabelLength = 60;

    /// <summary>The longest line taken for a value cell printed on a line of its own (a count, an amount, a mark).</summary>
    private const int MaxCellValueLength = 20;

    public static SourceDocument Read(string text) => Read(text, null);

    /// <summary>Reads <paramref name="text"/>, whose lines the caller may have split already (<see cref="TextLines.Split"/>).</summary>
    public static SourceDocument Read(string text, List<string>? lines)
    {
        lines ??= TextLines.Split(text);
        var blocks = new List<SourceBlock>(lines.Count);
        var diagnostics = new DiagnosticBag();

        // A browser's copy of a page whose cells hold paragraphs: one cell per line, tab lines between the cells of a row.
        HashSet<int>? consumed = null;
        Dictionary<int, SourceBlock>? tabRows = null;
        if (text.IndexOf('\t') >= 0)
        {
            consumed = new HashSet<int>();
            tabRows = TabCellRows.Find(lines, consumed);
        }

        bool? rowMarks = null;
        bool? emptyCells = null;
        for (int index = 0; index < lines.Count; index++)
        {
            int lineNumber = index + 1;
            string line = lines[index];
            if (tabRows is not null && tabRows.TryGetValue(index, out SourceBlock? tabRow))
            {
                blocks.Add(tabRow);
                continue;
            }

            if (consumed is not null && consumed.Contains(index))
            {
                continue;
            }
            if (BoxTableReader.IsTopEdge(line) && BoxTableReader.Read(lines, index, blocks) is int after && after > index)
            {
                index = after - 1;
                continue;
            }

            if (DashTableReader.IsColumnLine(line) && DashTableReader.Read(lines, index, blocks) is int afterDashes && afterDashes > index)
            {
                index = afterDashes - 1;
                continue;
            }

            if (line.IndexOf('|') < 0 && line.IndexOf('\uFF5C') < 0)
            {
                if (CellLinesAfter(lines, index, emptyCells ??= EmptyLinesAreCells(lines)) is int end)
                {
                    // A word processor's text export of a table: a cell per line, a blank cell as an empty line.
                    blocks.Add(SourceBlock.Fragment(lineNumber, LabelText.Trim(line), new SourceCell(LabelText.Trim(line), lineNumber)));
                    for (int cell = index + 1; cell < end; cell++)
                    {
                        string value = LabelText.Trim(lines[cell]);
                        blocks.Add(value.Length == 0 ? SourceBlock.BlankCellLine(cell + 1) : SourceBlock.Fragment(cell + 1, value, new SourceCell(value, cell + 1)));
                    }

                    blocks.Add(SourceBlock.Boundary(end));
                    index = end - 1;
                    continue;
                }

                if (RunTogetherBody.TryRead(line, lineNumber, blocks, diagnostics))
                {
                    continue;
                }

                string trimmed = LabelText.Trim(line);
                if (trimmed.Length > 0)
                {
                    blocks.Add(SourceBlock.TextLine(lineNumber, trimmed));
                }

                continue;
            }

            SourceBlock cells = ReadCells(line, lineNumber);

            // One cell per line: a lone "|" after a cell of the row (or after another such "|") is a blank cell printed as
            // nothing ("一、本年新收… |", six lone "|", "0 |"); after a run of pipes, prose or at the start it marks a row.
            // Where a lone "|" also follows the run of pipes that closes a row, it opens every row: before a label it is that mark.
            if (cells.Kind == SourceBlockKind.Boundary && IsLonePipe(line) && blocks.Count > 0 && blocks[blocks.Count - 1].Kind == SourceBlockKind.Fragment
                && blocks[blocks.Count - 1].Line == lineNumber - 1
                && !((rowMarks ??= OpensRowsWithLonePipe(lines)) && index + 1 < lines.Count && StartsRow(lines[index + 1])))
            {
                cells = SourceBlock.BlankCellLine(lineNumber);
            }

            blocks.Add(cells);
        }

        return new SourceDocument(ImportSourceKind.PlainText, blocks, diagnostics: diagnostics.Items);
    }

    /// <summary>
    /// For a short label line followed by lines that are each one value or empty — at least one value — and then by a
    /// line of text: the index of that line (the end of the row's cells); otherwise null. A word processor's text export
    /// of a table (LibreOffice's, docx2txt's) prints a cell per line and a blank cell as an empty line:
    /// <c>一、本年新收政府信息公开申请数量</c>, <c>11</c>, <c>5</c>, four empty lines, <c>16</c>.
    /// </summary>
    private static int? CellLinesAfter(List<string> lines, int index, bool emptyCells)
    {
        // The next line first: most text lines are followed by another line of text, ruled out before the label is parsed.
        if (index + 1 >= lines.Count || lines[index + 1].IndexOf('|') >= 0 || !StartsCells(lines[index + 1]) || !IsCellLabel(lines[index]))
        {
            return null;
        }

        bool number = false;
        int empty = 0;
        int end = index + 1;
        for (; end < lines.Count; end++)
        {
            string cell = LabelText.Trim(lines[end]);
            if (cell.Length == 0)
            {
                empty++;
                continue;
            }

            if (!IsCellValue(cell))
            {
                break;
            }

            number |= CellText.Parse(cell).Kind == CellTextKind.Number;
        }

        // Empty lines are cells only where the text prints its cells on consecutive lines; where it separates every cell
        // by an empty line (Lynx drops blank cells and spaces the rest), their number says nothing.
        return number && end < lines.Count && (empty == 0 || emptyCells) ? end : null;
    }

    /// <summary>Whether a line after a label can be its first cell: empty, or one short word that is a value.</summary>
    private static bool StartsCells(string line)
    {
        string cell = LabelText.Trim(line);
        return cell.Length == 0 || (cell.Length <= MaxCellValueLength && IsCellValue(cell));
    }

    private static bool IsCellLabel(string line)
    {
        string label = LabelText.Trim(line);
        return label.Length > 0 && label.Length <= MaxCellLabelLength && label.IndexOf('\u3002') < 0 && label.IndexOf('|') < 0
            && !CellText.Parse(label).IsValueLike && !SectionHeadings.TryMatch(label, 0, out _, out _, out _);
    }

    private static bool IsCellValue(string cell) => cell.IndexOf(' ') < 0 && cell.IndexOf('|') < 0 && CellText.Parse(cell).IsValueLike;

    /// <summary>
    /// Whether the text prints its cells on consecutive lines — a value line right after another more often than after
    /// one empty line — so that an empty line among them is a blank cell. Text that spaces every cell by an empty line
    /// (Lynx's dump, which drops blank cells) never prints two value lines in a row.
    /// </summary>
    private static bool EmptyLinesAreCells(List<string> lines)
    {
        int consecutive = 0;
        int spaced = 0;
        for (int i = 1; i < lines.Count; i++)
        {
            string line = LabelText.Trim(lines[i]);
            if (line.Length == 0 || !IsCellValue(line))
            {
                continue;
            }

            string before = LabelText.Trim(lines[i - 1]);
            if (before.Length > 0)
            {
                consecutive += IsCellValue(before) ? 1 : 0;
            }
            else if (i >= 2 && LabelText.Trim(lines[i - 2]) is { Length: > 0 } twoBefore && IsCellValue(twoBefore))
            {
                spaced++;
            }
        }

        return consecutive > spaced;
    }

    /// <summary>Whether some lone <c>|</c> line follows a line of two or more pipes alone: the text opens each row with a lone <c>|</c>.</summary>
    private static bool OpensRowsWithLonePipe(List<string> lines)
    {
        for (int i = 1; i < lines.Count; i++)
        {
            if (IsLonePipe(lines[i]) && PipeCount(lines[i - 1]) >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line is one cell ending in <c>|</c> whose text is a label, not a value.</summary>
    private static bool StartsRow(string line)
    {
        SourceBlock next = ReadCells(line, 0);
        return next.Kind == SourceBlockKind.Fragment && !next.Cells[0].Parsed.IsValueLike;
    }

    /// <summary>The number of pipes of a line of pipes and spaces only, or 0 when it holds anything else.</summary>
    private static int PipeCount(string line)
    {
        int pipes = 0;
        foreach (char c in line)
        {
            if (c == '|' || c == '\uFF5C')
            {
                pipes++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return 0;
            }
        }

        return pipes;
    }

    /// <summary>Whether the line is a single <c>|</c> (ASCII or full-width) and spaces.</summary>
    private static bool IsLonePipe(string line) => PipeCount(line) == 1;

    /// <summary>Splits one line on <c>|</c> (ASCII or full-width) into a row, a fragment or a boundary.</summary>
    public static SourceBlock ReadCells(string line, int lineNumber)
    {
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] == '|' || line[i] == '\uFF5C')
            {
                parts.Add(LabelText.Trim(line.Substring(start, i - start)));
                start = i + 1;
            }
        }

        int first = 0;
        while (first < parts.Count && parts[first].Length == 0)
        {
            first++;
        }

        int last = parts.Count - 1;
        while (last >= first && parts[last].Length == 0)
        {
            last--;
        }

        if (first > last)
        {
            return SourceBlock.Boundary(lineNumber);
        }

        string raw = LabelText.Trim(line);
        if (first == last)
        {
            return SourceBlock.Fragment(lineNumber, raw, new SourceCell(parts[first], lineNumber));
        }

        var cells = new List<SourceCell>(parts.Count - first);
        for (int i = first; i <= last; i++)
        {
            cells.Add(new SourceCell(parts[i], lineNumber));
        }

        // The empty parts after the last printed cell, but not the one after a closing "|" (the row's terminator).
        int trailing = parts.Count - 1 - last;
        if (trailing > 0 && parts[parts.Count - 1].Length == 0)
        {
            trailing--;
        }

        return SourceBlock.Row(lineNumber, raw, cells, isGrid: false, trailingBlanks: trailing);
    }
}
