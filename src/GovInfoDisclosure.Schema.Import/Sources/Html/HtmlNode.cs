using System.Collections.Generic;
using System.Text;

namespace GovInfoDisclosure.Schema.Import.Sources.Html;

/// <summary>A node of the small tree the HTML reader builds: an element with children, or a run of text.</summary>
internal sealed class HtmlNode
{
    private StringBuilder? _text;
    private string? _cached;

    private HtmlNode(string? name, string? text, int line)
    {
        Name = name;
        _cached = text;
        Line = line;
    }

    /// <summary>The lower-case element name, or <see langword="null"/> for text.</summary>
    public string? Name { get; }

    /// <summary>The decoded text of a text node.</summary>
    public string? Text => _cached ??= _text?.ToString();

    public int Line { get; }

    public Dictionary<string, string>? Attributes { get; private set; }

    public List<HtmlNode> Children { get; } = new();

    public bool IsText => Name is null;

    public static HtmlNode Element(string name, Dictionary<string, string>? attributes, int line) =>
        new(name, null, line) { Attributes = attributes };

    public static HtmlNode TextNode(string text, int line) => new(null, text, line);

    /// <summary>Appends text to a text node (amortised linear: runs of text split by ignored markup stay cheap).</summary>
    public void AppendText(string more)
    {
        if (_text is null)
        {
            _text = new StringBuilder(_cached);
        }

        _text.Append(more);
        _cached = null;
    }

    public string? Attribute(string name) => Attributes is not null && Attributes.TryGetValue(name, out string? value) ? value : null;

    public override string ToString() => Name ?? Text ?? string.Empty;
}
