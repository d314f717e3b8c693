using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GovInfoDisclosure.Schema.Import.Sources.Html;

/// <summary>Decodes HTML character references: numeric ones and the named ones government pages use.</summary>
internal static class HtmlEntities
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["nbsp"] = "\u00A0", ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'",
        ["ensp"] = "\u2002", ["emsp"] = "\u2003", ["thinsp"] = "\u2009", ["zwsp"] = "\u200B", ["shy"] = "\u00AD",
        ["ldquo"] = "\u201C", ["rdquo"] = "\u201D", ["lsquo"] = "\u2018", ["rsquo"] = "\u2019", ["bdquo"] = "\u201E",
        ["mdash"] = "\u2014", ["ndash"] = "\u2013", ["minus"] = "\u2212", ["hellip"] = "\u2026", ["middot"] = "\u00B7",
        ["bull"] = "\u2022", ["times"] = "\u00D7", ["divide"] = "\u00F7", ["yen"] = "\u00A5", ["copy"] = "\u00A9",
        ["reg"] = "\u00AE", ["trade"] = "\u2122", ["deg"] = "\u00B0", ["plusmn"] = "\u00B1", ["laquo"] = "\u00AB",
        ["raquo"] = "\u00BB", ["sect"] = "\u00A7", ["para"] = "\u00B6", ["frasl"] = "\u2044", ["permil"] = "\u2030",
        ["larr"] = "\u2190", ["rarr"] = "\u2192", ["uarr"] = "\u2191", ["darr"] = "\u2193", ["le"] = "\u2264", ["ge"] = "\u2265",
    };

    /// <summary>Decodes the character references in <paramref name="text"/>; anything that is not one stays as it is.</summary>
    public static string Decode(string text)
    {
        int amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        result.Append(text, 0, amp);
        int i = amp;
        while (i < text.Length)
        {
            char c = text[i];
            if (c != '&')
            {
                result.Append(c);
                i++;
                continue;
            }

            int consumed = TryDecode(text, i, result);
            if (consumed == 0)
            {
                result.Append('&');
                i++;
            }
            else
            {
                i += consumed;
            }
        }

        return result.ToString();
    }

    private static int TryDecode(string text, int at, StringBuilder result)
    {
        int i = at + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
            bool hex = i < text.Length && (text[i] == 'x' || text[i] == 'X');
            if (hex)
            {
                i++;
            }

            int start = i;
            while (i < text.Length && i - start < 8 && (hex ? Uri.IsHexDigit(text[i]) : text[i] >= '0' && text[i] <= '9'))
            {
                i++;
            }

            if (i == start)
            {
                return 0;
            }

            if (!int.TryParse(text.Substring(start, i - start), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out int code)
                || code <= 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            {
                code = 0xFFFD;
            }

            result.Append(char.ConvertFromUtf32(code));
            if (i < text.Length && text[i] == ';')
            {
                i++;
            }

            return i - at;
        }

        int nameStart = i;
        while (i < text.Length && i - nameStart < 10 && char.IsLetterOrDigit(text[i]) && text[i] < 128)
        {
            i++;
        }

        string name = text.Substring(nameStart, i - nameStart);
        if (name.Length == 0 || !Named.TryGetValue(name, out string? value))
        {
            return 0;
        }

        bool semicolon = i < text.Length && text[i] == ';';
        if (!semicolon && name is not ("nbsp" or "amp" or "lt" or "gt" or "quot"))
        {
            return 0;
        }

        result.Append(value);
        return i - at + (semicolon ? 1 : 0);
    }
}
