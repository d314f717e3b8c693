using System.Collections.Generic;
using System.Text;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>
/// Finds the table rows of a page's text as a browser copies it (<c>innerText</c>, select-all and copy) when the cells
/// hold paragraphs (<c>&lt;td&gt;&lt;p&gt;821&lt;/p&gt;&lt;/td&gt;</c>, as most government CMS pages write them): each
/// cell's text on a line of its own, the cells of a row separated by a line holding only a tab, the rows by runs of empty
/// lines. A row is a chain of cells linked by tab lines; a blank cell is printed as a no-break space or as nothing between
/// two tabs, so every cell stays in its column — a row reads like the page's <c>&lt;tr&gt;</c>.
/// </summary>
internal static class TabCellRows
{
    /// <summary>Whether a line holds only a tab (or tabs) and spaces: the boundary between two cells of a row.</summary>
    public static bool IsTabLine(string line)
    {
        bool tab = false;
        foreach (char c in line)
        {
            if (c == '\t')
            {
                tab = true;
            }
            else if (!LabelText.IsSpace(c))
            {
                return false;
            }
        }

        return tab;
    }

    /// <summary>
    /// The rows found, keyed by the index of their first line, and the indexes of every line they consumed; empty when the
    /// text has no tab lines.
    /// </summary>
    public static Dictionary<int, SourceBlock> Find(List<string> lines, HashSet<int> consumed)
    {
        var rows = new Dictionary<int, SourceBlock>();
        int index = 0;
        while (index < lines.Count)
        {
            if (!IsContent(lines[index]))
            {
                index++;
                continue;
            }

            // A chain: content, a gap with tab lines, content, … A gap without a tab line ends it.
            var cells = new List<SourceCell>();
            var lineIndexes = new List<int>();
            int start = index;
            int at = index;
            while (true)
            {
                int end = CellEnd(lines, at);
                cells.Add(new SourceCell(CellText(lines, at, end), at + 1));
                for (int i = at; i < end; i++)
                {
                    lineIndexes.Add(i);
                }

                // The gap to the next content: its tab lines hold the boundaries, and between two tabs on one line a blank
                // cell (a no-break space, or nothing). A tab line ending in a blank cell ends the row unless a tab follows.
                int next = end;
                bool linked = false;
                int blanks = 0;
                while (next < lines.Count && !IsContent(lines[next]))
                {
                    if (IsTabLine(lines[next]))
                    {
                        string[] pieces = lines[next].Split('\t');
                        blanks += pieces.Length - 2;
                        linked = LabelText.Trim(pieces[pieces.Length - 1]).Length == 0 && pieces[pieces.Length - 1].IndexOf('\u00A0') < 0;
                        if (!linked)
                        {
                            blanks++;
                        }
                    }

                    next++;
                }

                for (int i = 0; i < blanks; i++)
                {
                    cells.Add(new SourceCell(string.Empty, end));
                }

                for (int i = end; i < next; i++)
                {
                    lineIndexes.Add(i);
                }

                if (!linked || next >= lines.Count)
                {
                    index = next;
                    break;
                }

                at = next;
            }

            if (cells.Count >= 2)
            {
                var raw = new StringBuilder();
                foreach (SourceCell cell in cells)
                {
                    raw.Append(raw.Length > 0 ? " | " : string.Empty).Append(cell.Text);
                }

                rows[start] = SourceBlock.Row(start + 1, raw.ToString(), cells, isGrid: true);
                consumed.UnionWith(lineIndexes);
            }
        }

        return rows;
    }

    /// <summary>A cell's lines: consecutive content lines (a label broken by <c>&lt;br&gt;</c>), none of them a tab line.</summary>
    private static int CellEnd(List<string> lines, int start)
    {
        int end = start + 1;
        while (end < lines.Count && IsContent(lines[end]) && lines[end].IndexOf('\t') < 0)
        {
            end++;
        }

        return end;
    }

    private static string CellText(List<string> lines, int start, int end)
    {
        var text = new StringBuilder();
        for (int i = start; i < end; i++)
        {
            WideCharacters.AppendJoined(text, LabelText.Trim(lines[i]));
        }

        return text.ToString();
    }

    /// <summary>A line with text: not empty, not only a tab. A no-break space alone is a printed blank cell, so content.</summary>
    private static bool IsContent(string line)
    {
        foreach (char c in line)
        {
            if (c == '\u00A0' || !LabelText.IsSpace(c))
            {
                return !IsTabLine(line);
            }
        }

        return false;
    }
}
