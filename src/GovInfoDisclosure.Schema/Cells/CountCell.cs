using System;
using System.Globalization;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Json.Converters;

namespace GovInfoDisclosure.Schema.Cells;

/// <summary>
/// A cell that counts things (件, 项): a non-negative integer, a blank, or a mark the source printed.
/// </summary>
/// <remarks>
/// <para>
/// Almost every number of the annual report is a count: applications (申请), documents (件), decisions (处理决定),
/// cases (行政复议、行政诉讼案件). Producers write plain numbers, since <see cref="int"/> converts implicitly:
/// <c>NaturalPerson = 11</c>. Consumers distinguish the three <see cref="Kind"/>s.
/// </para>
/// <para>
/// Equality: two cells are equal when they have the same <see cref="Kind"/> and, for numbers, the same value, or, for
/// marks, the same mark text (ordinal comparison). <c>default(CountCell)</c> is <see cref="Blank"/>.
/// </para>
/// <para>JSON: a non-negative integer, <c>null</c> (blank) or a string that is not empty or white space (mark).</para>
/// </remarks>
[JsonConverter(typeof(CountCellJsonConverter))]
public readonly struct CountCell : IEquatable<CountCell>
{
    private readonly int _value;
    private readonly string? _mark;
    private readonly CellKind _kind;

    private CountCell(CellKind kind, int value, string? mark)
    {
        _kind = kind;
        _value = value;
        _mark = mark;
    }

    /// <summary>A blank cell: the source gave no value. The same as <c>default(CountCell)</c>.</summary>
    public static CountCell Blank => default;

    /// <summary>What the cell holds.</summary>
    public CellKind Kind => _kind;

    /// <summary>Whether the cell holds a number.</summary>
    public bool IsNumber => _kind == CellKind.Number;

    /// <summary>Whether the cell was left blank.</summary>
    public bool IsBlank => _kind == CellKind.Blank;

    /// <summary>Whether the cell holds a printed mark.</summary>
    public bool IsMark => _kind == CellKind.Mark;

    /// <summary>The number, or <see langword="null"/> when the cell is blank or holds a mark.</summary>
    public int? Value => _kind == CellKind.Number ? _value : null;

    /// <summary>The printed mark, or <see langword="null"/> when the cell is not a mark.</summary>
    public string? Mark => _mark;

    /// <summary>Creates a cell holding <paramref name="value"/>.</summary>
    /// <param name="value">The count.</param>
    /// <returns>A <see cref="CellKind.Number"/> cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static CountCell FromNumber(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A count cannot be negative.");
        }

        return new CountCell(CellKind.Number, value, null);
    }

    /// <summary>Creates a cell holding the mark the source printed instead of a number, verbatim.</summary>
    /// <param name="mark">The printed text, e.g. <c>"/"</c>, <c>"-"</c>, <c>"—"</c> or <c>"无"</c>.</param>
    /// <returns>A <see cref="CellKind.Mark"/> cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mark"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="mark"/> is empty or white space only.</exception>
    public static CountCell FromMark(string mark) => new(CellKind.Mark, 0, CellMark.Require(mark, nameof(mark)));

    /// <summary>Converts a count to a number cell, so that producers can write plain numbers.</summary>
    /// <param name="value">The count.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static implicit operator CountCell(int value) => FromNumber(value);

    /// <summary>Gets the number, when the cell holds one.</summary>
    /// <param name="value">The number, or 0 when the cell holds none.</param>
    /// <returns>Whether the cell holds a number.</returns>
    public bool TryGetNumber(out int value)
    {
        value = _value;
        return _kind == CellKind.Number;
    }

    /// <inheritdoc/>
    public bool Equals(CountCell other) =>
        _kind == other._kind && _value == other._value && string.Equals(_mark, other._mark, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CountCell other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _kind switch
    {
        CellKind.Number => _value,
        CellKind.Mark => StringComparer.Ordinal.GetHashCode(_mark!) ^ 0x5bd1e995,
        _ => -1,
    };

    /// <summary>The number, the mark, or the empty string for a blank cell.</summary>
    /// <returns>The text as the report would print it.</returns>
    public override string ToString() => CellMark.Format(_kind, _mark, _value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Whether two cells are equal (see the remarks on <see cref="CountCell"/>).</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CountCell left, CountCell right) => left.Equals(right);

    /// <summary>Whether two cells differ (see the remarks on <see cref="CountCell"/>).</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(CountCell left, CountCell right) => !left.Equals(right);
}
