using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Rules.Engine;

/// <summary>One cell of a flattened report: its state and value, whatever its cell type.</summary>
internal struct CellValue
{
    /// <summary>What the cell holds.</summary>
    public CellState State;

    /// <summary>The number of a count or signed count cell (0 otherwise).</summary>
    public long Number;

    /// <summary>The number of an amount cell (0 otherwise).</summary>
    public decimal Amount;

    /// <summary>The printed mark, for <see cref="CellState.Mark"/>.</summary>
    public string? Mark;

    public readonly bool IsKnown => State is CellState.Number or CellState.BlankAsZero;

    public static CellValue From(CountCell cell) =>
        cell.TryGetNumber(out int n) ? new CellValue { State = CellState.Number, Number = n }
        : cell.IsMark ? new CellValue { State = CellState.Mark, Mark = cell.Mark }
        : new CellValue { State = CellState.Blank };

    public static CellValue From(SignedCountCell cell) =>
        cell.TryGetNumber(out int n) ? new CellValue { State = CellState.Number, Number = n }
        : cell.IsMark ? new CellValue { State = CellState.Mark, Mark = cell.Mark }
        : new CellValue { State = CellState.Blank };

    public static CellValue From(AmountCell cell) =>
        cell.TryGetNumber(out decimal n) ? new CellValue { State = CellState.Number, Amount = n }
        : cell.IsMark ? new CellValue { State = CellState.Mark, Mark = cell.Mark }
        : new CellValue { State = CellState.Blank };
}
