using System;
using System.Buffers;
using System.Text.Json;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Json.Converters;

/// <summary>The reading rules shared by the cell converters (see the JSON contract: number, null or mark).</summary>
internal static class CellJsonReading
{
    /// <summary>Reads the mark text of a string token, refusing the empty string (a blank cell is <c>null</c>).</summary>
    public static string ReadMark(ref Utf8JsonReader reader)
    {
        string mark = reader.GetString()!;
        if (string.IsNullOrWhiteSpace(mark))
        {
            throw new JsonException("An empty or white-space string is not a cell: write null for a blank cell.");
        }

        return mark;
    }

    /// <summary>Reads an integer token, explaining why a number token is not an acceptable integer.</summary>
    public static int ReadInteger(ref Utf8JsonReader reader, bool allowNegative)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw WrongToken(reader.TokenType, allowNegative ? "an integer" : "a non-negative integer");
        }

        if (!reader.TryGetInt32(out int value))
        {
            throw !IsIntegerLiteral(reader) ? new JsonException("A count must be a whole number, not a fraction or an exponent.")
                : !allowNegative && IsNegativeLiteral(reader) ? new JsonException("A count cannot be negative.")
                : new JsonException("The number is outside the range of a count (at most 2147483647).");
        }

        if (value < 0 && !allowNegative)
        {
            throw new JsonException("A count cannot be negative.");
        }

        return value;
    }

    /// <summary>Writes a blank cell as <c>null</c> and a mark as a string; returns false for a number cell.</summary>
    public static bool TryWriteNonNumber(Utf8JsonWriter writer, CellKind kind, string? mark)
    {
        switch (kind)
        {
            case CellKind.Number:
                return false;
            case CellKind.Mark:
                writer.WriteStringValue(mark);
                return true;
            default:
                writer.WriteNullValue();
                return true;
        }
    }

    /// <summary>The exception for a token of the wrong JSON type.</summary>
    public static JsonException WrongToken(JsonTokenType token, string expected) =>
        new($"Expected {expected}, a null (blank cell) or a string (printed mark), but found {Describe(token)}.");

    /// <summary>A readable name of a token type.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>
    /// Whether the current number token's value is held exactly by a <see cref="decimal"/> (at most 28 significant
    /// digits after removing trailing zeros, at most 28 decimal places), so that reading it loses nothing: a nonzero
    /// amount such as <c>1e-30</c> must never become 0. Call after <c>TryGetDecimal</c> succeeded.
    /// </summary>
    public static bool IsExactDecimalLiteral(Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        int i = raw.Length > 0 && raw[0] == (byte)'-' ? 1 : 0;
        int significant = 0;
        int pendingZeros = 0;
        int fractionDigits = 0;
        int trailingFractionZeros = 0;
        bool fraction = false;
        for (; i < raw.Length && raw[i] != (byte)'e' && raw[i] != (byte)'E'; i++)
        {
            byte b = raw[i];
            if (b == (byte)'.')
            {
                fraction = true;
                continue;
            }

            if (fraction)
            {
                fractionDigits++;
            }

            if (b == (byte)'0')
            {
                if (significant > 0)
                {
                    pendingZeros++;
                }

                trailingFractionZeros = fraction ? trailingFractionZeros + 1 : 0;
            }
            else
            {
                significant += pendingZeros + 1;
                pendingZeros = 0;
                trailingFractionZeros = 0;
            }
        }

        if (significant == 0)
        {
            return true; // zero, however it is written
        }

        long exponent = 0;
        if (i < raw.Length)
        {
            i++;
            bool negative = i < raw.Length && raw[i] == (byte)'-';
            if (i < raw.Length && (raw[i] == (byte)'-' || raw[i] == (byte)'+'))
            {
                i++;
            }

            for (; i < raw.Length; i++)
            {
                exponent = Math.Min(exponent * 10 + (raw[i] - (byte)'0'), 100_000);
            }

            exponent = negative ? -exponent : exponent;
        }

        // Decimal places the value needs: the fraction written (without its trailing zeros) minus the exponent.
        long places = fractionDigits - trailingFractionZeros - exponent;
        if (significant <= 28 && places <= 28)
        {
            return true;
        }

        // A decimal holds a 96-bit integer (up to 79228162514264337593543950335, 29 digits) scaled by 10^0…10^28: a
        // 29-digit literal such as decimal.MaxValue may still be exact. Compare the digits read with the digits written.
        return significant == 29 && places <= 28 && reader.TryGetDecimal(out decimal value) && SameDigits(raw, value);
    }

    /// <summary>Whether the literal and the decimal have the same significant digits and magnitude.</summary>
    private static bool SameDigits(ReadOnlySpan<byte> raw, decimal value)
    {
        string written = Canonical(raw, out long writtenExponent);
        byte[] formatted = System.Text.Encoding.ASCII.GetBytes(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string read = Canonical(formatted, out long readExponent);
        return written == read && writtenExponent == readExponent;
    }

    /// <summary>The significant digits of a literal without leading or trailing zeros, and the power of ten of its last digit.</summary>
    private static string Canonical(ReadOnlySpan<byte> raw, out long exponent)
    {
        var digits = new System.Text.StringBuilder();
        long fraction = 0;
        bool inFraction = false;
        int i = raw.Length > 0 && raw[0] == (byte)'-' ? 1 : 0;
        for (; i < raw.Length && raw[i] != (byte)'e' && raw[i] != (byte)'E'; i++)
        {
            if (raw[i] == (byte)'.')
            {
                inFraction = true;
                continue;
            }

            fraction += inFraction ? 1 : 0;
            if (digits.Length > 0 || raw[i] != (byte)'0')
            {
                digits.Append((char)raw[i]);
            }
        }

        long written = 0;
        if (i < raw.Length)
        {
            i++;
            bool negative = i < raw.Length && raw[i] == (byte)'-';
            i += i < raw.Length && (raw[i] == (byte)'-' || raw[i] == (byte)'+') ? 1 : 0;
            for (; i < raw.Length; i++)
            {
                written = Math.Min(written * 10 + (raw[i] - (byte)'0'), 100_000);
            }

            written = negative ? -written : written;
        }

        exponent = written - fraction;
        int end = digits.Length;
        while (end > 0 && digits[end - 1] == '0')
        {
            end--;
            exponent++;
        }

        return digits.ToString(0, end);
    }

    /// <summary>Whether the current number token starts with a minus sign.</summary>
    public static bool IsNegativeLiteral(Utf8JsonReader reader) =>
        (reader.HasValueSequence ? reader.ValueSequence.First.Span : reader.ValueSpan) is { Length: > 0 } raw && raw[0] == (byte)'-';

    /// <summary>Whether the current number token is written without a fraction or an exponent.</summary>
    public static bool IsIntegerLiteral(Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        foreach (byte b in raw)
        {
            if (b is (byte)'.' or (byte)'e' or (byte)'E')
            {
                return false;
            }
        }

        return true;
    }
}
