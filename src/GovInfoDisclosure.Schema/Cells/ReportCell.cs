using System;
using System.Globalization;

namespace GovInfoDisclosure.Schema.Cells;

/// <summary>
/// One table cell of a report read through <see cref="ReportCells"/>, whatever its column kind (count, signed count or
/// amount): absent, blank, a number or a mark.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="IsAbsent"/> means the report has no such cell at all: an optional row or column the document lacks (a group
/// subtotal row, the 法人或其他组织小计 column). A present cell has a <see cref="Kind"/> like every cell type: blank
/// (unknown, never zero), a number or a printed mark. An absent cell reports <see cref="CellKind.Blank"/> as its kind;
/// test <see cref="IsAbsent"/> first where the difference matters. <c>default(ReportCell)</c> is <see cref="Absent"/>.
/// </para>
/// <para>
/// Numbers are <see cref="decimal"/> for every column kind, so one type carries counts and amounts; a count read from a
/// report is always a whole number in the range of <see cref="int"/>.
/// </para>
/// <para>
/// Equality: two cells are equal when both are absent, or both are present with the same <see cref="Kind"/> and, for
/// numbers, the same value (<c>1.0</c> equals <c>1</c>), or, for marks, the same mark text (ordinal comparison).
/// </para>
/// </remarks>
public readonly struct ReportCell : IEquatable<ReportCell>
{
    private readonly decimal _number;
    private readonly string? _mark;
    private readonly CellKind _kind;
    private readonly bool _present;

    private ReportCell(CellKind kind, decimal number, string? mark)
    {
        _present = true;
        _kind = kind;
        _number = number;
        _mark = mark;
    }

    /// <summary>The cell of an optional row or column the report does not have. The same as <c>default(ReportCell)</c>.</summary>
    public static ReportCell Absent => default;

    /// <summary>A present cell left blank: its value is unknown.</summary>
    public static ReportCell Blank => new(CellKind.Blank, 0, null);

    /// <summary>Whether the report has no such cell (an optional row or column it lacks).</summary>
    public bool IsAbsent => !_present;

    /// <summary>What a present cell holds; <see cref="CellKind.Blank"/> for an absent cell.</summary>
    public CellKind Kind => _kind;

    /// <summary>Whether the cell is present and holds a number.</summary>
    public bool IsNumber => _kind == CellKind.Number;

    /// <summary>Whether the cell is present and holds a printed mark.</summary>
    public bool IsMark => _kind == CellKind.Mark;

    /// <summary>Whether the cell is present and blank.</summary>
    public bool IsBlank => _present && _kind == CellKind.Blank;

    /// <summary>The number, or <see langword="null"/> when the cell holds none.</summary>
    public decimal? Value => _kind == CellKind.Number ? _number : null;

    /// <summary>The number of a <see cref="CellKind.Number"/> cell; 0 otherwise.</summary>
    public decimal Number => _number;

    /// <summary>The printed mark, or <see langword="null"/> when the cell is not a mark.</summary>
    public string? Mark => _mark;

    /// <summary>Creates a present cell holding a number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>A <see cref="CellKind.Number"/> cell.</returns>
    public static ReportCell FromNumber(decimal number) => new(CellKind.Number, number, null);

    /// <summary>Creates a present cell holding the mark the source printed instead of a number, verbatim.</summary>
    /// <param name="mark">The printed text, e.g. <c>"/"</c> or <c>"无"</c>.</param>
    /// <returns>A <see cref="CellKind.Mark"/> cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mark"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="mark"/> is empty or white space only.</exception>
    public static ReportCell FromMark(string mark) => new(CellKind.Mark, 0, CellMark.Require(mark, nameof(mark)));

    /// <summary>The cell of a count column.</summary>
    /// <param name="cell">The count cell.</param>
    /// <returns>A present cell of the same kind and value.</returns>
    public static ReportCell From(CountCell cell) => cell.Kind switch
    {
        CellKind.Number => FromNumber(cell.Value!.Value),
        CellKind.Mark => new ReportCell(CellKind.Mark, 0, cell.Mark),
        _ => Blank,
    };

    /// <summary>The cell of an optional count column: <see langword="null"/> is <see cref="Absent"/>.</summary>
    /// <param name="cell">The count cell, or <see langword="null"/> when the column is absent.</param>
    /// <returns>The cell.</returns>
    public static ReportCell From(CountCell? cell) => cell is { } present ? From(present) : Absent;

    /// <summary>The cell of a signed count column (legacy 本年增/减).</summary>
    /// <param name="cell">The signed count cell.</param>
    /// <returns>A present cell of the same kind and value.</returns>
    public static ReportCell From(SignedCountCell cell) => cell.Kind switch
    {
        CellKind.Number => FromNumber(cell.Value!.Value),
        CellKind.Mark => new ReportCell(CellKind.Mark, 0, cell.Mark),
        _ => Blank,
    };

    /// <summary>The cell of an amount column.</summary>
    /// <param name="cell">The amount cell.</param>
    /// <returns>A present cell of the same kind and value.</returns>
    public static ReportCell From(AmountCell cell) => cell.Kind switch
    {
        CellKind.Number => FromNumber(cell.Value!.Value),
        CellKind.Mark => new ReportCell(CellKind.Mark, 0, cell.Mark),
        _ => Blank,
    };

    /// <summary>Gets the number, when the cell holds one.</summary>
    /// <param name="number">The number, or 0 when the cell holds none.</param>
    /// <returns>Whether the cell holds a number.</returns>
    public bool TryGetNumber(out decimal number)
    {
        number = _number;
        return _kind == CellKind.Number;
    }

    /// <summary>The cell as a count; an absent cell is blank.</summary>
    /// <returns>The count cell.</returns>
    /// <exception cref="InvalidOperationException">The number is not a whole number between 0 and <see cref="int.MaxValue"/>.</exception>
    public CountCell ToCount() => _kind switch
    {
        CellKind.Number => CountCell.FromNumber(Whole(0)),
        CellKind.Mark => CountCell.FromMark(_mark!),
        _ => CountCell.Blank,
    };

    /// <summary>The cell as a signed count; an absent cell is blank.</summary>
    /// <returns>The signed count cell.</returns>
    /// <exception cref="InvalidOperationException">The number is not a whole number in the range of <see cref="int"/>.</exception>
    public SignedCountCell ToSignedCount() => _kind switch
    {
        CellKind.Number => SignedCountCell.FromNumber(Whole(int.MinValue)),
        CellKind.Mark => SignedCountCell.FromMark(_mark!),
        _ => SignedCountCell.Blank,
    };

    /// <summary>The cell as an amount; an absent cell is blank.</summary>
    /// <returns>The amount cell.</returns>
    /// <exception cref="InvalidOperationException">The number is negative.</exception>
    public AmountCell ToAmount() => _kind switch
    {
        CellKind.Number => _number >= 0
            ? AmountCell.FromNumber(_number)
            : throw new InvalidOperationException($"The amount {_number.ToString(CultureInfo.InvariantCulture)} is negative."),
        CellKind.Mark => AmountCell.FromMark(_mark!),
        _ => AmountCell.Blank,
    };

    /// <summary>The text as a report prints it: the number (invariant culture), the mark, or empty for a blank or absent cell.</summary>
    /// <returns>The cell as text.</returns>
    public override string ToString() => CellMark.Format(_kind, _mark, _number.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc/>
    public bool Equals(ReportCell other) =>
        _present == other._present && _kind == other._kind && _number == other._number && string.Equals(_mark, other._mark, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportCell other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_present, _kind, _number, _mark is null ? 0 : StringComparer.Ordinal.GetHashCode(_mark));

    /// <summary>Whether two cells are equal (see the remarks on <see cref="ReportCell"/>).</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReportCell left, ReportCell right) => left.Equals(right);

    /// <summary>Whether two cells differ (see the remarks on <see cref="ReportCell"/>).</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ReportCell left, ReportCell right) => !left.Equals(right);

    private int Whole(int minimum) =>
        decimal.Truncate(_number) == _number && _number >= minimum && _number <= int.MaxValue
            ? decimal.ToInt32(_number)
            : throw new InvalidOperationException($"The number {_number.ToString(CultureInfo.InvariantCulture)} is not a count.");
}
