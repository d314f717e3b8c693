using System;
using System.Collections.Generic;
using System.Text;

namespace GovInfoDisclosure.Schema.Import.Tests.Fuzz;

/// <summary>
/// A deterministic mutator of real report texts: the same seed always gives the same text. Each step applies one of the
/// damages published reports really show — lines lost, repeated or out of order, digits transposed, stray tags, a cut
/// download, a wrong encoding — so the fuzz property explores near-valid inputs that reach deep into the importer.
/// </summary>
internal static class TextMutator
{
    /// <summary>The kinds of damage, in the order <see cref="Mutate"/> draws them.</summary>
    public enum Damage
    {
        DeleteLine,
        DuplicateLine,
        SwapLines,
        SwapDigits,
        ChangeDigit,
        InsertTag,
        Truncate,
        ReEncodeLine,
        FullWidthDigits,
    }

    private static readonly string[] Tags =
    {
        "<td>", "</td>", "<tr>", "</tr>", "<table>", "</table>", "<td colspan=\"3\">", "<td rowspan=\"99999\">", "<br>", "<p>",
        "</div>", "<!--", "-->", "<script>", "&nbsp;", "&#x4e00;", "|", "||", "\f", "\u3000", "<b>", "</b>",
    };

    private static readonly Encoding Gb18030;

    static TextMutator()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding("GB18030");
    }

    /// <summary>Applies <paramref name="steps"/> damages drawn from <paramref name="seed"/>; returns the text and what was done.</summary>
    public static (string Text, IReadOnlyList<string> Log) Mutate(string text, ulong seed, int steps)
    {
        var random = new SplitMix(seed);
        var log = new List<string>();
        for (int step = 0; step < steps && text.Length > 0; step++)
        {
            var damage = (Damage)random.Next(Enum.GetValues<Damage>().Length);
            (text, string what) = Apply(text, damage, ref random);
            log.Add(what);
        }

        return (text, log);
    }

    private static (string Text, string What) Apply(string text, Damage damage, ref SplitMix random)
    {
        List<string> lines = new(text.Split('\n'));
        int line = random.Next(lines.Count);
        switch (damage)
        {
            case Damage.DeleteLine:
                lines.RemoveAt(line);
                return (string.Join("\n", lines), $"delete line {line + 1}");
            case Damage.DuplicateLine:
                lines.Insert(line, lines[line]);
                return (string.Join("\n", lines), $"duplicate line {line + 1}");
            case Damage.SwapLines:
            {
                int other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return (string.Join("\n", lines), $"swap lines {line + 1} and {other + 1}");
            }

            case Damage.SwapDigits:
            {
                // Two adjacent digits of one number exchanged, e.g. 21 → 12.
                int at = FindDigitPair(text, random.Next(Math.Max(1, text.Length)));
                if (at < 0)
                {
                    return (text, "swap digits (none)");
                }

                char[] chars = text.ToCharArray();
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                return (new string(chars), $"swap digits at {at}");
            }

            case Damage.ChangeDigit:
            {
                int at = FindDigit(text, random.Next(Math.Max(1, text.Length)));
                if (at < 0)
                {
                    return (text, "change digit (none)");
                }

                char[] chars = text.ToCharArray();
                chars[at] = (char)('0' + random.Next(10));
                return (new string(chars), $"change digit at {at} to {chars[at]}");
            }

            case Damage.InsertTag:
            {
                int at = random.Next(text.Length + 1);
                string tag = Tags[random.Next(Tags.Length)];
                return (text.Insert(at, tag), $"insert {tag} at {at}");
            }

            case Damage.Truncate:
            {
                int at = random.Next(text.Length + 1);
                return (text.Substring(0, at), $"truncate at {at}");
            }

            case Damage.ReEncodeLine:
            {
                // The line's GB18030 bytes read as UTF-8 (mojibake: every hanzi becomes U+FFFD), or its UTF-8 read as GB18030.
                bool toUtf8 = random.Next(2) == 0;
                lines[line] = toUtf8
                    ? Encoding.UTF8.GetString(Gb18030.GetBytes(lines[line]))
                    : Gb18030.GetString(Encoding.UTF8.GetBytes(lines[line]));
                return (string.Join("\n", lines), $"re-encode line {line + 1} {(toUtf8 ? "GB18030 as UTF-8" : "UTF-8 as GB18030")}");
            }

            default:
            {
                // Full-width digits (０–９), as some CMS editors print them: the same numbers in other code points.
                var builder = new StringBuilder(lines[line]);
                for (int i = 0; i < builder.Length; i++)
                {
                    if (builder[i] is >= '0' and <= '9')
                    {
                        builder[i] = (char)(builder[i] - '0' + '０');
                    }
                }

                lines[line] = builder.ToString();
                return (string.Join("\n", lines), $"full-width digits in line {line + 1}");
            }
        }
    }

    private static int FindDigitPair(string text, int from)
    {
        for (int k = 0; k < text.Length; k++)
        {
            int i = (from + k) % text.Length;
            if (i + 1 < text.Length && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && text[i] != text[i + 1])
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindDigit(string text, int from)
    {
        for (int k = 0; k < text.Length; k++)
        {
            int i = (from + k) % text.Length;
            if (char.IsAsciiDigit(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>SplitMix64: a tiny, fast, well-mixed generator whose whole state is one seed.</summary>
    private struct SplitMix
    {
        private ulong _state;

        public SplitMix(ulong seed) => _state = seed;

        public int Next(int bound)
        {
            unchecked
            {
                _state += 0x9E3779B97F4A7C15UL;
                ulong z = _state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                return bound <= 1 ? 0 : (int)(z % (ulong)bound);
            }
        }
    }
}
