using System;
using System.Globalization;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Json.Converters;

namespace GovInfoDisclosure.Schema.Cells;

/// <summary>
/// A cell holding a signed change in a count: an integer that may be negative, a blank, or a mark the source printed.
/// </summary>
/// <remarks>
/// <para>
/// Only the legacy layout (国办公开办函〔2019〕60号) has signed cells: the column 本年增/减 ("change this year") of
/// table 二 states the net change of the number of items, and reports print decreases as negative numbers
/// (Hubei's template: "减用负值表示,如-8"; the national template gives no sign convention). Producers write plain
/// numbers, since <see cref="int"/> converts implicitly. Consumers distinguish the three <see cref="Kind"/>s.
/// </para>
/// <para>
/// Equality: two cells are equal when they have the same <see cref="Kind"/> and, for numbers, the same value, or, for
/// marks, the same mark text (ordinal comparison). <c>default(SignedCountCell)</c> is <see cref="Blank"/>.
/// </para>
/// <para>JSON: an integer, <c>null</c> (blank) or a non-empty string (mark).</para>
/// </remarks>
[JsonConverter(typeof(SignedCountCellJsonConverter))]
public readonly struct SignedCountCell : IEquatable<SignedCountCell>
{
    private readonly int _value;
    private readonly string? _mark;
    private readonly CellKind _kind;

    private SignedCountCell(CellKind kind, int value, string? mark)
    {
        _kind = kind;
        _value = value;
        _mark = mark;
    }

    /// <summary>A blank cell: the source gave no value. The same as <c>default(SignedCountCell)</c>.</summary>
    public static SignedCountCell Blank => default;

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
    /// <param name="value">The signed count.</param>
    /// <returns>A <see cref="CellKind.Number"/> cell.</returns>
    public static SignedCountCell FromNumber(int value) => new(CellKind.Number, value, null);

    /// <summary>Creates a cell holding the mark the source printed instead of a number, verbatim.</summary>
    /// <param name="mark">The printed text, e.g. <c>"/"</c>, <c>"-"</c>, <c>"—"</c> or <c>"无"</c>.</param>
    /// <returns>A <see cref="CellKind.Mark"/> cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mark"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="mark"/> is empty or white space only.</exception>
    public static SignedCountCell FromMark(string mark) => new(CellKind.Mark, 0, CellMark.Require(mark, nameof(mark)));

    /// <summary>Converts a signed count to a number cell, so that producers can write plain numbers.</summary>
    /// <param name="value">The signed count.</param>
    public static implicit operator SignedCountCell(int value) => FromNumber(value);

    /// <summary>Gets the number, when the cell holds one.</summary>
    /// <param name="value">The number, or 0 when the cell holds none.</param>
    /// <returns>Whether the cell holds a number.</returns>
    public bool TryGetNumber(out int value)
    {
        value = _value;
        return _kind == CellKind.Number;
    }

    /// <inheritdoc/>
    public bool Equals(SignedCountCell other) =>
        _kind == other._kind && _value == other._value && string.Equals(_mark, other._mark, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SignedCountCell other && Equals(other);

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

    /// <summary>Whether two cells are equal (see the remarks on <see cref="SignedCountCell"/>).</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SignedCountCell left, SignedCountCell right) => left.Equals(right);

    /// <summary>Whether two cells differ (see the remarks on <see cref="SignedCountCell"/>).</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(SignedCountCell left, SignedCountCell right) => !left.Equals(right);
}
