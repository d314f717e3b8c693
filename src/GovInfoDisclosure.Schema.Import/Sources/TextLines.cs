using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>Splits text into lines on <c>\n</c>, <c>\r\n</c> and <c>\r</c>, keeping 1-based line numbers.</summary>
internal static class TextLines
{
    public static List<string> Split(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(text.Substring(start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(text.Substring(start));
        return lines;
    }
}
