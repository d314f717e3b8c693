using System;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>Guesses the kind of a source from its text: HTML tags, Markdown tables or front matter, <c>|</c> cells, or space-aligned columns.</summary>
internal static class SourceKindDetector
{
    private static readonly string[] HtmlTags = { "<table", "<html", "<body", "<p>", "<p ", "<div", "<tr", "<td", "<br", "<span", "<!doctype" };

    public static ImportSourceKind Detect(string text)
    {
        int htmlTags = 0;
        string lower = text.Length > 200_000 ? text.Substring(0, 200_000).ToLowerInvariant() : text.ToLowerInvariant();
        foreach (string tag in HtmlTags)
        {
            int at = lower.IndexOf(tag, StringComparison.Ordinal);
            if (at >= 0)
            {
                htmlTags++;
                if (tag is "<table" or "<html" or "<!doctype" or "<body")
                {
                    htmlTags++;
                }
            }
        }

        if (htmlTags >= 2)
        {
            return ImportSourceKind.Html;
        }

        int pipeLines = 0;
        int markdownSeparators = 0;
        int markdownRows = 0;
        int layoutRows = 0;
        bool formFeed = text.IndexOf('\f') >= 0;
        bool frontMatter = text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal);
        foreach (string line in TextLines.Split(text))
        {
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
            else if (LayoutTextReader.LooksLikeLayoutRow(line))
            {
                layoutRows++;
            }
        }

        if (frontMatter || (markdownSeparators > 0 && markdownRows >= 2))
        {
            return ImportSourceKind.Markdown;
        }

        if (pipeLines >= 3)
        {
            return ImportSourceKind.PlainText;
        }

        return formFeed || layoutRows >= 3 ? ImportSourceKind.PdfLayoutText : ImportSourceKind.PlainText;
    }
}
