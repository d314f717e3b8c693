using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>The text of one table cell and the 1-based source line it starts on.</summary>
internal sealed class SourceCell
{
    private ParsedCell? _parsed;

    public SourceCell(string text, int line, bool inferred = false, int fromLooseLines = 0)
    {
        Text = text;
        Line = line;
        Inferred = inferred;
        FromLooseLines = fromLooseLines;
    }

    /// <summary>For a label joined from text lines printed above a row of values (a label wrapped over lines): how many; else 0.</summary>
    public int FromLooseLines { get; }

    /// <summary>Whether the cell was not printed as a cell but split from a run of digits by the official arithmetic.</summary>
    public bool Inferred { get; }

    public string Text { get; }

    public int Line { get; }

    /// <summary>The cell read as a blank, number, mark or text; computed once.</summary>
    public ParsedCell Parsed => _parsed ??= CellText.Parse(Text);

    public override string ToString() => Text;
}
