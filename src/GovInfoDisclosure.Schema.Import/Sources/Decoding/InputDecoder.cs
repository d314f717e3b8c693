using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovInfoDisclosure.Schema.Import.Diagnostics;

namespace GovInfoDisclosure.Schema.Import.Sources.Decoding;

/// <summary>The text decoded from input bytes, the encoding chosen and the diagnostics of the decoding.</summary>
internal sealed class DecodedInput
{
    public DecodedInput(string text, string encodingName, IReadOnlyList<Diagnostic> diagnostics)
    {
        Text = text;
        EncodingName = encodingName;
        Diagnostics = diagnostics;
    }

    public string Text { get; }

    /// <summary>The name of the encoding used, e.g. <c>UTF-8</c>, <c>GB18030</c>, <c>UTF-16LE</c>.</summary>
    public string EncodingName { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}

/// <summary>
/// Decodes the bytes of a text or HTML input as a browser would, but saying what it did: a byte-order mark (UTF-8, UTF-16,
/// UTF-32) wins; then the charset an HTML page declares (<c>&lt;meta charset&gt;</c> or <c>http-equiv</c>, looked for
/// in its first 4 KiB); then strict UTF-8. A UTF-8 text with a few invalid sequences stays UTF-8, each bad sequence
/// replaced by U+FFFD and located (line, column); only when invalid sequences are a large share of the non-ASCII
/// sequences (the text is not UTF-8 as a whole) is it read as GB18030, the superset of GB2312 and GBK that Chinese
/// government pages use. The encoding chosen is named in an info diagnostic.
/// </summary>
internal static class InputDecoder
{
    /// <summary>The share of invalid sequences among the non-ASCII ones above which a text is taken as not UTF-8.</summary>
    public const double NotUtf8Share = 0.1;

    /// <summary>How many bad sequences are located one by one in the warning.</summary>
    public const int LocatedLimit = 20;

    private const int PrescanBytes = 4096;

    static InputDecoder()
    {
        // GB18030, GBK and Big5 are code-page encodings: registered once (idempotent, process-wide, no I/O).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static DecodedInput Decode(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new DiagnosticBag();

        // 1. A byte-order mark. UTF-32 LE before UTF-16 LE: both start FF FE.
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return WithEncoding(bytes.Slice(4), new UTF32Encoding(false, false, false), "UTF-32LE", "byte-order mark", "字节顺序标记", diagnostics);
        }

        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            return WithEncoding(bytes.Slice(4), new UTF32Encoding(true, false, false), "UTF-32BE", "byte-order mark", "字节顺序标记", diagnostics);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Utf8(bytes.Slice(3), "byte-order mark", "字节顺序标记", diagnostics, force: true);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return WithEncoding(bytes.Slice(2), new UnicodeEncoding(false, false, false), "UTF-16LE", "byte-order mark", "字节顺序标记", diagnostics);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return WithEncoding(bytes.Slice(2), new UnicodeEncoding(true, false, false), "UTF-16BE", "byte-order mark", "字节顺序标记", diagnostics);
        }

        // 2. The charset an HTML page declares.
        if (DeclaredCharset(bytes) is { } label)
        {
            string declared = $"the page's declared charset \"{label}\"";
            string declaredZh = $"网页声明的字符集“{label}”";
            switch (Normalize(label))
            {
                case "utf-8":
                    return Utf8(bytes, declared, declaredZh, diagnostics, force: true);
                case "gb18030":
                    return WithEncoding(bytes, Encoding.GetEncoding("GB18030"), "GB18030", declared, declaredZh, diagnostics);
                case { } other:
                    Encoding? encoding = TryGetEncoding(other);
                    if (encoding is not null)
                    {
                        return WithEncoding(bytes, encoding, encoding.WebName.ToUpperInvariant(), declared, declaredZh, diagnostics);
                    }

                    break;
            }
        }

        // 3. Strict UTF-8, unless the text is not UTF-8 as a whole.
        return Utf8(bytes, "detection", "检测", diagnostics, force: false);
    }

    /// <summary>Whether the bytes hold no byte sequence invalid in UTF-8 (after an optional BOM).</summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        var scan = new Utf8Scan(bytes, decode: false);
        return scan.Invalid == 0;
    }

    private static DecodedInput Utf8(ReadOnlySpan<byte> bytes, string why, string whyZh, DiagnosticBag diagnostics, bool force)
    {
        var scan = new Utf8Scan(bytes, decode: true);
        if (!force && scan.Invalid > 0 && scan.Invalid > NotUtf8Share * (scan.Invalid + scan.NonAsciiValid))
        {
            string invalid = scan.Invalid.ToString(CultureInfo.InvariantCulture);
            string sequences = (scan.Invalid + scan.NonAsciiValid).ToString(CultureInfo.InvariantCulture);
            diagnostics.AddTemplated(ImportDiagnosticCodes.InputEncoding, ImportLocation.None, new[]
            {
                ImportArguments.Text("encoding", "GB18030"),
                ImportArguments.Text("source", "不是 UTF-8：" + sequences + " 个非 ASCII 字节序列中有 " + invalid + " 个无效；GB18030 兼容 GBK、GB2312",
                    "not UTF-8: " + invalid + " of " + sequences + " non-ASCII sequences are invalid; GB18030 is a superset of GBK and GB2312"),
            });
            return new DecodedInput(Encoding.GetEncoding("GB18030").GetString(bytes.ToArray()), "GB18030", diagnostics.Items);
        }

        diagnostics.AddTemplated(ImportDiagnosticCodes.InputEncoding, ImportLocation.None, Encoded("UTF-8", why, whyZh));
        if (scan.Invalid > 0)
        {
            var where = new StringBuilder();
            var whereZh = new StringBuilder();
            foreach ((int line, int column) in scan.Located)
            {
                where.Append(where.Length == 0 ? string.Empty : "; ").Append("line ").Append(line).Append(", column ").Append(column);
                whereZh.Append(whereZh.Length == 0 ? string.Empty : "；").Append("第 ").Append(line).Append(" 行第 ").Append(column).Append(" 列");
            }

            if (scan.Invalid > scan.Located.Count)
            {
                where.Append("; …");
                whereZh.Append("；…");
            }

            (int firstLine, _) = scan.Located[0];
            diagnostics.AddTemplated(ImportDiagnosticCodes.InputInvalidBytes, new ImportLocation { Line = firstLine },
                new[] { ImportArguments.Text("where", whereZh.ToString(), where.ToString()) }, actual: scan.Invalid);
        }

        return new DecodedInput(scan.Text!, "UTF-8", diagnostics.Items);
    }

    private static DecodedInput WithEncoding(ReadOnlySpan<byte> bytes, Encoding encoding, string name, string why, string whyZh, DiagnosticBag diagnostics)
    {
        diagnostics.AddTemplated(ImportDiagnosticCodes.InputEncoding, ImportLocation.None, Encoded(name, why, whyZh));
        return new DecodedInput(encoding.GetString(bytes.ToArray()), name, diagnostics.Items);
    }

    /// <summary>The arguments of <see cref="ImportDiagnosticCodes.InputEncoding"/>: the encoding and what chose it.</summary>
    private static DiagnosticArgument[] Encoded(string name, string why, string whyZh) =>
        new[] { ImportArguments.Text("encoding", name), ImportArguments.Text("source", "依据：" + whyZh, "from " + why) };

    private static Encoding? TryGetEncoding(string label)
    {
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>WHATWG label aliases that matter here: the GB family decodes as GB18030; a page may not declare UTF-16.</summary>
    private static string Normalize(string label) => label.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode" => "utf-8",
        "gb2312" or "gbk" or "gb18030" or "x-gbk" or "chinese" or "csgb2312" or "iso-ir-58" or "gb_2312" or "gb_2312-80" or "cp936"
            or "windows-936" or "euc-cn" => "gb18030",
        "big5" or "big5-hkscs" or "cn-big5" or "x-x-big5" => "big5",
        var other => other,
    };

    /// <summary>The charset of a <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c> in the first 4 KiB.</summary>
    internal static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        int length = Math.Min(bytes.Length, PrescanBytes);
        var head = new char[length];
        for (int i = 0; i < length; i++)
        {
            byte b = bytes[i];
            head[i] = b < 0x80 ? char.ToLowerInvariant((char)b) : ' ';
        }

        string text = new(head);
        int at = 0;
        while ((at = text.IndexOf("<meta", at, StringComparison.Ordinal)) >= 0)
        {
            int end = text.IndexOf('>', at);
            string tag = end < 0 ? text.Substring(at) : text.Substring(at, end - at);
            int charset = tag.IndexOf("charset", StringComparison.Ordinal);
            if (charset >= 0)
            {
                int i = charset + "charset".Length;
                while (i < tag.Length && tag[i] is ' ' or '\t' or '\n' or '\r')
                {
                    i++;
                }

                if (i < tag.Length && tag[i] == '=')
                {
                    i++;
                    while (i < tag.Length && tag[i] is ' ' or '\t' or '\n' or '\r' or '"' or '\'')
                    {
                        i++;
                    }

                    int start = i;
                    while (i < tag.Length && tag[i] is not (' ' or '\t' or '\n' or '\r' or '"' or '\'' or ';' or '/' or '>'))
                    {
                        i++;
                    }

                    if (i > start)
                    {
                        return tag.Substring(start, i - start);
                    }
                }
            }

            at += 5;
        }

        return null;
    }

    /// <summary>One pass of strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).</summary>
    private readonly struct Utf8Scan
    {
        public Utf8Scan(ReadOnlySpan<byte> bytes, bool decode)
        {
            char[]? chars = decode ? new char[bytes.Length] : null;
            int written = 0;
            int invalid = 0;
            int nonAscii = 0;
            int line = 1;
            int column = 1;
            var located = new List<(int Line, int Column)>();
            int i = 0;
            while (i < bytes.Length)
            {
                byte b = bytes[i];
                if (b < 0x80)
                {
                    if (chars is not null)
                    {
                        chars[written++] = (char)b;
                    }

                    if (b == (byte)'\n')
                    {
                        line++;
                        column = 1;
                    }
                    else
                    {
                        column++;
                    }

                    i++;
                    continue;
                }

                int need;
                int codePoint;
                byte min = 0x80;
                byte max = 0xBF;
                if (b >= 0xC2 && b <= 0xDF)
                {
                    need = 1;
                    codePoint = b & 0x1F;
                }
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    need = 2;
                    codePoint = b & 0x0F;
                    min = b == 0xE0 ? (byte)0xA0 : (byte)0x80;
                    max = b == 0xED ? (byte)0x9F : (byte)0xBF;
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    need = 3;
                    codePoint = b & 0x07;
                    min = b == 0xF0 ? (byte)0x90 : (byte)0x80;
                    max = b == 0xF4 ? (byte)0x8F : (byte)0xBF;
                }
                else
                {
                    need = 0;
                    codePoint = -1;
                }

                int consumed = 1;
                bool ok = need > 0;
                for (int k = 1; ok && k <= need; k++)
                {
                    if (i + k >= bytes.Length)
                    {
                        ok = false;
                        break;
                    }

                    byte next = bytes[i + k];
                    byte lo = k == 1 ? min : (byte)0x80;
                    byte hi = k == 1 ? max : (byte)0xBF;
                    if (next < lo || next > hi)
                    {
                        ok = false;
                        break;
                    }

                    codePoint = (codePoint << 6) | (next & 0x3F);
                    consumed++;
                }

                if (!ok)
                {
                    // The maximal subpart of a valid sequence becomes one U+FFFD, as the WHATWG decoder does.
                    invalid++;
                    if (located.Count < LocatedLimit)
                    {
                        located.Add((line, column));
                    }

                    if (chars is not null)
                    {
                        chars[written++] = '\uFFFD';
                    }

                    column++;
                    i += consumed;
                    continue;
                }

                nonAscii++;
                if (chars is not null)
                {
                    if (codePoint >= 0x10000)
                    {
                        codePoint -= 0x10000;
                        chars[written++] = (char)(0xD800 + (codePoint >> 10));
                        chars[written++] = (char)(0xDC00 + (codePoint & 0x3FF));
                    }
                    else
                    {
                        chars[written++] = (char)codePoint;
                    }
                }

                column++;
                i += consumed;
            }

            Invalid = invalid;
            NonAsciiValid = nonAscii;
            Located = located;
            Text = chars is null ? null : new string(chars, 0, written);
        }

        public int Invalid { get; }

        public int NonAsciiValid { get; }

        public List<(int Line, int Column)> Located { get; }

        public string? Text { get; }
    }
}
