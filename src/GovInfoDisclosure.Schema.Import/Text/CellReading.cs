using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Import.Text;

/// <summary>A cell typed for its column: the value to store, and what to report about it.</summary>
internal readonly struct CellReading
{
    public CellReading(ReportCell value, string? problem = null, string? note = null, string? expected = null)
    {
        Value = value;
        Problem = problem;
        Note = note;
        Expected = expected;
    }

    /// <summary>The value to store; blank whenever <see cref="Problem"/> is set.</summary>
    public ReportCell Value { get; }

    /// <summary>An error code: the cell could not be read and is blank.</summary>
    public string? Problem { get; }

    /// <summary>An info code: something was done to read the cell (a unit removed or converted).</summary>
    public string? Note { get; }

    /// <summary>What the column expects, for the diagnostic.</summary>
    public string? Expected { get; }
}
