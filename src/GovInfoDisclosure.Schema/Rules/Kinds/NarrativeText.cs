using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Rules.Kinds;

/// <summary>Text helpers of the narrative checks: normalisation, Chinese numerals, the name of a cell in messages.</summary>
internal static class NarrativeText
{
    /// <summary>A cell of 表三 as the narrative messages name it (<c>{cell}</c>): <c>本年新收 总计</c> / <c>Newly received, Total</c>.</summary>
    public static BilingualText CellName(FieldLabel field) =>
        new(field.Row!.ShortChinese + " " + field.Column!.Chinese, field.Row.English + ", " + field.Column.English);

    /// <summary>Full-width ASCII to ASCII, every whitespace removed (formats.md §0.3).</summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            result.Append(c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }

        return result.ToString();
    }

    /// <summary>
    /// Parses Arabic digits or a Chinese numeral up to 万 (零〇一二两三四五六七八九十百千万), e.g. 十六 = 16, 一百零五 = 105.
    /// </summary>
    public static bool TryParseNumber(string text, out long value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 12)
        {
            return false;
        }

        if (text[0] >= '0' && text[0] <= '9')
        {
            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }

        long total = 0, section = 0, digit = 0;
        foreach (char c in text)
        {
            int d = "零〇一二两三四五六七八九".IndexOf(c);
            if (d >= 0)
            {
                digit = d switch { 0 or 1 => 0, 2 => 1, 3 or 4 => 2, _ => d - 2 };
                continue;
            }

            long unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10000, _ => -1 };
            if (unit < 0)
            {
                return false;
            }

            if (unit == 10000)
            {
                total = (total + section + digit) * 10000;
                section = 0;
            }
            else
            {
                section += (digit == 0 && unit == 10 ? 1 : digit) * unit;
            }

            digit = 0;
        }

        value = total + section + digit;
        return true;
    }
}
