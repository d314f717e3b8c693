using System;
using System.Globalization;
using System.Text;
using GovInfoDisclosure.Schema.Import.Diagnostics;

namespace GovInfoDisclosure.Schema.Import.Text;

/// <summary>
/// Reads the text of one cell as the json-contract defines cells: blank, a number, or a mark printed instead of one.
/// A hand-written scanner (no regular expressions), linear in the length of the cell.
/// </summary>
internal static class CellText
{
    private static readonly string[] Marks =
    {
        "/", "\\", "-", "--", "—", "——", "–", "――", "―", "─", "无", "N/A", "n/a", "NA", "不适用", "×",
    };

    private static readonly string[] Units = { "万元", "元", "件", "个", "项", "条", "次", "人", "家", "份", "篇" };

    public static ParsedCell Parse(string? text)
    {
        string raw = text is null ? string.Empty : LabelText.Trim(text);
        if (raw.Length == 0)
        {
            return new ParsedCell(CellTextKind.Blank, raw);
        }

        // The common cell, a plain whole number ("17"): read directly, as the scanner below would read it.
        if (IsPlainWholeNumber(raw))
        {
            long whole = 0;
            foreach (char c in raw)
            {
                whole = (whole * 10) + (c - '0');
            }

            return new ParsedCell(CellTextKind.Number, raw, whole, hasNumber: true);
        }

        string compact = LabelText.Normalize(raw);
        if (compact.Length == 0)
        {
            return new ParsedCell(CellTextKind.Blank, string.Empty);
        }

        foreach (string mark in Marks)
        {
            if (string.Equals(compact, mark, StringComparison.Ordinal))
            {
                return new ParsedCell(CellTextKind.Mark, raw);
            }
        }

        return ScanNumber(raw) ?? new ParsedCell(CellTextKind.Text, raw);
    }

    /// <summary>ASCII digits only, at most 18 (no overflow), without a leading zero (which the scanner reports as run together).</summary>
    private static bool IsPlainWholeNumber(string raw)
    {
        if (raw.Length > 18 || (raw.Length > 1 && raw[0] == '0'))
        {
            return false;
        }

        foreach (char c in raw)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static ParsedCell? ScanNumber(string raw)
    {
        // Map to half-width but keep spaces (as ' '), so that "1 2" is seen as split digits.
        var s = new StringBuilder(raw.Length);
        foreach (char c in raw)
        {
            s.Append(LabelText.IsSpace(c) ? ' ' : LabelText.NormalizeChar(c));
        }

        int i = 0;
        int n = s.Length;
        bool negative = false;
        bool plus = false;
        if (i < n && (s[i] == '-' || s[i] == '+'))
        {
            negative = s[i] == '-';
            plus = s[i] == '+';
            i++;
            while (i < n && s[i] == ' ')
            {
                i++;
            }
        }

        if (i >= n || !LabelText.IsAsciiDigit(s[i]))
        {
            return null;
        }

        var digits = new StringBuilder();
        bool spaceSplit = false;
        bool badGrouping = false;
        bool usedComma = false;
        int groupIndex = 0;
        int firstGroupLength = 0;
        int runLength = 0;
        while (i < n)
        {
            char c = s[i];
            if (LabelText.IsAsciiDigit(c))
            {
                digits.Append(c);
                runLength++;
                i++;
                continue;
            }

            // A separator counts only between two digit runs.
            int j = i;
            while (j < n && s[j] == ' ')
            {
                j++;
            }

            bool comma = j < n && s[j] == ',';
            int k = comma ? j + 1 : j;
            while (comma && k < n && s[k] == ' ')
            {
                k++;
            }

            if (k < n && k > i && LabelText.IsAsciiDigit(s[k]))
            {
                if (groupIndex == 0)
                {
                    firstGroupLength = runLength;
                }
                else if (runLength != 3)
                {
                    badGrouping = true;
                }

                if (comma)
                {
                    usedComma = true;
                    spaceSplit |= j > i || k > j + 1;
                }
                else
                {
                    spaceSplit = true;
                }

                groupIndex++;
                runLength = 0;
                i = k;
                continue;
            }

            break;
        }

        if (groupIndex > 0 && (runLength != 3 || firstGroupLength > 3 || !usedComma))
        {
            badGrouping = true;
        }

        string integerPart = digits.ToString();
        string fraction = string.Empty;
        if (i < n && s[i] == '.' && i + 1 < n && LabelText.IsAsciiDigit(s[i + 1]))
        {
            int start = ++i;
            while (i < n && LabelText.IsAsciiDigit(s[i]))
            {
                i++;
            }

            fraction = s.ToString(start, i - start);
        }

        while (i < n && s[i] == ' ')
        {
            i++;
        }

        string? unit = null;
        foreach (string candidate in Units)
        {
            if (i + candidate.Length <= n && string.CompareOrdinal(s.ToString(i, candidate.Length), candidate) == 0)
            {
                unit = candidate;
                i += candidate.Length;
                break;
            }
        }

        while (i < n && s[i] == ' ')
        {
            i++;
        }

        if (i != n)
        {
            return null;
        }

        string? problem = null;
        if (spaceSplit || badGrouping || (integerPart.Length > 1 && integerPart[0] == '0' && groupIndex == 0))
        {
            problem = ImportDiagnosticCodes.CellRunTogether;
        }

        string number = fraction.Length == 0 ? integerPart : integerPart + "." + fraction;
        decimal value = 0;
        bool parsed = integerPart.Length + fraction.Length <= 28
            && decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        if (!parsed)
        {
            value = 0;
            problem ??= ImportDiagnosticCodes.CellOutOfRange;
        }
        else if (negative)
        {
            value = -value;
        }

        return new ParsedCell(CellTextKind.Number, raw, value, parsed, fraction.Length == 0 || IsZeroFraction(fraction), negative, plus, unit, problem);
    }

    private static bool IsZeroFraction(string fraction)
    {
        foreach (char c in fraction)
        {
            if (c != '0')
            {
                return false;
            }
        }

        return true;
    }
}
