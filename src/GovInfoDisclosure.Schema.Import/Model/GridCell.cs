using System;
using System.Globalization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Import.Model;

/// <summary>A cell of any column kind, as the importer, the renderer and the interop share it: blank, a number or a mark.</summary>
internal readonly struct GridCell : IEquatable<GridCell>
{
    private GridCell(CellKind kind, decimal number, string? mark)
    {
        Kind = kind;
        Number = number;
        Mark = mark;
    }

    public static GridCell Blank => default;

    public CellKind Kind { get; }

    public decimal Number { get; }

    public string? Mark { get; }

    public static GridCell FromNumber(decimal number) => new(CellKind.Number, number, null);

    public static GridCell FromMark(string mark) => new(CellKind.Mark, 0, mark);

    public static GridCell From(CountCell cell) => cell.Kind switch
    {
        CellKind.Number => FromNumber(cell.Value!.Value),
        CellKind.Mark => FromMark(cell.Mark!),
        _ => Blank,
    };

    public static GridCell From(SignedCountCell cell) => cell.Kind switch
    {
        CellKind.Number => FromNumber(cell.Value!.Value),
        CellKind.Mark => FromMark(cell.Mark!),
        _ => Blank,
    };

    public static GridCell From(AmountCell cell) => cell.Kind switch
    {
        CellKind.Number => FromNumber(cell.Value!.Value),
        CellKind.Mark => FromMark(cell.Mark!),
        _ => Blank,
    };

    /// <summary>The cell as a count; the importer only stores whole non-negative numbers within range here.</summary>
    public CountCell ToCount() => Kind switch
    {
        CellKind.Number => CountCell.FromNumber(decimal.ToInt32(Number)),
        CellKind.Mark => CountCell.FromMark(Mark!),
        _ => CountCell.Blank,
    };

    public SignedCountCell ToSignedCount() => Kind switch
    {
        CellKind.Number => SignedCountCell.FromNumber(decimal.ToInt32(Number)),
        CellKind.Mark => SignedCountCell.FromMark(Mark!),
        _ => SignedCountCell.Blank,
    };

    public AmountCell ToAmount() => Kind switch
    {
        CellKind.Number => AmountCell.FromNumber(Number),
        CellKind.Mark => AmountCell.FromMark(Mark!),
        _ => AmountCell.Blank,
    };

    /// <summary>The text as a report prints it: the number (invariant culture), the mark, or empty.</summary>
    public override string ToString() => Kind switch
    {
        CellKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        CellKind.Mark => Mark!,
        _ => string.Empty,
    };

    public bool Equals(GridCell other) =>
        Kind == other.Kind && Number == other.Number && string.Equals(Mark, other.Mark, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is GridCell other && Equals(other);

    public override int GetHashCode() => ((int)Kind * 31) ^ Number.GetHashCode() ^ (Mark is null ? 0 : StringComparer.Ordinal.GetHashCode(Mark));
}
