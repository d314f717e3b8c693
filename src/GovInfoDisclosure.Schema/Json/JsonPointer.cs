using System;
using System.Text;

namespace GovInfoDisclosure.Schema.Json;

/// <summary>Builds JSON Pointers (RFC 6901).</summary>
internal static class JsonPointer
{
    /// <summary>Appends one reference token, escaping <c>~</c> and <c>/</c>.</summary>
    public static string Append(string pointer, string token) =>
        pointer + "/" + token.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Converts a System.Text.Json path (<c>$.a.b</c>, <c>$['a.b']</c>, <c>$.a[0]</c>) to a JSON Pointer.</summary>
    public static string FromJsonPath(string path)
    {
        var pointer = new StringBuilder();
        int i = path.StartsWith("$", StringComparison.Ordinal) ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                pointer.Append(Append(string.Empty, path.Substring(i + 1, end - i - 1)));
                i = end;
            }
            else if (path[i] == '[')
            {
                bool quoted = i + 1 < path.Length && path[i + 1] == '\'';
                int start = quoted ? i + 2 : i + 1;
                int end = quoted ? path.IndexOf("']", start, StringComparison.Ordinal) : path.IndexOf(']', start);
                if (end < 0)
                {
                    break;
                }

                pointer.Append(Append(string.Empty, path.Substring(start, end - start)));
                i = end + (quoted ? 2 : 1);
            }
            else
            {
                i++;
            }
        }

        return pointer.ToString();
    }
}
