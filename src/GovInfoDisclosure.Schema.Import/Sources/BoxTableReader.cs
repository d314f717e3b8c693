using System;
using System.Collections.Generic;
using System.Text;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>
/// Reads a table drawn with box-drawing characters, as text browsers print a web page's bordered tables
/// (<c>w3m -dump</c>: <c>┌──┬──┐</c>, <c>│ a │ b │</c>, <c>├──┼──┤</c>; and the ASCII form <c>+--+--+</c>, <c>| a | b |</c>).
/// The drawing keeps what flattened text loses: every blank cell is an empty box, and a merged cell is one box over
/// several rows or columns. Each box is found as a connected area of the drawing (columns counted as a terminal
/// counts them, a CJK character taking two), its text is the box's lines joined, and the boxes become the rows a
/// <c>&lt;table&gt;</c> would give: a row per top edge, a merged cell in the first row it covers, blank boxes as blank
/// cells — so the table is read exactly like the page's HTML.
/// </summary>
internal static class BoxTableReader
{
    /// <summary>Whether <paramref name="line"/> is the top edge of a drawn table: <c>┌───┬</c> or <c>+---+</c>.</summary>
    public static bool IsTopEdge(string line)
    {
        int i = 0;
        while (i < line.Length && LabelText.IsSpace(line[i]))
        {
            i++;
        }

        if (i + 2 >= line.Length)
        {
            return false;
        }

        char c = line[i];
        char next = line[i + 1];
        return c is '┌' or '┏' or '╔' or '╒' or '╓' ? IsHorizontal(next)
            : c == '+' && next is '-' or '=' && line[i + 2] is '-' or '=' or '+';
    }

    /// <summary>
    /// Reads the table whose top edge is <paramref name="lines"/>[<paramref name="start"/>] into <paramref name="blocks"/>
    /// and returns the index of the first line after it; returns <paramref name="start"/> (and adds nothing) when the
    /// lines are not a closed drawing.
    /// </summary>
    public static int Read(List<string> lines, int start, List<SourceBlock> blocks)
    {
        bool ascii = LabelText.Trim(lines[start])[0] == '+';
        int end = start + 1;
        while (end < lines.Count && IsTableLine(lines[end], ascii))
        {
            end++;
        }

        if (end - start < 3)
        {
            return start;
        }

        // A drawing whose columns do not line up (a tool that counted a CJK character as one column) has boxes that are
        // not rectangles: it is left to the reader of flattened text, which reads its rows line by line.
        Drawing drawing = Drawing.Of(lines, start, end, ascii);
        List<Box>? boxes = drawing.Boxes();
        if (boxes is null || boxes.Count == 0)
        {
            return start;
        }

        boxes.Sort(static (a, b) => a.Top != b.Top ? a.Top.CompareTo(b.Top) : a.Left.CompareTo(b.Left));
        var rows = new List<SourceBlock>();
        for (int i = 0; i < boxes.Count;)
        {
            int top = boxes[i].Top;
            var cells = new List<SourceCell>();
            var raw = new StringBuilder();
            for (; i < boxes.Count && boxes[i].Top == top; i++)
            {
                cells.Add(new SourceCell(boxes[i].Text, start + boxes[i].TextLine + 1));
                raw.Append(raw.Length > 0 ? " | " : string.Empty).Append(boxes[i].Text);
            }

            rows.Add(SourceBlock.Row(start + top + 1, raw.ToString(), cells, isGrid: true));
        }

        SpannedColumns.Join(rows);
        blocks.AddRange(rows);
        blocks.Add(SourceBlock.Boundary(end));
        return end;
    }

    /// <summary>Whether a line continues a drawn table: it starts (after indentation) with a border character.</summary>
    private static bool IsTableLine(string line, bool ascii)
    {
        foreach (char c in line)
        {
            if (!LabelText.IsSpace(c))
            {
                return ascii ? c is '|' or '+' : IsBorder(c);
            }
        }

        return false;
    }

    private static bool IsHorizontal(char c) => c is '─' or '━' or '═' or '┄' or '┅' or '┈' or '┉' or '╌' or '╍';

    /// <summary>Box-drawing characters (U+2500–U+257F): lines, corners, tees and crosses.</summary>
    private static bool IsBorder(char c) => c >= '\u2500' && c <= '\u257F';

    /// <summary>One box of the drawing: its top row and left column in the drawing, its text, and the line that text starts on.</summary>
    private readonly record struct Box(int Top, int Left, string Text, int TextLine);

    /// <summary>The table as a grid of terminal columns: each line's characters placed by display width.</summary>
    private sealed class Drawing
    {
        // A second column of a wide character: part of its box, not text of its own.
        private const char WideTail = '\0';
        private readonly char[][] _rows;
        private readonly bool[][] _border;
        private readonly int _width;

        private Drawing(char[][] rows, bool[][] border, int width)
        {
            _rows = rows;
            _border = border;
            _width = width;
        }

        public static Drawing Of(List<string> lines, int start, int end, bool ascii)
        {
            var rows = new char[end - start][];
            var border = new bool[end - start][];
            int width = 0;
            for (int r = 0; r < rows.Length; r++)
            {
                string line = lines[start + r];
                var cells = new List<char>(line.Length + 16);
                foreach (char c in line)
                {
                    cells.Add(c);
                    if (WideCharacters.DisplayWidth(c) == 2)
                    {
                        cells.Add(WideTail);
                    }
                }

                rows[r] = cells.ToArray();
                width = Math.Max(width, rows[r].Length);
            }

            for (int r = 0; r < rows.Length; r++)
            {
                char[] row = rows[r];
                var marks = new bool[width];
                for (int c = 0; c < row.Length; c++)
                {
                    marks[c] = ascii ? IsAsciiBorder(row, c) : IsBorder(row[c]);
                }

                // Left of a line's first border and right of its last one is outside the table.
                int first = Array.IndexOf(marks, true);
                int last = Array.LastIndexOf(marks, true);
                for (int c = 0; c < width; c++)
                {
                    if (first < 0 || c < first || c > last)
                    {
                        marks[c] = true;
                    }
                }

                border[r] = marks;
            }

            return new Drawing(rows, border, width);
        }

        /// <summary>In an ASCII drawing <c>|</c> and <c>+</c> are borders; <c>-</c> and <c>=</c> only in a run that touches a <c>+</c>.</summary>
        private static bool IsAsciiBorder(char[] row, int c)
        {
            char ch = row[c];
            if (ch is '|' or '+')
            {
                return true;
            }

            if (ch is not ('-' or '='))
            {
                return false;
            }

            int left = c;
            while (left > 0 && row[left - 1] is '-' or '=')
            {
                left--;
            }

            int right = c;
            while (right + 1 < row.Length && row[right + 1] is '-' or '=')
            {
                right++;
            }

            return right > left && ((left > 0 && row[left - 1] == '+') || (right + 1 < row.Length && row[right + 1] == '+'));
        }

        /// <summary>
        /// The boxes: the connected areas of the grid that are not border (four neighbours), each with its text;
        /// <see langword="null"/> when an area is not a rectangle (the drawing's columns do not line up).
        /// </summary>
        public List<Box>? Boxes()
        {
            var seen = new bool[_rows.Length][];
            for (int r = 0; r < seen.Length; r++)
            {
                seen[r] = new bool[_width];
            }

            var boxes = new List<Box>();
            var stack = new Stack<(int Row, int Column)>();
            var spans = new SortedDictionary<int, (int From, int To)>();
            for (int r = 0; r < _rows.Length; r++)
            {
                for (int c = 0; c < _width; c++)
                {
                    if (_border[r][c] || seen[r][c])
                    {
                        continue;
                    }

                    spans.Clear();
                    int left = c;
                    seen[r][c] = true;
                    stack.Push((r, c));
                    while (stack.Count > 0)
                    {
                        (int row, int column) = stack.Pop();
                        left = Math.Min(left, column);
                        spans[row] = spans.TryGetValue(row, out var span)
                            ? (Math.Min(span.From, column), Math.Max(span.To, column))
                            : (column, column);
                        Visit(row - 1, column);
                        Visit(row + 1, column);
                        Visit(row, column - 1);
                        Visit(row, column + 1);
                    }

                    if (!IsRectangle(spans))
                    {
                        return null;
                    }

                    (string text, int textLine) = TextOf(spans, r);
                    boxes.Add(new Box(r, left, text, textLine));
                }
            }

            return boxes;

            void Visit(int row, int column)
            {
                if (row >= 0 && row < _rows.Length && column >= 0 && column < _width && !_border[row][column] && !seen[row][column])
                {
                    seen[row][column] = true;
                    stack.Push((row, column));
                }
            }
        }

        private static bool IsRectangle(SortedDictionary<int, (int From, int To)> spans)
        {
            int previous = -1;
            (int From, int To) first = default;
            foreach (KeyValuePair<int, (int From, int To)> span in spans)
            {
                if (previous < 0)
                {
                    first = span.Value;
                }
                else if (span.Key != previous + 1 || span.Value != first)
                {
                    return false;
                }

                previous = span.Key;
            }

            return true;
        }

        /// <summary>A box's lines, each trimmed, joined as a wrapped cell reads: without a space between CJK characters.</summary>
        private (string Text, int Line) TextOf(SortedDictionary<int, (int From, int To)> spans, int top)
        {
            var text = new StringBuilder();
            int textLine = -1;
            foreach (KeyValuePair<int, (int From, int To)> span in spans)
            {
                char[] row = _rows[span.Key];
                var piece = new StringBuilder();
                for (int c = span.Value.From; c <= span.Value.To && c < row.Length; c++)
                {
                    if (row[c] != WideTail && !_border[span.Key][c])
                    {
                        piece.Append(row[c]);
                    }
                }

                string trimmed = LabelText.Trim(piece.ToString());
                if (trimmed.Length == 0)
                {
                    continue;
                }

                textLine = textLine < 0 ? span.Key : textLine;
                WideCharacters.AppendJoined(text, trimmed);
            }

            return (text.ToString(), textLine < 0 ? top : textLine);
        }
    }
}
