using System.Text;

namespace GovInfoDisclosure.Schema.Import.Text;

/// <summary>
/// East Asian wide characters (CJK ideographs and punctuation, full-width forms): where two pieces of text are joined
/// without a space, and what takes two columns on a terminal (text browsers such as w3m align their tables so).
/// </summary>
internal static class WideCharacters
{
    /// <summary>Whether <paramref name="c"/> is a CJK character, CJK punctuation or a full-width form.</summary>
    public static bool IsWide(char c) =>
        (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFFEF') || (c >= '\u3000' && c <= '\u303F');

    /// <summary>The columns <paramref name="c"/> takes on a terminal: 2 for a wide character, 1 otherwise (half-width forms too).</summary>
    public static int DisplayWidth(char c) => IsWide(c) && !(c >= '\uFF61' && c <= '\uFFDC') && !(c >= '\uFFE8' && c <= '\uFFEE') ? 2 : 1;

    /// <summary>
    /// Appends a piece of text wrapped onto a new line: without a space where either side is a wide (CJK) character, with
    /// one between Latin words; an empty piece adds nothing.
    /// </summary>
    public static void AppendJoined(StringBuilder text, string piece)
    {
        if (piece.Length == 0)
        {
            return;
        }

        if (text.Length > 0 && !IsWide(text[text.Length - 1]) && !IsWide(piece[0]))
        {
            text.Append(' ');
        }

        text.Append(piece);
    }
}
