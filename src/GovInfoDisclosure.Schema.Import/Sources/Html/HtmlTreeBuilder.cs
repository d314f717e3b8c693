using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GovInfoDisclosure.Schema.Import.Sources.Html;

/// <summary>
/// Parses HTML with AngleSharp — the HTML5 algorithm browsers use: every named character reference, <c>&amp;#128;</c>–
/// <c>&amp;#159;</c> mapped as Windows-1252, implied tags, foster-parented table content — and copies the DOM into the
/// small tree the reader walks, with the source line of every node. The copy uses an explicit stack, so depth costs no
/// recursion; a page nested deeper than <see cref="MaxDepth"/> is refused (never read flattened) at the line of the element.
/// </summary>
internal static class HtmlTreeBuilder
{
    /// <summary>
    /// The deepest element nesting read. AngleSharp, as browsers, stops nesting at 512 open elements and puts deeper
    /// elements beside each other, which would flatten a table; pages deeper than this (real CMS templates nest a few
    /// hundred levels at most) are refused instead.
    /// </summary>
    public const int MaxDepth = 500;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsKeepingSourceReferences = true,
        IsScripting = false,
    };

    /// <summary>Parses; <paramref name="tooDeepLine"/> is the line of the first element past <see cref="MaxDepth"/>, or 0.</summary>
    public static HtmlNode Parse(string html, out int tooDeepLine)
    {
        tooDeepLine = 0;
        var parser = new HtmlParser(ParserOptions);
        using IHtmlDocument document = parser.ParseDocument(html);
        HtmlNode root = HtmlNode.Element("#document", null, 1);
        int cursor = 1;
        int lastLine = CountNewlines(html) + 1;
        var stack = new Stack<(INode Source, HtmlNode Target, int Depth, int Next)>();
        stack.Push((document, root, 0, 0));
        while (stack.Count > 0)
        {
            (INode source, HtmlNode target, int depth, int next) = stack.Pop();
            INodeList children = source.ChildNodes;
            if (next >= children.Length)
            {
                continue;
            }

            stack.Push((source, target, depth, next + 1));
            INode child = children[next];
            switch (child)
            {
                case IText text:
                    target.Children.Add(HtmlNode.TextNode(text.Data, Math.Min(cursor, lastLine)));
                    cursor += CountNewlines(text.Data);
                    break;
                case IElement element:
                    // An element knows its source line; text nodes do not, and are counted on from the element before
                    // them. The parser moves misplaced table content (foster parenting), so the count restarts at every
                    // element that has a position (implied elements have none) and never passes the last line.
                    int line = element.SourceReference is { Position.Line: > 0 } at ? Math.Min(at.Position.Line, lastLine) : cursor;
                    cursor = line;
                    if (depth + 1 > MaxDepth)
                    {
                        tooDeepLine = line;
                        return root;
                    }

                    HtmlNode node = HtmlNode.Element(element.LocalName.ToLowerInvariant(), Attributes(element), line);
                    target.Children.Add(node);
                    stack.Push((element, node, depth + 1, 0));
                    break;
            }
        }

        return root;
    }

    private static Dictionary<string, string>? Attributes(IElement element)
    {
        if (element.Attributes.Length == 0)
        {
            return null;
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IAttr attribute in element.Attributes)
        {
            attributes[attribute.Name.ToLowerInvariant()] = attribute.Value;
        }

        return attributes;
    }

    private static int CountNewlines(string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            count += c == '\n' ? 1 : 0;
        }

        return count;
    }
}
