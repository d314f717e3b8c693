using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>The text of one table cell and the 1-based source line it starts on.</summary>
internal sealed class SourceCell
{
    private ParsedCell? _parsed;

    public SourceCell(string text, int line)
    {
        Text = text;
        Line = line;
    }

    public string Text { get; }

    public int Line { get; }

    /// <summary>The cell read as a blank, number, mark or text; computed once.</summary>
    public ParsedCell Parsed => _parsed ??= CellText.Parse(Text);

    public override string ToString() => Text;
}
