using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Json.Converters;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Json.Converters;

/// <summary>
/// The reading-only converter of the prose keeps each text as validated UTF-8 until it is read. It must keep the contract
/// of the generated metadata exactly (the same names, reports and refusals: reading with <c>"format"</c> elsewhere uses the
/// generated metadata, so the two readings of one document are compared), and a lazily read narrative must be the same
/// value as one built with <c>new ReportNarrative { … }</c>: equal both ways, the same hash, the same texts, from any thread.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries), typeof(ReportNarrativeJsonConverterTests) }, MaxTest = 200)]
public class ReportNarrativeJsonConverterTests
{
    private static readonly JsonSerializerOptions WithConverter = new(ReportJson.SerializerOptions) { Converters = { new ReportNarrativeJsonConverter() } };

    /// <summary>Texts with every kind of character the writer escapes or keeps: quotes, backslashes, controls, line ends, pairs.</summary>
    private static readonly string[] Texts =
    {
        "一", "本年度未收取信息处理费。", "第一行\n第二行", "引号“三安全一稳定”与\"ASCII\"", "tab\tand \\ backslash", "emoji 😀 and 𠀀",
        "<b>&amp;</b>", "\u2028line separator", "\u0001\u001f control", " leading and trailing ", "\u3000全角空格开头", "a",
        new string('长', 300) + "\n" + new string('文', 300), "é ü ß", "/",
    };

    private static readonly Func<ReportNarrative, string?>[] Getters =
    {
        n => n.Preamble, n => n.Overview, n => n.ProactiveDisclosure, n => n.Applications, n => n.ReconsiderationAndLitigation,
        n => n.ProblemsAndImprovements, n => n.OtherMatters, n => n.Closing,
    };

    /// <summary>Narratives built in code, each text absent or one of <see cref="Texts"/>.</summary>
    public static Arbitrary<ReportNarrative> Narratives() =>
        Gen.ArrayOf(Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Gen.Elements(Texts).Select(t => (string?)t))), 8)
            .Select(Build)
            .ToArbitrary();

    private static ReportNarrative Build(string?[] t) => new()
    {
        Preamble = t[0],
        Overview = t[1],
        ProactiveDisclosure = t[2],
        Applications = t[3],
        ReconsiderationAndLitigation = t[4],
        ProblemsAndImprovements = t[5],
        OtherMatters = t[6],
        Closing = t[7],
    };

    private static readonly Report2021 Host = new() { Agency = "某县某局", Year = 2024 };

    /// <summary>The narrative as <see cref="ReportJson.Read(string, ReportReadOptions?)"/> reads it, format first: lazily.</summary>
    private static ReportNarrative ReadLazily(ReportNarrative built)
    {
        string json = ReportJson.Serialize(Host with { Narrative = built });
        Assert.StartsWith("{\n  \"format\"", json);
        return ReportJson.Read(json).Report!.Narrative!;
    }

    private static int Present(ReportNarrative n) => Getters.Count(g => g(n) is not null);

    [Fact]
    public void Names_AreTheGeneratedMetadatas_InOrder()
    {
        JsonTypeInfo generated = ReportJson.SerializerOptions.GetTypeInfo(typeof(ReportNarrative));
        Assert.Equal(generated.Properties.Select(p => p.Name), ReportNarrativeJsonConverter.PropertyNames);
        Assert.Equal(
            typeof(ReportNarrative).GetProperties().Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1)).OrderBy(n => n, StringComparer.Ordinal),
            ReportNarrativeJsonConverter.PropertyNames.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Property]
    public bool Write_IsTheGeneratedMetadatas(GovInfoReport report, ReportNarrative narrative) =>
        JsonSerializer.Serialize(report with { Narrative = narrative }, (JsonTypeInfo<GovInfoReport>)WithConverter.GetTypeInfo(typeof(GovInfoReport)))
            == ReportJson.Serialize(report with { Narrative = narrative });

    [Property]
    public Property ReadLazily_EqualsTheNarrativeBuiltInCode_BeforeAnyTextIsRead(ReportNarrative built)
    {
        ReportNarrative lazy = ReadLazily(built);
        ReportNarrative again = ReadLazily(built);
        int present = Present(built);

        // Two lazy narratives compare their bytes: nothing is decoded.
        bool lazyPair = lazy.CountPendingTexts() == present && lazy.Equals(again) && again.Equals(lazy) && lazy == again && lazy.CountPendingTexts() == present;
        bool withBuilt = lazy.Equals(built) && built.Equals(lazy) && lazy == built && !(lazy != built) && Equals((object)lazy, built);
        bool hash = lazy.GetHashCode() == built.GetHashCode() && again.GetHashCode() == built.GetHashCode();
        bool texts = Getters.All(g => g(lazy) == g(built)) && lazy.CountPendingTexts() == 0 && lazy.ToString() == built.ToString();
        return (lazyPair && withBuilt && hash && texts).Label($"pair {lazyPair}, built {withBuilt}, hash {hash}, texts {texts}");
    }

    [Property]
    public Property ReadLazily_DiffersFromANarrativeWithOneTextChanged(ReportNarrative built, PositiveInt pick)
    {
        int index = pick.Get % Getters.Length;
        string?[] changed = Getters.Select(g => g(built)).ToArray();
        // Odd picks: the same UTF-8 length (the last UTF-16 unit with its lowest bit flipped stays in its UTF-8 length
        // range, and a low surrogate stays a low surrogate), so that only the bytes themselves tell the texts apart.
        changed[index] = changed[index] is not { } text ? "新"
            : pick.Get % 2 == 0 ? text + "。"
            : text.Substring(0, text.Length - 1) + (char)(text[text.Length - 1] ^ 1);
        ReportNarrative other = Build(changed);
        ReportNarrative lazy = ReadLazily(built);
        ReportNarrative otherLazy = ReadLazily(other);
        bool sameLength = Encoding.UTF8.GetByteCount(changed[index]!) == Encoding.UTF8.GetByteCount(Getters[index](built) ?? string.Empty);
        // Lazy against lazy first (their bytes are compared), then against the built ones (which decodes them).
        bool lazyPair = !lazy.Equals(otherLazy) && !otherLazy.Equals(lazy) && lazy != otherLazy && lazy.CountPendingTexts() == Present(built);
        return (lazyPair && !lazy.Equals(other) && !other.Equals(lazy) && !otherLazy.Equals(built))
            .Label($"text {index}")
            .Classify(sameLength, "same UTF-8 length");
    }

    [Property]
    public bool RoundTrip_OfALazyNarrative_GivesTheSameBytes_WithoutDecodingIt(ReportNarrative built)
    {
        string json = ReportJson.Serialize(Host with { Narrative = built });
        GovInfoReport read = ReportJson.Read(json).Report!;
        bool equalReports = read.Equals(Host with { Narrative = built }) && read.GetHashCode() == (Host with { Narrative = built }).GetHashCode();
        return equalReports && ReportJson.Serialize(read) == json && ReportJson.Serialize(ReportJson.Read(ReportJson.Serialize(read)).Report!) == json;
    }

    [Property]
    public bool With_OnALazyNarrative_KeepsTheOtherTexts(ReportNarrative built, PositiveInt pick)
    {
        ReportNarrative lazy = ReadLazily(built);
        ReportNarrative changed = (pick.Get % 3) switch
        {
            0 => lazy with { Closing = "平武县人民政府办公室\n2025年1月20日" },
            1 => lazy with { Overview = null },
            _ => lazy with { },
        };
        ReportNarrative expected = (pick.Get % 3) switch
        {
            0 => built with { Closing = "平武县人民政府办公室\n2025年1月20日" },
            1 => built with { Overview = null },
            _ => built,
        };
        return changed.Equals(expected) && changed.GetHashCode() == expected.GetHashCode() && Getters.All(g => g(changed) == g(expected));
    }

    [Fact]
    public void EscapedTexts_AreUnescaped()
    {
        string json = "{\"format\":\"2021\",\"agency\":\"某局\",\"year\":2024,\"narrative\":{"
            + "\"preamble\":\"\\u4e00\\u4E8C三\","
            + "\"overview\":\"第一行\\n第二行\\r\\n\\t\\\"引号\\\" \\\\ \\/ \\b\\f\","
            + "\"applications\":\"\\ud83d\\ude00 and \\uD840\\uDC00\","
            + "\"closing\":\"no escapes, 平武县\""
            + "}}";
        ReportNarrative lazy = ReportJson.Read(Complete(json)).Report!.Narrative!;
        Assert.Equal(4, lazy.CountPendingTexts());
        var expected = new ReportNarrative
        {
            Preamble = "一二三",
            Overview = "第一行\n第二行\r\n\t\"引号\" \\ / \b\f",
            Applications = "😀 and 𠀀",
            Closing = "no escapes, 平武县",
        };
        Assert.True(lazy.Equals(expected));
        Assert.True(expected.Equals(lazy));
        Assert.Equal(expected.GetHashCode(), lazy.GetHashCode());
        Assert.Equal(0, lazy.CountPendingTexts());
        Assert.Equal("一二三", lazy.Preamble);
        Assert.Equal("第一行\n第二行\r\n\t\"引号\" \\ / \b\f", lazy.Overview);
        Assert.Equal("😀 and 𠀀", lazy.Applications);
        Assert.Null(lazy.ProactiveDisclosure);
        Assert.Equal(expected, ReportJson.Read(FormatLast(Complete(json))).Report!.Narrative);
    }

    [Fact]
    public void ConcurrentFirstReads_AllGetTheOneString()
    {
        string text = string.Concat(Enumerable.Repeat("一、总体情况\n2024年，平武县人民政府办公室认真贯彻落实《条例》。", 40));
        for (int round = 0; round < 50; round++)
        {
            ReportNarrative lazy = ReadLazily(new ReportNarrative { Overview = text, Closing = "落款" });
            Assert.Equal(2, lazy.CountPendingTexts());
            const int Threads = 8;
            var results = new string?[Threads];
            using var start = new Barrier(Threads);
            Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
            {
                start.SignalAndWait();
                results[i] = lazy.Overview;
            });
            Assert.All(results, r => Assert.Same(results[0], r));
            Assert.Equal(text, results[0]);
            Assert.Same(results[0], lazy.Overview);
            Assert.Equal(1, lazy.CountPendingTexts());
        }
    }

    [Fact]
    public void ConcurrentEqualityAndHashing_OfOneLazyNarrative_AgreeWithTheBuiltOne()
    {
        var built = new ReportNarrative { Preamble = "标题", Overview = "第一行\n第二行", OtherMatters = "本年度未收取信息处理费。" };
        for (int round = 0; round < 50; round++)
        {
            ReportNarrative lazy = ReadLazily(built);
            var outcomes = new (bool Equal, int Hash, string? Overview)[8];
            Parallel.For(0, outcomes.Length, i => outcomes[i] = (lazy.Equals(built), lazy.GetHashCode(), lazy.Overview));
            Assert.All(outcomes, o => Assert.Equal((true, built.GetHashCode(), "第一行\n第二行"), o));
        }
    }

    /// <summary>
    /// The document with "format" moved to the end: read by the generated metadata (texts as strings). Text surgery, not
    /// a JSON node, so that a text the reader refuses (an unpaired surrogate escape) stays exactly as written.
    /// </summary>
    private static string FormatLast(string json)
    {
        int start = json.IndexOf("\"format\":", StringComparison.Ordinal);
        int end = json.IndexOf(',', start);
        string format = json.Substring(start, end - start);
        string rest = json.Remove(start, end - start + 1);
        string moved = rest.Substring(0, rest.LastIndexOf('}')) + "," + format + "}";
        Assert.EndsWith(format + "}", moved);
        return moved;
    }

    /// <summary>The minimal 2021 report around a hand-written root object (every required table present).</summary>
    private static string Complete(string json)
    {
        JsonObject root = JsonNode.Parse(ReportJson.Serialize(Host))!.AsObject();
        JsonObject given = JsonNode.Parse(json)!.AsObject();
        foreach (var (key, value) in given.ToList())
        {
            root[key] = value?.DeepClone();
        }

        // Keep "format" first, as writers put it.
        string text = root.ToJsonString();
        Assert.StartsWith("{\"format\":", text);
        return text;
    }

    private static readonly string[] Edits =
    {
        "remove overview", "unknown property", "wrong case", "duplicate overview", "duplicate null", "escaped name", "reverse", "empty object",
        "array", "null", "number", "string", "text null", "text empty", "text spaces", "text ideographic space", "text nbsp newline",
        "text escaped space", "text escaped ideographic space", "text escapes", "text lone high escape", "text lone low escape",
        "text reversed pair escape", "text number", "text true", "text object", "text array", "metadata id", "text escaped quote only",
    };

    [Property(MaxTest = 400)]
    public Property AnEditedNarrative_IsReadTheSameWayByBothPaths(GovInfoReport report, ReportNarrative narrative, PositiveInt editPick)
    {
        string edit = Edits[editPick.Get % Edits.Length];
        narrative = narrative with { Overview = narrative.Overview ?? "概述" };
        JsonObject cells = JsonNode.Parse(JsonSerializer.Serialize(narrative, WithConverter))!.AsObject();
        string replacement;
        string Raw(string rawValue)
        {
            cells["overview"] = "__TEXT__";
            return cells.ToJsonString().Replace("\"__TEXT__\"", rawValue);
        }

        switch (edit)
        {
            case "remove overview": cells.Remove("overview"); replacement = cells.ToJsonString(); break;
            case "unknown property": cells["overviews"] = "x"; replacement = cells.ToJsonString(); break;
            case "wrong case": replacement = cells.ToJsonString().Replace("\"overview\"", "\"Overview\""); break;
            case "duplicate overview": replacement = cells.ToJsonString().TrimEnd('}') + ",\"overview\":\"又一次\"}"; break;
            case "duplicate null": cells.Remove("closing"); cells["closing"] = null; replacement = cells.ToJsonString().TrimEnd('}') + ",\"closing\":null}"; break;
            case "escaped name": replacement = cells.ToJsonString().Replace("\"overview\"", "\"\\u006fverview\""); break;
            case "reverse": replacement = "{" + string.Join(",", cells.Reverse().Select(p => JsonSerializer.Serialize(p.Key, ReportJson.SerializerOptions.GetTypeInfo(typeof(string))) + ":" + (p.Value?.ToJsonString() ?? "null"))) + "}"; break;
            case "empty object": replacement = "{}"; break;
            case "array": replacement = "[\"概述\"]"; break;
            case "null": replacement = "null"; break;
            case "number": replacement = "7"; break;
            case "string": replacement = "\"概述\""; break;
            case "text null": replacement = Raw("null"); break;
            case "text empty": replacement = Raw("\"\""); break;
            case "text spaces": replacement = Raw("\"   \""); break;
            case "text ideographic space": replacement = Raw("\"\u3000\u3000\""); break;
            case "text nbsp newline": replacement = Raw("\"\u00a0\\n\u2028\u0085\""); break;
            case "text escaped space": replacement = Raw("\"\\u0020\\t\\r\\n\""); break;
            case "text escaped ideographic space": replacement = Raw("\"\\u3000\\u205F\""); break;
            case "text escapes": replacement = Raw("\"\\u4e00\\n\\\"引\\\"\\\\\\/\\ud83d\\ude00\""); break;
            case "text lone high escape": replacement = Raw("\"前\\ud800后\""); break;
            case "text lone low escape": replacement = Raw("\"前\\udc00后\""); break;
            case "text reversed pair escape": replacement = Raw("\"\\ude00\\ud83d\""); break;
            case "text number": replacement = Raw("12"); break;
            case "text true": replacement = Raw("true"); break;
            case "text object": replacement = Raw("{}"); break;
            case "text array": replacement = Raw("[\"a\"]"); break;
            case "metadata id": cells["$id"] = "1"; replacement = cells.ToJsonString(); break;
            default: replacement = Raw("\"\\\"\""); break;
        }

        JsonObject root = JsonNode.Parse(ReportJson.Serialize(report))!.AsObject();
        root["narrative"] = "__RAW__";
        string formatFirst = root.ToJsonString().Replace("\"__RAW__\"", replacement);
        Assert.StartsWith("{\"format\":", formatFirst);
        ReportReadResult fast = ReportJson.Read(formatFirst);
        ReportReadResult generated = ReportJson.Read(FormatLast(formatFirst));
        ReportReadResult fromBytes = ReportJson.Read(Encoding.UTF8.GetBytes(formatFirst));
        bool same = Equals(fast.Report, generated.Report) && Equals(fromBytes.Report, generated.Report)
            && (fast.Report is null || fast.Report.GetHashCode() == generated.Report!.GetHashCode())
            && Key(fast).SequenceEqual(Key(generated)) && Key(fromBytes).SequenceEqual(Key(generated));

        // Problems come from the inspector, never from an exception of the fast path.
        bool explained = fast.Problems.All(p => !p.Message.En.StartsWith("The document is not a valid report:", StringComparison.Ordinal));
        return (same && explained).Label($"{edit}: {string.Join("; ", fast.Problems)} | {string.Join("; ", generated.Problems)}");
    }

    private static (string Code, string? Pointer)[] Key(ReportReadResult result) =>
        result.Problems.Select(p => (p.Code, p.Location.Pointer)).ToArray();

    [Theory]
    [InlineData("text empty", "\"\"", JsonProblemCodes.EmptyString, "/narrative/overview")]
    [InlineData("text spaces", "\" \\n \"", JsonProblemCodes.EmptyString, "/narrative/overview")]
    [InlineData("ideographic space", "\"\u3000\"", JsonProblemCodes.EmptyString, "/narrative/overview")]
    [InlineData("escaped ideographic space", "\"\\u3000\"", JsonProblemCodes.EmptyString, "/narrative/overview")]
    [InlineData("number", "7", JsonProblemCodes.WrongType, "/narrative/overview")]
    [InlineData("lone high escape", "\"前\\ud800后\"", JsonProblemCodes.Syntax, "/narrative/overview")]
    [InlineData("lone low escape", "\"\\udc00\"", JsonProblemCodes.Syntax, "/narrative/overview")]
    public void RefusedTexts_HaveTheirCodeAndPointer_OnBothPaths(string name, string rawText, string code, string pointer)
    {
        string json = Complete("{\"narrative\":{\"preamble\":\"标题\",\"overview\":__RAW__,\"closing\":\"落款\"}}".Replace("__RAW__", "\"__RAW__\"", StringComparison.Ordinal))
            .Replace("\"__RAW__\"", rawText, StringComparison.Ordinal);
        foreach (string document in new[] { json, FormatLast(json) })
        {
            Diagnostic problem = Assert.Single(ReportJson.Read(document).Problems);
            Assert.True((code, pointer) == (problem.Code, problem.Location.Pointer), $"{name}: {problem}");
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]               // never UTF-8
    [InlineData(new byte[] { 0xC0, 0xAF })]               // overlong "/"
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]         // an encoded surrogate
    [InlineData(new byte[] { 0xE5, 0xB9 })]               // a character cut short
    [InlineData(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 })] // five bytes
    [InlineData(new byte[] { 0x80 })]                     // a lone continuation byte
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]   // beyond U+10FFFF
    public void InvalidUtf8_InAText_IsASyntaxProblem_AtTheText_OnBothPaths(byte[] bad)
    {
        string json = Complete("{\"narrative\":{\"preamble\":\"标题\",\"overview\":\"前TEXT后\\n第二行\",\"closing\":\"落款\"}}");
        foreach (string document in new[] { json, FormatLast(json) })
        {
            byte[] bytes = Encoding.UTF8.GetBytes(document);
            int at = Encoding.UTF8.GetString(bytes).IndexOf("TEXT", StringComparison.Ordinal);
            at = Encoding.UTF8.GetByteCount(document.Substring(0, at));
            byte[] hostile = bytes.Take(at).Concat(bad).Concat(bytes.Skip(at + 4)).ToArray();

            ReportReadResult result = ReportJson.Read(hostile);
            Assert.Null(result.Report);
            Diagnostic problem = Assert.Single(result.Problems);
            Assert.Equal((JsonProblemCodes.Syntax, "/narrative/overview"), (problem.Code, problem.Location.Pointer));
        }
    }

    [Fact]
    public void TheSample_ReadLazily_IsTheSampleReadAsStrings()
    {
        string json = Fixtures.Json(Fixtures.Pingwu);
        ReportNarrative lazy = ReportJson.Read(json).Report!.Narrative!;
        ReportNarrative strings = ReportJson.Read(FormatLast(json)).Report!.Narrative!;
        Assert.Equal(5, lazy.CountPendingTexts());
        Assert.Equal(0, strings.CountPendingTexts());
        Assert.True(lazy.Equals(strings));
        Assert.Equal(strings.GetHashCode(), lazy.GetHashCode());
        Assert.StartsWith("平武县人民政府办公室", lazy.Closing, StringComparison.Ordinal);
        Assert.Equal(strings.Overview, lazy.Overview);
        Assert.Equal(json, ReportJson.Serialize(ReportJson.Read(json).Report!));
    }

    [Fact]
    public void IsWhiteSpaceOnly_AgreesWithStringIsNullOrWhiteSpace_OnEveryCharacter()
    {
        for (int c = 0; c <= 0x10FFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            string text = char.ConvertFromUtf32(c);
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            if (ReportNarrativeJsonConverter.IsWhiteSpaceOnly(utf8) != string.IsNullOrWhiteSpace(text))
            {
                Assert.Fail($"U+{c:X4}");
            }

            if (char.IsWhiteSpace(text, 0))
            {
                Assert.True(ReportNarrativeJsonConverter.IsWhiteSpaceOnly(Encoding.UTF8.GetBytes(" " + text + "\n")));
                Assert.False(ReportNarrativeJsonConverter.IsWhiteSpaceOnly(Encoding.UTF8.GetBytes(text + "x" + text)));
            }
        }

        Assert.True(ReportNarrativeJsonConverter.IsWhiteSpaceOnly(ReadOnlySpan<byte>.Empty));
    }
}
