namespace GovInfoDisclosure.Schema.Import.Text;

/// <summary>The reading of one cell's text, before it is typed for its column.</summary>
internal readonly struct ParsedCell
{
    public ParsedCell(CellTextKind kind, string raw, decimal number = 0, bool hasNumber = false, bool isInteger = true,
        bool isNegative = false, bool hasPlusSign = false, string? unit = null, string? problem = null)
    {
        Kind = kind;
        Raw = raw;
        Number = number;
        HasNumber = hasNumber;
        IsInteger = isInteger;
        IsNegative = isNegative;
        HasPlusSign = hasPlusSign;
        Unit = unit;
        Problem = problem;
    }

    public CellTextKind Kind { get; }

    /// <summary>The cell text, trimmed, verbatim.</summary>
    public string Raw { get; }

    /// <summary>The number (with its sign) when <see cref="HasNumber"/>.</summary>
    public decimal Number { get; }

    /// <summary>Whether <see cref="Number"/> holds the value (false for a number too long to represent).</summary>
    public bool HasNumber { get; }

    public bool IsInteger { get; }

    public bool IsNegative { get; }

    public bool HasPlusSign { get; }

    /// <summary>The unit printed in the cell (万元, 元, 件 …), or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>A diagnostic code when the number cannot be trusted (digits run together, too long), else <see langword="null"/>.</summary>
    public string? Problem { get; }

    /// <summary>Whether the cell can stand where a value is expected: a blank, a number or a mark.</summary>
    public bool IsValueLike => Kind != CellTextKind.Text;
}
