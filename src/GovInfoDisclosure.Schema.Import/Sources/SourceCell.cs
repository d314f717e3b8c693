namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>The text of one table cell and the 1-based source line it starts on.</summary>
internal sealed class SourceCell
{
    public SourceCell(string text, int line)
    {
        Text = text;
        Line = line;
    }

    public string Text { get; }

    public int Line { get; }

    public override string ToString() => Text;
}
