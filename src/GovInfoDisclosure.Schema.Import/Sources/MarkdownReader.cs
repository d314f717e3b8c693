using System;
using System.Collections.Generic;
using System.Text;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>
/// Reads Markdown: front matter (<c>---</c> … <c>---</c>) as metadata, <c>#</c> headings and paragraphs as text lines
/// (emphasis marks and backslash escapes removed), pipe tables as grid rows. Damage from PDF-to-Markdown converters is
/// tolerated: a missing separator row, rows without the leading <c>|</c>, <c>&lt;br&gt;</c> inside cells, and label text
/// wrapped onto a line of its own inside a table (read as a label fragment, never as values).
/// </summary>
internal static class MarkdownReader
{
    /// <summary>Whether a line is a table's header separator, e.g. <c>| --- | :---: |</c>.</summary>
    public static bool IsSeparatorRow(string line)
    {
        string t = LabelText.Trim(line);
        if (t.IndexOf('-') < 0)
        {
            return false;
        }

        List<string> cells = SplitCells(t);
        if (cells.Count == 0)
        {
            return false;
        }

        foreach (string cell in cells)
        {
            int dashes = 0;
            bool colon = false;
            foreach (char c in cell)
            {
                if (c == '-')
                {
                    dashes++;
                }
                else if (c == ':')
                {
                    colon = true;
                }
                else if (!LabelText.IsSpace(c))
                {
                    return false;
                }
            }

            if (dashes == 0 || (dashes < 3 && !colon))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of the line that closes the HTML table opened on line <paramref name="start"/>, or <see langword="null"/>.</summary>
    private static int? EndOfHtmlTable(List<string> lines, int start)
    {
        int depth = 0;
        for (int i = start; i < lines.Count; i++)
        {
            string line = lines[i];
            depth += Count(line, "<table") - Count(line, "</table");
            if (depth <= 0)
            {
                return i;
            }
        }

        return null;
    }

    private static int Count(string text, string tag)
    {
        int count = 0;
        for (int at = text.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(tag, at + tag.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }

    public static SourceDocument Read(string text) => Read(text, null);

    /// <summary>Reads <paramref name="text"/>, whose lines the caller may have split already (<see cref="TextLines.Split"/>).</summary>
    public static SourceDocument Read(string text, List<string>? lines)
    {
        lines ??= TextLines.Split(text);
        var blocks = new List<SourceBlock>(lines.Count);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        int index = ReadFrontMatter(lines, metadata);
        bool inTable = false;
        for (; index < lines.Count; index++)
        {
            int lineNumber = index + 1;
            string trimmed = LabelText.Trim(lines[index]);
            if (trimmed.Length == 0)
            {
                if (inTable)
                {
                    blocks.Add(SourceBlock.Boundary(lineNumber));
                }

                inTable = false;
                continue;
            }

            if (IsSeparatorRow(trimmed))
            {
                inTable = true;
                continue;
            }

            if (trimmed.StartsWith("<table", StringComparison.OrdinalIgnoreCase) && EndOfHtmlTable(lines, index) is int last)
            {
                // An HTML table inside Markdown (pandoc for tables pipe rows cannot hold, PDF→Markdown converters):
                // read by the HTML reader, its lines counted from where it stands.
                string html = string.Join("\n", lines.GetRange(index, last - index + 1));
                blocks.Add(SourceBlock.Boundary(lineNumber));
                foreach (SourceBlock block in HtmlReader.Read(html).Blocks)
                {
                    blocks.Add(block.MovedDown(index));
                }

                blocks.Add(SourceBlock.Boundary(last + 1));
                inTable = false;
                index = last;
                continue;
            }

            bool pipeRow = trimmed[0] == '|' || (inTable && HasUnescapedPipe(trimmed));
            if (pipeRow)
            {
                inTable = true;
                var cells = new List<SourceCell>();
                bool empty = true;
                foreach (string cell in SplitCells(trimmed))
                {
                    string content = Unescape(CellText(cell));
                    empty &= LabelText.Trim(content).Length == 0;
                    cells.Add(new SourceCell(content, lineNumber));
                }

                // GitHub-flavoured Markdown needs a header row: converters (pandoc -t gfm) print an empty one above a table
                // that has none. A row of nothing but empty cells right above the separator row is not a row of the table.
                if (empty && index + 1 < lines.Count && IsSeparatorRow(LabelText.Trim(lines[index + 1])))
                {
                    continue;
                }

                blocks.Add(SourceBlock.Row(lineNumber, trimmed, cells, isGrid: true));
                continue;
            }

            if (inTable && trimmed.IndexOf('\u3002') < 0)
            {
                // A label wrapped onto its own line inside a table.
                blocks.Add(SourceBlock.Fragment(lineNumber, trimmed, new SourceCell(Unescape(trimmed), lineNumber)));
                continue;
            }

            inTable = false;
            bool heading = trimmed[0] == '#';
            string body = heading ? LabelText.Trim(trimmed.TrimStart('#')) : trimmed;
            body = LabelText.Trim(Unescape(body));
            if (body.Length > 0)
            {
                blocks.Add(SourceBlock.TextLine(lineNumber, body, heading));
            }
        }

        return new SourceDocument(ImportSourceKind.Markdown, blocks, metadata: metadata);
    }

    private static int ReadFrontMatter(List<string> lines, Dictionary<string, string> metadata)
    {
        if (lines.Count == 0 || LabelText.Trim(lines[0]) != "---")
        {
            return 0;
        }

        for (int i = 1; i < lines.Count; i++)
        {
            string line = LabelText.Trim(lines[i]);
            if (line == "---" || line == "...")
            {
                return i + 1;
            }

            int colon = line.IndexOf(':');
            if (colon > 0)
            {
                metadata[LabelText.Trim(line.Substring(0, colon))] = Unquote(LabelText.Trim(line.Substring(colon + 1)));
            }
        }

        // No closing line: not front matter after all.
        metadata.Clear();
        return 0;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && ((value[0] == '"' && value[value.Length - 1] == '"') || (value[0] == '\'' && value[value.Length - 1] == '\'')))
        {
            var result = new StringBuilder(value.Length);
            for (int i = 1; i < value.Length - 1; i++)
            {
                if (value[0] == '"' && value[i] == '\\' && i + 1 < value.Length - 1)
                {
                    i++;
                }

                result.Append(value[i]);
            }

            return result.ToString();
        }

        return value;
    }

    private static bool HasUnescapedPipe(string line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits a table row on unescaped pipes, without the outer ones; escapes stay for <see cref="Unescape"/>.</summary>
    private static List<string> SplitCells(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        int start = row.Length > 0 && row[0] == '|' ? 1 : 0;
        for (int i = start; i < row.Length; i++)
        {
            char c = row[i];
            if (c == '\\' && i + 1 < row.Length)
            {
                cell.Append(c).Append(row[i + 1]);
                i++;
            }
            else if (c == '|')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (LabelText.Trim(cell.ToString()).Length > 0 || (row.Length > 0 && row[row.Length - 1] != '|'))
        {
            cells.Add(cell.ToString());
        }

        return cells;
    }

    private static string CellText(string cell)
    {
        string text = cell.Replace("<br>", " ").Replace("<br/>", " ").Replace("<br />", " ").Replace("<BR>", " ");
        return LabelText.Trim(text);
    }

    /// <summary>Removes emphasis marks (<c>**</c>, <c>__</c>) and backslash escapes of ASCII punctuation.</summary>
    private static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] < 128 && char.IsPunctuation(text[i + 1]) | char.IsSymbol(text[i + 1]))
            {
                result.Append(text[i + 1]);
                i++;
            }
            else if ((c == '*' || c == '_') && i + 1 < text.Length && text[i + 1] == c)
            {
                i++;
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
