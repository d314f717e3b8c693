using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Import.Sources.Html;

/// <summary>A node of the small tree the HTML reader builds: an element with children, or a run of text.</summary>
internal sealed class HtmlNode
{
    private HtmlNode(string? name, string? text, int line)
    {
        Name = name;
        Text = text;
        Line = line;
    }

    /// <summary>The lower-case element name, or <see langword="null"/> for text.</summary>
    public string? Name { get; }

    /// <summary>The decoded text of a text node.</summary>
    public string? Text { get; }

    public int Line { get; }

    public Dictionary<string, string>? Attributes { get; private set; }

    public List<HtmlNode> Children { get; } = new();

    public bool IsText => Name is null;

    public static HtmlNode Element(string name, Dictionary<string, string>? attributes, int line) =>
        new(name, null, line) { Attributes = attributes };

    public static HtmlNode TextNode(string text, int line) => new(null, text, line);

    public string? Attribute(string name) => Attributes is not null && Attributes.TryGetValue(name, out string? value) ? value : null;

    public override string ToString() => Name ?? Text ?? string.Empty;
}
