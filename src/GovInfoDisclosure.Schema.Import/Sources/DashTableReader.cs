using System.Collections.Generic;
using System.Text;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>
/// Reads a table as pandoc's Markdown prints one it cannot draw with pipes (<c>pandoc -f html -t markdown</c> of a page
/// whose tables merge cells): a line of dash runs, one run per column (<c>---- ------ ---</c>), the rows below, and a
/// closing dash line. The runs give each column's place in terminal columns (pandoc counts a CJK character as two), so
/// every cell — a blank one too — is read from its column, as the page's <c>&lt;tr&gt;</c> holds it; a merged cell is
/// printed in its first row and left blank below, as label placeholders. Rows separated by blank lines (a multiline
/// table) join their lines cell by cell.
/// </summary>
internal static class DashTableReader
{
    /// <summary>The most lines a table is looked through for its closing dash line.</summary>
    private const int MaxTableLines = 2000;

    /// <summary>Whether a line is a row of two or more dash runs, and nothing else (the column line of such a table).</summary>
    public static bool IsColumnLine(string line) => Runs(line) is { Count: >= 2 };

    /// <summary>
    /// Reads the table whose column line is <paramref name="lines"/>[<paramref name="start"/>] into
    /// <paramref name="blocks"/> and returns the index after its closing dash line; <paramref name="start"/> (nothing
    /// added) when no closing line follows.
    /// </summary>
    public static int Read(List<string> lines, int start, List<SourceBlock> blocks)
    {
        List<(int From, int To)>? columns = Runs(lines[start]);
        if (columns is null)
        {
            return start;
        }

        int end = -1;
        bool blankInside = false;
        for (int i = start + 1; i < lines.Count && i <= start + MaxTableLines; i++)
        {
            if (IsDashLine(lines[i]))
            {
                end = i;
                break;
            }

            blankInside |= LabelText.Trim(lines[i]).Length == 0;
        }

        if (end < 0)
        {
            return start;
        }

        var group = new List<int>();
        for (int i = start + 1; i <= end; i++)
        {
            bool blank = i == end || LabelText.Trim(lines[i]).Length == 0;
            if (!blank)
            {
                group.Add(i);
            }

            // A multiline table ends a row at a blank line; a simple one has a row per line.
            if (group.Count > 0 && (blank || !blankInside))
            {
                blocks.Add(RowOf(lines, group, columns));
                group.Clear();
            }
        }

        blocks.Add(SourceBlock.Boundary(end + 1));
        return end + 1;
    }

    private static SourceBlock RowOf(List<string> lines, List<int> group, List<(int From, int To)> columns)
    {
        var texts = new StringBuilder[columns.Count];
        for (int c = 0; c < texts.Length; c++)
        {
            texts[c] = new StringBuilder();
        }

        foreach (int index in group)
        {
            string line = lines[index];
            var pieces = new StringBuilder[columns.Count];
            int display = 0;
            foreach (char ch in line)
            {
                int column = ColumnAt(columns, display);
                (pieces[column] ??= new StringBuilder()).Append(ch);
                display += WideCharacters.DisplayWidth(ch);
            }

            for (int c = 0; c < columns.Count; c++)
            {
                if (pieces[c] is { } piece)
                {
                    WideCharacters.AppendJoined(texts[c], LabelText.Trim(piece.ToString()));
                }
            }
        }

        var cells = new List<SourceCell>(columns.Count);
        var raw = new StringBuilder();
        foreach (StringBuilder text in texts)
        {
            cells.Add(new SourceCell(text.ToString(), group[0] + 1));
            raw.Append(raw.Length > 0 ? " | " : string.Empty).Append(text);
        }

        return SourceBlock.Row(group[0] + 1, raw.ToString(), cells, isGrid: true);
    }

    /// <summary>The column a display position belongs to: from its run's start up to the next run's start.</summary>
    private static int ColumnAt(List<(int From, int To)> columns, int display)
    {
        for (int c = columns.Count - 1; c > 0; c--)
        {
            if (display >= columns[c].From)
            {
                return c;
            }
        }

        return 0;
    }

    /// <summary>Whether a line is dashes only (spaces between runs allowed): a column line or a table's closing line.</summary>
    private static bool IsDashLine(string line)
    {
        bool dash = false;
        foreach (char c in line)
        {
            if (c == '-')
            {
                dash = true;
            }
            else if (c != ' ')
            {
                return false;
            }
        }

        return dash;
    }

    /// <summary>The dash runs of a line of dashes and single spaces, in display columns, or null.</summary>
    private static List<(int From, int To)>? Runs(string line)
    {
        if (!IsDashLine(line))
        {
            return null;
        }

        var runs = new List<(int From, int To)>();
        int i = 0;
        while (i < line.Length)
        {
            if (line[i] != '-')
            {
                i++;
                continue;
            }

            int from = i;
            while (i < line.Length && line[i] == '-')
            {
                i++;
            }

            if (i - from < 3)
            {
                return null;
            }

            runs.Add((from, i - 1));
        }

        return runs.Count >= 2 ? runs : null;
    }
}
