using System;
using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Import.Sources.Html;

/// <summary>
/// A small, tolerant HTML parser: tags, attributes, comments, character references, raw-text elements, implied end tags
/// for cells, rows and paragraphs. One pass, linear in the input (the open-element stack is bounded), never throws.
/// It builds only what the reader needs, not a standards-conformant DOM.
/// </summary>
internal sealed class HtmlTreeBuilder
{
    private const int MaxDepth = 256;

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal) { "script", "style", "textarea", "title", "noscript", "template", "xmp" };

    private readonly string _html;
    private readonly List<HtmlNode> _stack = new();
    private int _position;
    private int _line = 1;

    private HtmlTreeBuilder(string html)
    {
        _html = html;
        _stack.Add(HtmlNode.Element("#document", null, 1));
    }

    public static HtmlNode Parse(string html)
    {
        var builder = new HtmlTreeBuilder(html);
        builder.Run();
        return builder._stack[0];
    }

    private HtmlNode Current => _stack[_stack.Count - 1];

    private void Run()
    {
        int textStart = 0;
        int textLine = 1;
        while (_position < _html.Length)
        {
            char c = _html[_position];
            if (c == '<' && _position + 1 < _html.Length && StartsMarkup(_html[_position + 1]))
            {
                FlushText(textStart, _position, textLine);
                ReadMarkup();
                textStart = _position;
                textLine = _line;
                continue;
            }

            if (c == '\n')
            {
                _line++;
            }

            _position++;
        }

        FlushText(textStart, _position, textLine);
    }

    private static bool StartsMarkup(char next) => next == '/' || next == '!' || next == '?' || (next < 128 && char.IsLetter(next));

    private void FlushText(int start, int end, int line)
    {
        if (end <= start)
        {
            return;
        }

        AddText(HtmlEntities.Decode(_html.Substring(start, end - start)), line);
    }

    private void AddText(string text, int line)
    {
        if (text.Length == 0)
        {
            return;
        }

        List<HtmlNode> children = Current.Children;
        if (children.Count > 0 && children[children.Count - 1].IsText)
        {
            children[children.Count - 1].AppendText(text);
        }
        else
        {
            children.Add(HtmlNode.TextNode(text, line));
        }
    }

    private void ReadMarkup()
    {
        int start = _position;
        char next = _html[_position + 1];
        if (next == '!' || next == '?')
        {
            string terminator = _html.Length > _position + 3 && _html[_position + 2] == '-' && _html[_position + 3] == '-' ? "-->" : ">";
            SkipPast(terminator);
            return;
        }

        bool end = next == '/';
        int i = _position + (end ? 2 : 1);
        int nameStart = i;
        while (i < _html.Length && !IsSpace(_html[i]) && _html[i] != '>' && _html[i] != '/')
        {
            i++;
        }

        string name = _html.Substring(nameStart, i - nameStart).ToLowerInvariant();
        Dictionary<string, string>? attributes = null;
        bool selfClosing = false;
        while (i < _html.Length && _html[i] != '>')
        {
            char c = _html[i];
            if (c == '\n')
            {
                _line++;
            }

            if (IsSpace(c))
            {
                i++;
                continue;
            }

            if (c == '/')
            {
                selfClosing = true;
                i++;
                continue;
            }

            int attributeStart = i;
            while (i < _html.Length && !IsSpace(_html[i]) && _html[i] != '>' && _html[i] != '=' && _html[i] != '/')
            {
                i++;
            }

            string attribute = _html.Substring(attributeStart, i - attributeStart).ToLowerInvariant();
            string value = string.Empty;
            while (i < _html.Length && IsSpace(_html[i]))
            {
                if (_html[i] == '\n')
                {
                    _line++;
                }

                i++;
            }

            if (i < _html.Length && _html[i] == '=')
            {
                i++;
                while (i < _html.Length && IsSpace(_html[i]))
                {
                    if (_html[i] == '\n')
                    {
                        _line++;
                    }

                    i++;
                }

                if (i < _html.Length && (_html[i] == '"' || _html[i] == '\''))
                {
                    char quote = _html[i++];
                    int valueStart = i;
                    while (i < _html.Length && _html[i] != quote)
                    {
                        if (_html[i] == '\n')
                        {
                            _line++;
                        }

                        i++;
                    }

                    value = _html.Substring(valueStart, i - valueStart);
                    i = Math.Min(i + 1, _html.Length);
                }
                else
                {
                    int valueStart = i;
                    while (i < _html.Length && !IsSpace(_html[i]) && _html[i] != '>')
                    {
                        i++;
                    }

                    value = _html.Substring(valueStart, i - valueStart);
                }
            }

            selfClosing = false;
            if (attribute.Length > 0 && !end)
            {
                attributes ??= new Dictionary<string, string>(StringComparer.Ordinal);
                attributes[attribute] = HtmlEntities.Decode(value);
            }
        }

        _position = Math.Min(i + 1, _html.Length);
        if (name.Length == 0)
        {
            AddText(_html.Substring(start, _position - start), _line);
            return;
        }

        if (end)
        {
            Close(name);
            return;
        }

        int line = _line;
        Open(name, attributes, line);
        if (VoidElements.Contains(name) || selfClosing)
        {
            if (!VoidElements.Contains(name))
            {
                Close(name);
            }

            return;
        }

        if (RawTextElements.Contains(name))
        {
            ReadRawText(name, line);
        }
    }

    private void ReadRawText(string name, int line)
    {
        string close = "</" + name;
        int at = _html.IndexOf(close, _position, StringComparison.OrdinalIgnoreCase);
        int end = at < 0 ? _html.Length : at;
        string content = _html.Substring(_position, end - _position);
        foreach (char c in content)
        {
            if (c == '\n')
            {
                _line++;
            }
        }

        if (name is "title" or "textarea")
        {
            AddText(HtmlEntities.Decode(content), line);
        }

        _position = end;
        if (at >= 0)
        {
            int gt = _html.IndexOf('>', at);
            _position = gt < 0 ? _html.Length : gt + 1;
        }

        Close(name);
    }

    private void SkipPast(string terminator)
    {
        int at = _html.IndexOf(terminator, _position + 2, StringComparison.Ordinal);
        int end = at < 0 ? _html.Length : at + terminator.Length;
        for (int i = _position; i < end; i++)
        {
            if (_html[i] == '\n')
            {
                _line++;
            }
        }

        _position = end;
    }

    private void Open(string name, Dictionary<string, string>? attributes, int line)
    {
        switch (name)
        {
            case "td":
            case "th":
                CloseUntil("tr", "table", "tbody", "thead", "tfoot");
                if (Current.Name is "table" or "tbody" or "thead" or "tfoot")
                {
                    Push(HtmlNode.Element("tr", null, line));
                }

                break;
            case "tr":
                CloseUntil(null, "table", "tbody", "thead", "tfoot");
                break;
            case "tbody":
            case "thead":
            case "tfoot":
                CloseUntil(null, "table");
                break;
            case "p":
            case "li":
            case "dt":
            case "dd":
                if (Current.Name == name || (name == "p" && Current.Name == "p"))
                {
                    _stack.RemoveAt(_stack.Count - 1);
                }

                break;
        }

        var element = HtmlNode.Element(name, attributes, line);
        if (_stack.Count >= MaxDepth)
        {
            Current.Children.Add(element);
            return;
        }

        Push(element);
    }

    private void Push(HtmlNode element)
    {
        Current.Children.Add(element);
        if (!VoidElements.Contains(element.Name!))
        {
            _stack.Add(element);
        }
    }

    /// <summary>Pops up to (not including) the nearest element named <paramref name="stopAt"/> or one of <paramref name="boundaries"/>.</summary>
    private void CloseUntil(string? stopAt, params string[] boundaries)
    {
        for (int i = _stack.Count - 1; i > 0; i--)
        {
            string name = _stack[i].Name!;
            if (name == stopAt || Array.IndexOf(boundaries, name) >= 0)
            {
                _stack.RemoveRange(i + 1, _stack.Count - i - 1);
                return;
            }

            if (name == "td" || name == "th" || name == "tr")
            {
                continue;
            }
        }
    }

    private void Close(string name)
    {
        bool tableElement = name is "table" or "tr" or "td" or "th" or "tbody" or "thead" or "tfoot";
        for (int i = _stack.Count - 1; i > 0; i--)
        {
            string open = _stack[i].Name!;
            if (open == name)
            {
                _stack.RemoveRange(i, _stack.Count - i);
                return;
            }

            // Never close across a table or a cell for an unrelated end tag.
            if (open == "table" || (!tableElement && (open == "td" || open == "th")))
            {
                return;
            }
        }
    }

    private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
