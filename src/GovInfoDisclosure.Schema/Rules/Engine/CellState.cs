namespace GovInfoDisclosure.Schema.Rules.Engine;

/// <summary>What the engine knows about one cell of a flattened report.</summary>
internal enum CellState : byte
{
    /// <summary>The document has no such cell (an optional row or column it lacks).</summary>
    Absent = 0,

    /// <summary>The cell was left blank: unknown.</summary>
    Blank = 1,

    /// <summary>The cell holds a printed mark: unknown.</summary>
    Mark = 2,

    /// <summary>The cell holds a number.</summary>
    Number = 3,

    /// <summary>The cell was blank and is read as 0 (<see cref="Diagnostics.ValidationOptions.BlankAsZero"/>).</summary>
    BlankAsZero = 4,
}
