using System;
using System.Globalization;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Json.Converters;

namespace GovInfoDisclosure.Schema.Cells;

/// <summary>
/// A cell holding an amount of money in 万元 (ten thousand yuan): a non-negative decimal, a blank, or a mark the
/// source printed.
/// </summary>
/// <remarks>
/// <para>
/// Two cells of the report are money: 本年收费金额(单位:万元) of the current format (行政事业性收费 collected under
/// 第二十条第(八)项) and 采购总金额 of the legacy layout (政府集中采购). The unit is always 万元 in this model; a
/// source that prints yuan (e.g. "251000元") is converted on import. Money is <see cref="decimal"/>, never a binary
/// floating-point number. Producers write plain numbers, since <see cref="decimal"/> and <see cref="int"/> convert
/// implicitly. Consumers distinguish the three <see cref="Kind"/>s.
/// </para>
/// <para>
/// Equality: two cells are equal when they have the same <see cref="Kind"/> and, for numbers, the same value, or, for
/// marks, the same mark text (ordinal comparison). Numbers compare by value, so <c>1.0</c> equals <c>1</c>.
/// <c>default(AmountCell)</c> is <see cref="Blank"/>.
/// </para>
/// <para>JSON: a non-negative number, <c>null</c> (blank) or a non-empty string (mark).</para>
/// </remarks>
[JsonConverter(typeof(AmountCellJsonConverter))]
public readonly struct AmountCell : IEquatable<AmountCell>
{
    private readonly decimal _value;
    private readonly string? _mark;
    private readonly CellKind _kind;

    private AmountCell(CellKind kind, decimal value, string? mark)
    {
        _kind = kind;
        _value = value;
        _mark = mark;
    }

    /// <summary>A blank cell: the source gave no value. The same as <c>default(AmountCell)</c>.</summary>
    public static AmountCell Blank => default;

    /// <summary>What the cell holds.</summary>
    public CellKind Kind => _kind;

    /// <summary>Whether the cell holds a number.</summary>
    public bool IsNumber => _kind == CellKind.Number;

    /// <summary>Whether the cell was left blank.</summary>
    public bool IsBlank => _kind == CellKind.Blank;

    /// <summary>Whether the cell holds a printed mark.</summary>
    public bool IsMark => _kind == CellKind.Mark;

    /// <summary>The number, or <see langword="null"/> when the cell is blank or holds a mark.</summary>
    public decimal? Value => _kind == CellKind.Number ? _value : null;

    /// <summary>The printed mark, or <see langword="null"/> when the cell is not a mark.</summary>
    public string? Mark => _mark;

    /// <summary>Creates a cell holding <paramref name="value"/>.</summary>
    /// <param name="value">The amount in 万元.</param>
    /// <returns>A <see cref="CellKind.Number"/> cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static AmountCell FromNumber(decimal value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An amount cannot be negative.");
        }

        return new AmountCell(CellKind.Number, value, null);
    }

    /// <summary>Creates a cell holding the mark the source printed instead of a number, verbatim.</summary>
    /// <param name="mark">The printed text, e.g. <c>"/"</c>, <c>"-"</c>, <c>"—"</c> or <c>"无"</c>.</param>
    /// <returns>A <see cref="CellKind.Mark"/> cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mark"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="mark"/> is empty or white space only.</exception>
    public static AmountCell FromMark(string mark) => new(CellKind.Mark, 0, CellMark.Require(mark, nameof(mark)));

    /// <summary>Converts an amount in 万元 to a number cell, so that producers can write plain numbers.</summary>
    /// <param name="value">The amount in 万元.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static implicit operator AmountCell(decimal value) => FromNumber(value);

    /// <summary>Converts a whole amount in 万元 to a number cell.</summary>
    /// <param name="value">The amount in 万元.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static implicit operator AmountCell(int value) => FromNumber(value);

    /// <summary>Gets the number, when the cell holds one.</summary>
    /// <param name="value">The number, or 0 when the cell holds none.</param>
    /// <returns>Whether the cell holds a number.</returns>
    public bool TryGetNumber(out decimal value)
    {
        value = _value;
        return _kind == CellKind.Number;
    }

    /// <inheritdoc/>
    public bool Equals(AmountCell other) =>
        _kind == other._kind && _value == other._value && string.Equals(_mark, other._mark, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AmountCell other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _kind switch
    {
        CellKind.Number => _value.GetHashCode(),
        CellKind.Mark => StringComparer.Ordinal.GetHashCode(_mark!) ^ 0x5bd1e995,
        _ => -1,
    };

    /// <summary>The number, the mark, or the empty string for a blank cell.</summary>
    /// <returns>The text as the report would print it.</returns>
    public override string ToString() => CellMark.Format(_kind, _mark, _value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Whether two cells are equal (see the remarks on <see cref="AmountCell"/>).</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AmountCell left, AmountCell right) => left.Equals(right);

    /// <summary>Whether two cells differ (see the remarks on <see cref="AmountCell"/>).</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(AmountCell left, AmountCell right) => !left.Equals(right);
}
