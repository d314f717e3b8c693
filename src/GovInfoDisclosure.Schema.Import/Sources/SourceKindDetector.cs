using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>Guesses the kind of a source from its text: HTML tags, Markdown tables or front matter, <c>|</c> cells, or space-aligned columns.</summary>
internal static class SourceKindDetector
{
    private static readonly string[] HtmlTags = { "<table", "<html", "<body", "<head", "<p>", "<p ", "<div", "<tr", "<td", "<br", "<span", "<!doctype" };

    /// <summary>Whether the text holds a Markdown pipe table: a separator row (<c>|---|---|</c>) under a row of cells.</summary>
    private static bool HasPipeTable(string text, int window)
    {
        int at = text.IndexOf("|-", 0, window, StringComparison.Ordinal);
        while (at >= 0)
        {
            int start = text.LastIndexOf('\n', at) + 1;
            int end = text.IndexOf('\n', at);
            string line = LabelText.Trim(text.Substring(start, (end < 0 ? text.Length : end) - start));
            if (MarkdownReader.IsSeparatorRow(line))
            {
                return true;
            }

            int next = at + 2;
            at = next < window ? text.IndexOf("|-", next, window - next, StringComparison.Ordinal) : -1;
        }

        return false;
    }

    public static ImportSourceKind Detect(string text) => Detect(text, out _);

    /// <summary>Guesses the kind of <paramref name="text"/>; <paramref name="lines"/> are its lines when they were split to decide (not for HTML).</summary>
    public static ImportSourceKind Detect(string text, out List<string>? lines)
    {
        lines = null;
        int htmlTags = 0;
        bool page = false;
        int window = Math.Min(text.Length, 200_000);
        foreach (string tag in HtmlTags)
        {
            if (text.IndexOf(tag, 0, window, StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            // A page's own tags weigh double; "<head" marks a page without adding to the count.
            page |= tag is "<html" or "<!doctype" or "<body" or "<head";
            htmlTags += tag switch
            {
                "<head" => 0,
                "<table" or "<html" or "<!doctype" or "<body" => 2,
                _ => 1,
            };
        }

        // HTML tables inside Markdown with pipe tables (pandoc writes a table that pipe rows cannot hold as HTML) are
        // Markdown; a page, or Markdown whose tables are all HTML, is read as HTML.
        if (htmlTags >= 2 && (page || !HasPipeTable(text, window)))
        {
            return ImportSourceKind.Html;
        }

        int pipeLines = 0;
        int markdownSeparators = 0;
        int markdownRows = 0;
        int layoutRows = 0;
        bool formFeed = text.IndexOf('\f') >= 0;
        bool frontMatter = text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal);
        lines = TextLines.Split(text);
        bool boxTable = false;
        int tabLines = 0;
        foreach (string line in lines)
        {
            boxTable |= BoxTableReader.IsTopEdge(line);
            tabLines += line.Length > 0 && line.Length < 8 && TabCellRows.IsTabLine(line) ? 1 : 0;
            string trimmed = LabelText.Trim(line);
            if (trimmed.IndexOf('|') >= 0 || trimmed.IndexOf('\uFF5C') >= 0)
            {
                pipeLines++;
                if (trimmed.StartsWith("|", StringComparison.Ordinal) && trimmed.EndsWith("|", StringComparison.Ordinal) && trimmed.Length > 1)
                {
                    markdownRows++;
                }

                if (MarkdownReader.IsSeparatorRow(trimmed))
                {
                    markdownSeparators++;
                }
            }
            else if (pipeLines < 3 && layoutRows < 3 && (LayoutTextReader.LooksLikeLayoutRow(line) || LayoutTextReader.IsValuesOnlyRow(line)))
            {
                // Counted only while it can still decide: three pipe lines make plain text, three layout rows suffice.
                layoutRows++;
            }

            if (markdownSeparators > 0 && markdownRows >= 2)
            {
                return ImportSourceKind.Markdown;
            }
        }

        if (frontMatter || (markdownSeparators > 0 && markdownRows >= 2))
        {
            return ImportSourceKind.Markdown;
        }

        // A table drawn with box characters (a text browser's dump of a page), or a browser's copy of a page with a cell
        // per line and tab lines between them, is read by the plain-text reader.
        if (pipeLines >= 3 || boxTable || tabLines >= 3)
        {
            return ImportSourceKind.PlainText;
        }

        return formFeed || layoutRows >= 3 ? ImportSourceKind.PdfLayoutText : ImportSourceKind.PlainText;
    }
}
