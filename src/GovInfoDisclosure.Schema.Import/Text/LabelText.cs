namespace GovInfoDisclosure.Schema.Import.Text;

/// <summary>
/// The one normalisation applied to both sides before labels are compared (formats.md §0.3): full-width forms to ASCII,
/// every kind of whitespace removed (U+0020, U+3000, U+00A0, line breaks, zero-width spaces), quotes unified, Kangxi
/// radicals and compatibility ideographs as their unified ideographs (<see cref="CompatibilityIdeographs"/>).
/// </summary>
internal static class LabelText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Most labels and cells are already normal (no whitespace, no full-width forms): then the text itself, no copy.
        int first = 0;
        while (first < text!.Length && text[first] != '\0' && NormalizeChar(text[first]) == text[first])
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        char[] result = new char[text.Length];
        text.CopyTo(0, result, 0, first);
        int length = first;
        for (int i = first; i < text.Length; i++)
        {
            char n = NormalizeChar(text[i]);
            if (n != '\0')
            {
                result[length++] = n;
            }
        }

        return new string(result, 0, length);
    }

    /// <summary>The normalised form of one character, or <c>'\0'</c> when it is whitespace and must be removed.</summary>
    public static char NormalizeChar(char c)
    {
        if (IsSpace(c))
        {
            return '\0';
        }

        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return c switch
        {
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u301D' or '\u301E' or '\u300C' or '\u300D' or '\u300E' or '\u300F' => '"',
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
            '\u3001' => '\u3001', // 、 stays: it is part of the ordinals 一、 二、
            '\u3002' => '\u3002', // 。 stays
            '\uFE63' or '\u2212' or '\u2010' or '\u2011' => '-',
            _ when CompatibilityIdeographs.InBlocks(c) => CompatibilityIdeographs.UnifiedOrSelf(c),
            >= '\u4E00' and <= '\u9FFF' => TraditionalCharacters.ToSimplified(c),
            _ => c,
        };
    }

    /// <summary>Whether the text holds a CJK ideograph or a Latin letter: a line that is no row of values alone.</summary>
    public static bool HasIdeographOrLetter(string text)
    {
        foreach (char c in text)
        {
            if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whitespace in any of the forms published reports use, including U+3000, U+00A0 and zero-width characters.</summary>
    public static bool IsSpace(char c) =>
        c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '\u00A0' || c == '\u3000'
        || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || (c > '\u007F' && char.IsWhiteSpace(c));

    /// <summary>Trims whitespace of every kind (see <see cref="IsSpace"/>) from both ends.</summary>
    public static string Trim(string text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
    }

    /// <summary>
    /// The label without its leading ordinal (一、 (一) 1. 1、 (1)), applied to an already normalised label. Returns the
    /// label itself when it has no ordinal.
    /// </summary>
    public static string StripOrdinal(string normalized)
    {
        int i = 0;
        if (normalized.Length == 0)
        {
            return normalized;
        }

        if (normalized[0] == '(')
        {
            int j = 1;
            while (j < normalized.Length && (IsChineseNumeral(normalized[j]) || IsAsciiDigit(normalized[j])))
            {
                j++;
            }

            if (j > 1 && j < normalized.Length && normalized[j] == ')')
            {
                i = j + 1;
            }
        }
        else if (IsChineseNumeral(normalized[0]))
        {
            int j = 0;
            while (j < normalized.Length && IsChineseNumeral(normalized[j]))
            {
                j++;
            }

            if (j < normalized.Length && (normalized[j] == '\u3001' || normalized[j] == '.'))
            {
                i = j + 1;
            }
        }
        else if (IsAsciiDigit(normalized[0]))
        {
            int j = 0;
            while (j < normalized.Length && IsAsciiDigit(normalized[j]))
            {
                j++;
            }

            if (j < normalized.Length && (normalized[j] == '.' || normalized[j] == '\u3001' || normalized[j] == ')'))
            {
                i = j + 1;
            }
        }

        return i == 0 ? normalized : normalized.Substring(i);
    }

    /// <summary>
    /// The kind of a normalised label's leading ordinal: 0 none, 1 <c>一、</c>, 2 <c>(一)</c>, 3 <c>1.</c> or <c>1、</c>,
    /// 4 <c>(1)</c>. Labels of different levels of the table never match by their text without the ordinal.
    /// </summary>
    public static int OrdinalKind(string normalized)
    {
        string core = StripOrdinal(normalized);
        if (core.Length == normalized.Length)
        {
            return 0;
        }

        if (normalized[0] == '(')
        {
            return IsAsciiDigit(normalized[1]) ? 4 : 2;
        }

        return IsAsciiDigit(normalized[0]) ? 3 : 1;
    }

    public static bool IsChineseNumeral(char c) =>
        c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    public static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    /// <summary>The value of a Chinese numeral 一 … 九十九, or -1.</summary>
    public static int ChineseNumberValue(string text)
    {
        if (text.Length == 0)
        {
            return -1;
        }

        int Digit(char c) => "零一二三四五六七八九".IndexOf(c);
        if (text.Length == 1)
        {
            return text[0] == '十' ? 10 : Digit(text[0]) > 0 ? Digit(text[0]) : -1;
        }

        if (text.Length == 2 && text[0] == '十')
        {
            return Digit(text[1]) > 0 ? 10 + Digit(text[1]) : -1;
        }

        if (text.Length == 2 && text[1] == '十')
        {
            return Digit(text[0]) > 1 ? Digit(text[0]) * 10 : -1;
        }

        if (text.Length == 3 && text[1] == '十')
        {
            return Digit(text[0]) > 1 && Digit(text[2]) > 0 ? Digit(text[0]) * 10 + Digit(text[2]) : -1;
        }

        return -1;
    }
}
