using System;
using System.Collections.Generic;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Sources.Html;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>
/// Reads an HTML page or fragment, parsed by AngleSharp as a browser parses it: block elements become text lines (h1–h6 marked as headings), each <c>&lt;tr&gt;</c> of a
/// data table becomes a row of its cells as printed (merged cells once, <c>rowspan</c>/<c>colspan</c> not expanded: a
/// row's values are the cells after its labels), <c>&amp;nbsp;</c> and other references decoded. A table that contains
/// tables is page layout, read as text around its inner tables. <c>&lt;title&gt;</c> and
/// <c>&lt;meta name="govinfo:…"&gt;</c> are read as metadata.
/// </summary>
internal static class HtmlReader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "ul", "br", "table", "tr", "td", "th", "tbody", "thead", "tfoot",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "script", "style", "noscript", "template", "textarea", "select", "button", "iframe", "svg" };

    public static SourceDocument Read(string html)
    {
        HtmlNode root = HtmlTreeBuilder.Parse(html, out int tooDeepLine);
        if (tooDeepLine > 0)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.AddTemplated(ImportDiagnosticCodes.HtmlTooDeep, new ImportLocation { Line = tooDeepLine },
                Array.Empty<DiagnosticArgument>(), expected: HtmlTreeBuilder.MaxDepth);
            return new SourceDocument(ImportSourceKind.Html, Array.Empty<SourceBlock>(), diagnostics: diagnostics.Items);
        }

        var walker = new Walker();
        walker.Walk(root);
        walker.FlushLine();
        return new SourceDocument(ImportSourceKind.Html, walker.Blocks, walker.Title, walker.Metadata);
    }

    private sealed class Walker
    {
        private readonly StringBuilder _line = new();
        private int _lineNumber;
        private bool _heading;

        public List<SourceBlock> Blocks { get; } = new();

        public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

        public string? Title { get; private set; }

        public void Walk(HtmlNode node)
        {
            if (node.IsText)
            {
                AppendText(node.Text!, node.Line);
                return;
            }

            string name = node.Name!;
            if (Skipped.Contains(name))
            {
                return;
            }

            switch (name)
            {
                case "head":
                    ReadHead(node);
                    return;
                case "title":
                    Title ??= Collapse(TextOf(node));
                    return;
                case "meta":
                    ReadMeta(node);
                    return;
                case "table" when !ContainsTable(node):
                    FlushLine();
                    ReadTable(node);
                    return;
            }

            bool block = BlockElements.Contains(name) || name.Length == 0;
            if (block)
            {
                FlushLine();
            }

            bool heading = name.Length == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
            foreach (HtmlNode child in node.Children)
            {
                if (heading)
                {
                    _heading = true;
                }

                Walk(child);
            }

            if (block)
            {
                FlushLine();
            }
        }

        public void FlushLine()
        {
            string text = LabelText.Trim(Collapse(_line.ToString()));
            if (text.Length > 0)
            {
                Blocks.Add(SourceBlock.TextLine(_lineNumber, text, _heading));
            }

            _line.Clear();
            _heading = false;
            _lineNumber = 0;
        }

        private void AppendText(string text, int line)
        {
            if (_line.Length == 0 || _lineNumber == 0)
            {
                _lineNumber = line + LeadingNewlines(text);
            }

            _line.Append(text);
        }

        private void ReadHead(HtmlNode head)
        {
            foreach (HtmlNode child in head.Children)
            {
                if (child.Name == "title")
                {
                    Title ??= LabelText.Trim(Collapse(TextOf(child)));
                }
                else if (child.Name == "meta")
                {
                    ReadMeta(child);
                }
            }
        }

        private void ReadMeta(HtmlNode meta)
        {
            string? name = meta.Attribute("name");
            string? content = meta.Attribute("content");
            if (name is not null && content is not null && name.StartsWith("govinfo:", StringComparison.OrdinalIgnoreCase))
            {
                Metadata[name.Substring("govinfo:".Length)] = content;
            }
        }

        private void ReadTable(HtmlNode table)
        {
            var rows = new List<HtmlNode>();
            CollectRows(table, rows);
            foreach (HtmlNode row in rows)
            {
                var cells = new List<SourceCell>();
                var raw = new StringBuilder();
                foreach (HtmlNode cell in row.Children)
                {
                    if (cell.Name is "td" or "th")
                    {
                        string text = LabelText.Trim(Collapse(TextOf(cell)));
                        cells.Add(new SourceCell(text, cell.Line));
                        if (raw.Length > 0)
                        {
                            raw.Append(" | ");
                        }

                        raw.Append(text);
                    }
                }

                if (cells.Count > 0)
                {
                    Blocks.Add(SourceBlock.Row(cells[0].Line, raw.ToString(), cells, isGrid: true));
                }
            }

            Blocks.Add(SourceBlock.Boundary(table.Line));
        }

        private static void CollectRows(HtmlNode node, List<HtmlNode> rows)
        {
            foreach (HtmlNode child in node.Children)
            {
                if (child.Name == "tr")
                {
                    rows.Add(child);
                }
                else if (child.Name is "tbody" or "thead" or "tfoot")
                {
                    CollectRows(child, rows);
                }
            }
        }

        private static bool ContainsTable(HtmlNode node)
        {
            foreach (HtmlNode child in node.Children)
            {
                if (child.Name == "table" || (!child.IsText && ContainsTable(child)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The text of an element, with line breaks and block boundaries as spaces.</summary>
        private static string TextOf(HtmlNode node)
        {
            var text = new StringBuilder();
            AppendTextOf(node, text);
            return text.ToString();
        }

        private static void AppendTextOf(HtmlNode node, StringBuilder text)
        {
            foreach (HtmlNode child in node.Children)
            {
                if (child.IsText)
                {
                    text.Append(child.Text);
                }
                else if (!Skipped.Contains(child.Name!))
                {
                    bool block = BlockElements.Contains(child.Name!);
                    if (block)
                    {
                        text.Append(' ');
                    }

                    AppendTextOf(child, text);
                    if (block)
                    {
                        text.Append(' ');
                    }
                }
            }
        }

        /// <summary>
        /// Collapses runs of HTML whitespace (space, tab, line breaks) to one space; other spaces such as U+00A0 stay. A run
        /// that holds a line break between two wide (CJK) characters disappears, as CSS Text 3 renders it, so that Chinese
        /// text wrapped in the source is not split by a space.
        /// </summary>
        private static string Collapse(string text)
        {
            var result = new StringBuilder(text.Length);
            bool space = false;
            bool lineBreak = false;
            foreach (char c in text)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    space = true;
                    lineBreak |= c is '\n' or '\r';
                    continue;
                }

                if (space && result.Length > 0 && !(lineBreak && WideCharacters.IsWide(result[result.Length - 1]) && WideCharacters.IsWide(c)))
                {
                    result.Append(' ');
                }

                space = false;
                lineBreak = false;
                result.Append(c);
            }

            return result.ToString();
        }

        private static int LeadingNewlines(string text)
        {
            int count = 0;
            foreach (char c in text)
            {
                if (c == '\n')
                {
                    count++;
                }
                else if (c is not (' ' or '\t' or '\r'))
                {
                    break;
                }
            }

            return count;
        }
    }
}
