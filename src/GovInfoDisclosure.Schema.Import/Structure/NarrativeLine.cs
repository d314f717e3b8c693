namespace GovInfoDisclosure.Schema.Import.Structure;

/// <summary>A line of prose and the 1-based source line it came from.</summary>
internal readonly struct NarrativeLine
{
    public NarrativeLine(int line, string text)
    {
        Line = line;
        Text = text;
    }

    public int Line { get; }

    public string Text { get; }

    public override string ToString() => Text;
}
