using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.BadInput;

/// <summary>
/// The bad-input suite of the reader: hostile documents (deep, huge, malformed, not UTF-8, numbers beyond <see cref="long"/>)
/// each get typed problems with a location, in bounded time and memory, and never an exception.
/// </summary>
/// <remarks>
/// Time bounds are generous (a shared two-core machine); allocation bounds are measured on the calling thread, which does all
/// the reading.
/// </remarks>
public class ReportJsonHostileInputTests
{
    private const long MiB = 1024 * 1024;

    private static readonly string Sample = Fixtures.Json(Fixtures.Pingwu);

    private static readonly string LegacySample = Fixtures.Json(Fixtures.Legacy);

    /// <summary>
    /// Reads within the bounds and returns the result. Reads once before measuring, so that one-time work (loading the
    /// resources of an exception message, say) is not counted against the document.
    /// </summary>
    private static ReportReadResult ReadBounded(byte[] document, long maxAllocatedBytes, int maxMilliseconds = 5000)
    {
        ReportJson.Read(document);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        ReportReadResult result = ReportJson.Read(document);
        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(clock.ElapsedMilliseconds < maxMilliseconds, $"took {clock.ElapsedMilliseconds} ms");
        Assert.True(allocated < maxAllocatedBytes, $"allocated {allocated} bytes");
        Assert.False(result.IsSuccess);
        Assert.All(result.Problems, p =>
        {
            Assert.Contains(p.Code, JsonProblemCodeNames.All);
            Assert.True(p.Location.Pointer!.Length == 0 || p.Location.Pointer[0] == '/', p.Location.Pointer);
            Assert.NotEmpty(p.Message.Zh);
            Assert.NotEmpty(p.Message.En);
        });
        return result;
    }

    private static ReportReadResult ReadBounded(string document, long maxAllocatedBytes, int maxMilliseconds = 5000) =>
        ReadBounded(Encoding.UTF8.GetBytes(document), maxAllocatedBytes, maxMilliseconds);

    private static (string Code, string Pointer)[] Codes(ReportReadResult result) => result.Problems.Select(p => (p.Code, p.Location.Pointer!)).ToArray();

    // ---- nesting 10,000 deep ----

    [Fact]
    public void RootArrays_TenThousandDeep_AreAWrongTypeAtTheRoot()
    {
        ReportReadResult result = ReadBounded(new string('[', 10_000) + new string(']', 10_000), 4 * MiB);
        Assert.Equal(new[] { (JsonProblemCodes.WrongType, "") }, Codes(result));
    }

    [Fact]
    public void RootObjects_TenThousandDeep_WithoutFormat_AreMissingTheFormat()
    {
        string deep = string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);
        ReportReadResult result = ReadBounded(deep, 4 * MiB);
        Assert.Equal(new[] { (JsonProblemCodes.MissingFormat, "/format") }, Codes(result));
    }

    [Fact]
    public void ObjectsTenThousandDeep_InAReport_AreTooDeep_AtTheirProperty()
    {
        string deep = Sample.Replace("\"agency\":", "\"extra\": " + string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000) + ",\n  \"agency\":");
        ReportReadResult result = ReadBounded(deep, 8 * MiB);
        Assert.Equal(new[] { (JsonProblemCodes.UnknownProperty, "/extra"), (JsonProblemCodes.TooDeep, "/extra") }, Codes(result));
        Assert.Equal(3, result.Problems[1].Location.Line);
    }

    [Fact]
    public void AMillionOpenBrackets_Unclosed_IsASyntaxProblem()
    {
        ReportReadResult result = ReadBounded("{\"format\":\"2021\",\"narrative\":" + new string('[', 1_000_000), 32 * MiB);
        Assert.Contains(result.Problems, p => p.Code is JsonProblemCodes.Syntax or JsonProblemCodes.TooDeep);
    }

    // ---- numbers beyond long, floats in count cells ----

    [Theory]
    [InlineData("/applications/carriedOver/naturalPerson", JsonProblemCodes.OutOfRange)]
    [InlineData("/reconsiderationAndLitigation/reconsideration/total", JsonProblemCodes.OutOfRange)]
    [InlineData("/proactiveDisclosure/administrativeFees/amount", JsonProblemCodes.OutOfRange)]
    [InlineData("/year", JsonProblemCodes.OutOfRange)]
    public void NumberOfAHundredThousandDigits_IsOutOfRange_AtItsPointer(string pointer, string code)
    {
        string digits = "9" + new string('0', 100_000);
        ReportReadResult result = ReadBounded(Mutate(Sample, pointer, digits), 4 * MiB);
        Assert.Equal(new[] { (code, pointer) }, Codes(result));
    }

    [Theory]
    [InlineData("-9223372036854775809", JsonProblemCodes.Negative)]
    [InlineData("9223372036854775808", JsonProblemCodes.OutOfRange)]
    [InlineData("18446744073709551616", JsonProblemCodes.OutOfRange)]
    [InlineData("1e999999999", JsonProblemCodes.NotAnInteger)]
    [InlineData("1.0", JsonProblemCodes.NotAnInteger)]
    [InlineData("0.5", JsonProblemCodes.NotAnInteger)]
    [InlineData("2E+1", JsonProblemCodes.NotAnInteger)]
    [InlineData("-0.0", JsonProblemCodes.NotAnInteger)]
    [InlineData("1.7976931348623157e308", JsonProblemCodes.NotAnInteger)]
    public void CountCell_BeyondLongOrNotWhole_IsRefused(string number, string code)
    {
        const string Pointer = "/applications/results/granted/total";
        ReportReadResult result = ReadBounded(Mutate(Sample, Pointer, number), MiB);
        Assert.Equal(new[] { (code, Pointer) }, Codes(result));
    }

    [Theory]
    [InlineData("2.5", JsonProblemCodes.NotAnInteger)]
    [InlineData("-9223372036854775809", JsonProblemCodes.OutOfRange)]
    [InlineData("1e3", JsonProblemCodes.NotAnInteger)]
    public void LegacySignedCountCell_BeyondLongOrNotWhole_IsRefused(string number, string code)
    {
        const string Pointer = "/proactiveDisclosure/administrativePenalty/change";
        ReportReadResult result = ReadBounded(Mutate(LegacySample, Pointer, number), MiB);
        Assert.Equal(new[] { (code, Pointer) }, Codes(result));
    }

    [Theory]
    [InlineData("1e999999999")]
    [InlineData("-1e999999999")]
    [InlineData("79228162514264337593543950336")]
    public void AmountBeyondDecimal_IsOutOfRangeOrNegative(string number)
    {
        const string Pointer = "/proactiveDisclosure/administrativeFees/amount";
        ReportReadResult result = ReadBounded(Mutate(Sample, Pointer, number), MiB);
        Assert.Equal(Pointer, Assert.Single(result.Problems).Location.Pointer);
        Assert.Contains(result.Problems[0].Code, new[] { JsonProblemCodes.OutOfRange, JsonProblemCodes.Negative });
    }

    // ---- optional rows, once present, need their columns ----

    [Theory]
    [InlineData("/applications/results/withheld/subtotal", "total")]
    [InlineData("/applications/results/otherHandling/subtotal", "naturalPerson")]
    public void PresentSubtotalRow_MissingAColumn_IsAMissingProperty_AtTheColumn(string row, string column)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Sample)!.AsObject();
        var cells = new System.Text.Json.Nodes.JsonObject
        {
            ["naturalPerson"] = 0, ["commercialEnterprise"] = 0, ["researchInstitution"] = 0, ["publicInterestOrganization"] = 0,
            ["legalServiceAgency"] = 0, ["otherOrganization"] = 0, ["total"] = 0,
        };
        cells.Remove(column);
        JsonNodes.Set(node, row, cells);
        ReportReadResult result = ReadBounded(node.ToJsonString(), MiB);
        Assert.Equal(new[] { (JsonProblemCodes.MissingProperty, row + "/" + column) }, Codes(result));
    }

    // ---- duplicated keys ----

    [Theory]
    [InlineData("\"format\": \"2021\",\n  \"format\": \"2021\",", "/format", 3)]
    [InlineData("\"format\": \"2021\",\n  \"format\": \"2019\",", "/format", 3)]
    [InlineData("\"format\": \"2021\",\n  \"agency\": \"x\",\n  \"\\u0061gency\": \"y\",", "/agency", 4)]
    public void DuplicatedKey_IsReportedAtTheSecondOccurrence(string head, string pointer, int line)
    {
        string json = Sample.Replace("\"format\": \"2021\",", head);
        if (pointer == "/agency")
        {
            json = json.Replace("\"agency\": \"平武县人民政府办公室\",\n", string.Empty);
        }

        ReportReadResult result = ReadBounded(json, MiB);
        Assert.Equal(new[] { (JsonProblemCodes.DuplicateProperty, pointer) }, Codes(result));
        Assert.Equal(line, result.Problems[0].Location.Line);
    }

    [Fact]
    public void FourMegabytesOfDuplicatedFormat_StopsAtTheProblemLimit()
    {
        var json = new StringBuilder("{\"format\":\"2021\"");
        while (json.Length < ReportReadOptions.DefaultMaxDocumentBytes - 100)
        {
            json.Append(",\"format\":\"2021\"");
        }

        ReportReadResult result = ReadBounded(json.Append('}').ToString(), 48 * MiB);
        Assert.Equal(100, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal((JsonProblemCodes.DuplicateProperty, "/format"), (p.Code, p.Location.Pointer)));
    }

    // ---- wrong format ----

    [Theory]
    [InlineData("null")]
    [InlineData("2021")]
    [InlineData("{}")]
    [InlineData("[\"2021\"]")]
    [InlineData("\"\"")]
    [InlineData("\"２０２１\"")]
    [InlineData("\"2021\\u0000\"")]
    public void WrongFormat_IsAnUnknownFormat_AtFormat(string format)
    {
        ReportReadResult result = ReadBounded(Sample.Replace("\"format\": \"2021\"", "\"format\": " + format), MiB);
        Assert.Equal(new[] { (JsonProblemCodes.UnknownFormat, "/format") }, Codes(result));
    }

    [Fact]
    public void FormatOfThreeMegabytes_IsQuotedShortly()
    {
        ReportReadResult result = ReadBounded("{\"format\":\"" + new string('x', 3_000_000) + "\"}", 40 * MiB);
        Diagnostic problem = Assert.Single(result.Problems);
        Assert.Equal((JsonProblemCodes.UnknownFormat, "/format"), (problem.Code, problem.Location.Pointer));
        Assert.True(problem.Message.En.Length < 300, problem.Message.En.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void UnknownPropertyWithAMegabyteName_KeepsTheNameInThePointer_NotInTheMessage()
    {
        string name = new('名', 400_000);
        ReportReadResult result = ReadBounded(Sample.Replace("\"year\":", "\"" + name + "\": 1,\n  \"year\":"), 16 * MiB);
        Diagnostic problem = Assert.Single(result.Problems);
        Assert.Equal((JsonProblemCodes.UnknownProperty, "/" + name), (problem.Code, problem.Location.Pointer));
        Assert.True(problem.Message.Zh.Length < 300);
    }

    // ---- empty, garbage, not UTF-8 ----

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x00 })]
    [InlineData(new byte[] { (byte)' ', (byte)'\n', (byte)'\t', (byte)'\r' })]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'{', 0, (byte)'}', 0 })]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 })]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}' })]
    public void EmptyOrBinary_IsASyntaxProblem_WithALine(byte[] document)
    {
        Diagnostic problem = Assert.Single(ReadBounded(document, MiB).Problems);
        Assert.Equal(JsonProblemCodes.Syntax, problem.Code);
        Assert.NotNull(problem.Location.Line);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })]               // overlong "/"
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]         // an encoded surrogate
    [InlineData(new byte[] { 0xE5, 0xB9 })]               // a character cut short
    [InlineData(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 })] // five bytes
    [InlineData(new byte[] { 0x80 })]                     // a lone continuation byte
    public void InvalidUtf8_InAMark_IsASyntaxProblem_AtTheCell(byte[] bad)
    {
        const string Pointer = "/reconsiderationAndLitigation/reconsideration/pending";
        byte[] document = Encoding.UTF8.GetBytes(Mutate(Sample, Pointer, "\"MARK\""));
        int at = Encoding.UTF8.GetString(document).IndexOf("MARK", StringComparison.Ordinal);
        byte[] hostile = document.Take(at).Concat(bad).Concat(document.Skip(at + 4)).ToArray();

        Diagnostic problem = Assert.Single(ReadBounded(hostile, MiB).Problems);
        Assert.Equal((JsonProblemCodes.Syntax, Pointer), (problem.Code, problem.Location.Pointer));
    }

    [Fact]
    public void InvalidUtf8_InAPropertyName_IsASyntaxProblem()
    {
        byte[] document = Encoding.UTF8.GetBytes(Sample.Replace("\"year\":", "\"y\u00e9ar\":"));
        int at = Array.IndexOf(document, (byte)0xC3);
        document[at + 1] = 0x28; // é = C3 A9 becomes C3 28: not UTF-8
        Diagnostic problem = Assert.Single(ReadBounded(document, MiB).Problems);
        Assert.Equal(JsonProblemCodes.Syntax, problem.Code);
        Assert.Equal(4, problem.Location.Line);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void BinaryGarbage_OfAnySize_IsASyntaxProblem(int megabytes)
    {
        var bytes = new byte[megabytes * MiB];
        new Random(megabytes).NextBytes(bytes);
        bytes[0] = (byte)'{';
        Diagnostic problem = Assert.Single(ReadBounded(bytes, 4 * MiB).Problems);
        Assert.Equal(JsonProblemCodes.Syntax, problem.Code);
    }

    /// <summary>
    /// Issue 10 row 12 (changes the earlier behaviour, which read a lone surrogate as U+FFFD and accepted the document): a
    /// lone surrogate in a string is the same located syntax problem as its escape and its bytes.
    /// </summary>
    [Theory]
    [InlineData(0xD800)] // as numbers: theory data would turn a lone surrogate into U+FFFD
    [InlineData(0xDC00)]
    [InlineData(0xDBFF)]
    public void Issue10_StringWithALoneSurrogate_IsASyntaxProblemAtTheCell_LikeItsEscape(int lone)
    {
        string text = Sample.Replace("平武县人民政府办公室", "平武" + (char)lone + "县");
        string escaped = Sample.Replace("平武县人民政府办公室", "平武\\u" + lone.ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + "县");

        Diagnostic fromText = Assert.Single(ReportJson.Read(text).Problems);
        Diagnostic fromEscape = Assert.Single(ReportJson.Read(escaped).Problems);

        Assert.Equal((JsonProblemCodes.Syntax, "/agency"), (fromText.Code, fromText.Location.Pointer));
        Assert.Equal((fromEscape.Code, fromEscape.Location.Pointer, fromEscape.Location.Line), (fromText.Code, fromText.Location.Pointer, fromText.Location.Line));
    }

    [Fact]
    public void Issue10_StringWithAPairedSurrogate_IsRead()
    {
        string json = Sample.Replace("平武县人民政府办公室", "平武\U0001F600县");
        Assert.Equal("平武\U0001F600县", ReportJson.Read(json).GetReportOrThrow().Agency);
    }

    /// <summary>Issue 10 row 11: every amount a decimal holds exactly is accepted, also with 29 digits; one more is refused.</summary>
    [Theory]
    [InlineData("79228162514264337593543950335", true)]   // decimal.MaxValue
    [InlineData("7.9228162514264337593543950335", true)]  // 29 digits, 28 places
    [InlineData("1.2345678901234567890123456789", true)]
    [InlineData("79228162514264337593543950335.0", true)] // trailing zero: still exact
    [InlineData("7922816251426433759354395033.5", true)]
    [InlineData("79228162514264337593543950336", false)]  // decimal.MaxValue + 1
    [InlineData("99999999999999999999999999999", false)]  // 29 digits over the 96-bit mantissa
    [InlineData("79228162514264337593543950335.5", false)] // 30 digits
    [InlineData("0.00000000000000000000000000001", false)]  // 29 places
    [InlineData("9.9999999999999999999999999999", false)]   // 29 digits, mantissa over 96 bits: would round to 10
    public void Issue10_AmountAtTheEdgeOfDecimal_IsAcceptedExactly_OrRefused(string literal, bool accepted)
    {
        const string Pointer = "/proactiveDisclosure/administrativeFees/amount";
        ReportReadResult result = ReportJson.Read(Mutate(Sample, Pointer, literal));
        if (accepted)
        {
            var report = (GovInfoDisclosure.Schema.Model.Format2021.Report2021)result.GetReportOrThrow();
            Assert.Equal(decimal.Parse(literal, System.Globalization.CultureInfo.InvariantCulture), report.ProactiveDisclosure.AdministrativeFees.Amount.Value);
        }
        else
        {
            Diagnostic problem = Assert.Single(result.Problems);
            Assert.Equal((JsonProblemCodes.OutOfRange, Pointer), (problem.Code, problem.Location.Pointer));
        }
    }

    // ---- truncation ----

    [Fact]
    public void Sample_TruncatedAtAnyByte_IsASyntaxProblem_WithItsLine()
    {
        byte[] bytes = Fixtures.JsonBytes(Fixtures.Pingwu);
        for (int cut = 0; cut < bytes.Length; cut += 13)
        {
            ReportReadResult result = ReportJson.Read(bytes.AsSpan(0, cut));
            Diagnostic problem = Assert.Single(result.Problems);
            Assert.Equal(JsonProblemCodes.Syntax, problem.Code);
            Assert.InRange(problem.Location.Line!.Value, 1, bytes.AsSpan(0, cut).Count((byte)'\n') + 1);
        }
    }

    // ---- size: 100 MB ----

    [Fact]
    public void HundredMegabyteString_IsRefusedWithoutEncodingIt()
    {
        string huge = new(' ', 100 * 1024 * 1024);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        ReportReadResult result = ReportJson.Read(huge);
        Assert.True(clock.ElapsedMilliseconds < 1000, $"took {clock.ElapsedMilliseconds} ms");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024);
        Assert.Equal(new[] { (JsonProblemCodes.TooLarge, "") }, Codes(result));
    }

    [Fact]
    public void StringOfFourByteCharacters_OverTheLimitInUtf8_IsRefusedWithoutEncodingIt()
    {
        string wide = string.Concat(Enumerable.Repeat("𠀀", ReportReadOptions.DefaultMaxDocumentBytes / 3));
        Assert.True(wide.Length < ReportReadOptions.DefaultMaxDocumentBytes);
        long before = GC.GetAllocatedBytesForCurrentThread();
        ReportReadResult result = ReportJson.Read(wide);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024);
        Assert.Equal(new[] { (JsonProblemCodes.TooLarge, "") }, Codes(result));
    }

    [Fact]
    public void DocumentJustUnderTheLimit_WithHugeProse_IsRead()
    {
        string prose = new('字', (ReportReadOptions.DefaultMaxDocumentBytes - 40_000) / 3);
        string json = Sample.Replace("\"overview\": \"", "\"overview\": \"" + prose);
        Assert.True(ReportJson.Read(json).IsSuccess);
        Assert.Equal(JsonProblemCodes.TooLarge, ReportJson.Read(json + new string(' ', 50_000)).Problems.Single().Code);
    }

    /// <summary>Replaces the value at a pointer (a leaf) with raw JSON text, by text surgery on the canonical sample.</summary>
    private static string Mutate(string canonical, string pointer, string rawValue)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(canonical)!.AsObject();
        JsonNodes.Set(node, pointer, "__PLACEHOLDER__");
        return node.ToJsonString().Replace("\"__PLACEHOLDER__\"", rawValue);
    }
}
