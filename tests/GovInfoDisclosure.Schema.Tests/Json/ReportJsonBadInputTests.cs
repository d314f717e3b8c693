using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Json;

/// <summary>Every kind of bad document gets a typed problem at the exact JSON Pointer.</summary>
public class ReportJsonBadInputTests
{
    private const string Sample = "2024-pingwu-county-government-office";
    private const string Legacy = "2020-county-petitions-bureau-legacy-layout";

    private static JsonObject Node(string name = Sample) => JsonNode.Parse(Fixtures.Json(name))!.AsObject();

    private static Diagnostic Single(ReportReadResult result)
    {
        Assert.False(result.IsSuccess);
        Assert.Null(result.Report);
        return Assert.Single(result.Problems);
    }

    private static Diagnostic ReadMutated(Action<JsonObject> mutate, string name = Sample)
    {
        JsonObject node = Node(name);
        mutate(node);
        return Single(ReportJson.Read(node.ToJsonString()));
    }

    [Theory]
    [InlineData("/applications/newlyReceived/total", "-1", JsonProblemCodes.Negative)]
    [InlineData("/reconsiderationAndLitigation/reconsideration/pending", "-2147483648", JsonProblemCodes.Negative)]
    [InlineData("/applications/carriedOver/naturalPerson", "1.5", JsonProblemCodes.NotAnInteger)]
    [InlineData("/applications/carriedOver/naturalPerson", "1e3", JsonProblemCodes.NotAnInteger)]
    [InlineData("/applications/carriedOver/naturalPerson", "2147483648", JsonProblemCodes.OutOfRange)]
    [InlineData("/applications/carriedOver/naturalPerson", "123456789012345678901234567890", JsonProblemCodes.OutOfRange)]
    [InlineData("/applications/carriedOver/naturalPerson", "-123456789012345678901234567890", JsonProblemCodes.Negative)]
    [InlineData("/applications/results/withheld/stateSecret/total", "[1]", JsonProblemCodes.WrongType)]
    [InlineData("/applications/results/withheld/stateSecret/total", "{}", JsonProblemCodes.WrongType)]
    [InlineData("/applications/results/withheld/stateSecret/total", "true", JsonProblemCodes.WrongType)]
    [InlineData("/applications/results/withheld/stateSecret/total", "\"\"", JsonProblemCodes.EmptyString)]
    [InlineData("/applications/results/withheld/stateSecret/total", "\" \"", JsonProblemCodes.EmptyString)]
    [InlineData("/proactiveDisclosure/administrativeFees/amount", "-0.5", JsonProblemCodes.Negative)]
    [InlineData("/proactiveDisclosure/administrativeFees/amount", "1e40", JsonProblemCodes.OutOfRange)]
    [InlineData("/proactiveDisclosure/administrativeFees/amount", "1e-30", JsonProblemCodes.OutOfRange)]
    [InlineData("/proactiveDisclosure/administrativeFees/amount", "0.123456789012345678901234567890123", JsonProblemCodes.OutOfRange)]
    [InlineData("/proactiveDisclosure/administrativeFees/amount", "12345678901234567890123456789.5", JsonProblemCodes.OutOfRange)]
    [InlineData("/applications/results", "null", JsonProblemCodes.WrongType)]
    [InlineData("/applications/results", "[]", JsonProblemCodes.WrongType)]
    [InlineData("/applications/results/otherHandling/subtotal", "5", JsonProblemCodes.WrongType)]
    [InlineData("/year", "2007", JsonProblemCodes.OutOfRange)]
    [InlineData("/year", "2024.5", JsonProblemCodes.OutOfRange)]
    [InlineData("/year", "\"2024\"", JsonProblemCodes.WrongType)]
    [InlineData("/year", "null", JsonProblemCodes.WrongType)]
    [InlineData("/agency", "\"  \"", JsonProblemCodes.EmptyString)]
    [InlineData("/agency", "42", JsonProblemCodes.WrongType)]
    [InlineData("/publishedOn", "\"2025-02-30\"", JsonProblemCodes.InvalidDate)]
    [InlineData("/publishedOn", "\"2025/01/21\"", JsonProblemCodes.InvalidDate)]
    [InlineData("/narrative/overview", "\"\"", JsonProblemCodes.EmptyString)]
    [InlineData("/narrative", "\"text\"", JsonProblemCodes.WrongType)]
    public void BadValue_IsReportedAtItsPointer(string pointer, string json, string code)
    {
        Diagnostic problem = ReadMutated(node => JsonNodes.Set(node, pointer, JsonNode.Parse(json)));
        Assert.Equal(code, problem.Code);
        Assert.Equal(pointer, problem.Location.Pointer);
        Assert.NotNull(problem.Location.Line);
        Assert.NotEmpty(problem.Message.Zh);
        Assert.NotEmpty(problem.Message.En);
    }

    [Theory]
    [InlineData("/proactiveDisclosure/administrativeLicensing/change", "-2147483649", JsonProblemCodes.OutOfRange)]
    [InlineData("/proactiveDisclosure/administrativeLicensing/change", "-0.5", JsonProblemCodes.NotAnInteger)]
    [InlineData("/proactiveDisclosure/centralizedProcurement/projects", "-3", JsonProblemCodes.Negative)]
    [InlineData("/applications/results/otherHandling/overdueFee", "{}", JsonProblemCodes.UnknownProperty)]
    public void BadLegacyValue_IsReportedAtItsPointer(string pointer, string json, string code)
    {
        Diagnostic problem = ReadMutated(node => JsonNodes.Set(node, pointer, JsonNode.Parse(json)), Legacy);
        Assert.Equal(code, problem.Code);
        Assert.Equal(pointer, problem.Location.Pointer);
    }

    [Theory]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("1.50000000000000000000000000000000", "1.5")]
    [InlineData("0e-999999", "0")]
    [InlineData("2.5e2", "250")]
    [InlineData("31.6441", "31.6441")]
    public void ExactAmounts_AreAccepted_WithTheirValue(string literal, string value)
    {
        JsonObject node = Node();
        JsonNodes.Set(node, "/proactiveDisclosure/administrativeFees/amount", JsonNode.Parse(literal));
        ReportReadResult result = ReportJson.Read(node.ToJsonString());
        Assert.True(result.IsSuccess, string.Join("; ", result.Problems));
        var report = (GovInfoDisclosure.Schema.Model.Format2021.Report2021)result.Report!;
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), report.ProactiveDisclosure.AdministrativeFees.Amount.Value);
    }

    [Fact]
    public void LegacyNegativeChange_IsAccepted()
    {
        JsonObject node = Node(Legacy);
        JsonNodes.Set(node, "/proactiveDisclosure/administrativeLicensing/change", -8);
        Assert.True(ReportJson.Read(node.ToJsonString()).IsSuccess);
    }

    [Theory]
    [InlineData("/applications/results/withheld/stateSecret/total")]
    [InlineData("/applications/carriedForward")]
    [InlineData("/reconsiderationAndLitigation")]
    [InlineData("/agency")]
    [InlineData("/year")]
    public void MissingRequiredProperty_IsReportedWhereItBelongs(string pointer)
    {
        Diagnostic problem = ReadMutated(node => JsonNodes.Remove(node, pointer));
        Assert.Equal(JsonProblemCodes.MissingProperty, problem.Code);
        Assert.Equal(pointer, problem.Location.Pointer);
    }

    [Theory]
    [InlineData("/publishedOn")]
    [InlineData("/narrative")]
    [InlineData("/narrative/preamble")]
    public void OptionalProperty_MayBeAbsent(string pointer)
    {
        JsonObject node = Node();
        JsonNodes.Remove(node, pointer);
        Assert.True(ReportJson.Read(node.ToJsonString()).IsSuccess);
    }

    [Fact]
    public void UnknownProperty_IsRejected_WithItsPointer()
    {
        Diagnostic problem = ReadMutated(node => JsonNodes.Set(node, "/applications/carriedOver/naturalPersons", 1));
        Assert.Equal(JsonProblemCodes.UnknownProperty, problem.Code);
        Assert.Equal("/applications/carriedOver/naturalPersons", problem.Location.Pointer);
    }

    [Fact]
    public void UnknownProperty_NameIsEscapedInPointer()
    {
        Diagnostic problem = ReadMutated(node => node["a/b~c"] = 1);
        Assert.Equal("/a~1b~0c", problem.Location.Pointer);
    }

    [Fact]
    public void LegacyOnlyProperty_InCurrentFormat_IsUnknown()
    {
        Diagnostic problem = ReadMutated(node => JsonNodes.Set(node, "/proactiveDisclosure/centralizedProcurement", new JsonObject { ["projects"] = 0, ["amount"] = 0 }));
        Assert.Equal(JsonProblemCodes.UnknownProperty, problem.Code);
        Assert.Equal("/proactiveDisclosure/centralizedProcurement", problem.Location.Pointer);
    }

    [Fact]
    public void DuplicateProperty_IsRejected_AtTheSecondOccurrence()
    {
        string json = Fixtures.Json(Sample).Replace("\"carriedForward\": {\n      \"naturalPerson\": 1,", "\"carriedForward\": {\n      \"naturalPerson\": 1,\n      \"naturalPerson\": 1,");
        Diagnostic problem = Single(ReportJson.Read(json));
        Assert.Equal(JsonProblemCodes.DuplicateProperty, problem.Code);
        Assert.Equal("/applications/carriedForward/naturalPerson", problem.Location.Pointer);
        int expectedLine = json.Substring(0, json.IndexOf("\"naturalPerson\": 1,\n      \"naturalPerson\"", StringComparison.Ordinal)).Count(c => c == '\n') + 2;
        Assert.Equal(expectedLine, problem.Location.Line);
    }

    [Fact]
    public void SeveralProblems_AreAllReported_InDocumentOrder()
    {
        JsonObject node = Node();
        JsonNodes.Set(node, "/applications/newlyReceived/total", -1);
        JsonNodes.Remove(node, "/applications/carriedOver/naturalPerson");
        JsonNodes.Set(node, "/reconsiderationAndLitigation/reconsideration/extra", 0);
        ReportReadResult result = ReportJson.Read(node.ToJsonString());
        Assert.Equal(
            new[]
            {
                (JsonProblemCodes.Negative, "/applications/newlyReceived/total"),
                (JsonProblemCodes.MissingProperty, "/applications/carriedOver/naturalPerson"),
                (JsonProblemCodes.UnknownProperty, "/reconsiderationAndLitigation/reconsideration/extra"),
            },
            result.Problems.Select(p => (p.Code, p.Location.Pointer!)));
    }

    [Theory]
    [InlineData("\"2022\"", JsonProblemCodes.UnknownFormat)]
    [InlineData("2021", JsonProblemCodes.UnknownFormat)]
    [InlineData("\"2021 \"", JsonProblemCodes.UnknownFormat)]
    public void UnknownFormat_IsReported(string format, string code)
    {
        Diagnostic problem = ReadMutated(node => node["format"] = JsonNode.Parse(format));
        Assert.Equal(code, problem.Code);
        Assert.Equal("/format", problem.Location.Pointer);
    }

    [Fact]
    public void MissingFormat_IsReported()
    {
        Diagnostic problem = ReadMutated(node => node.Remove("format"));
        Assert.Equal(JsonProblemCodes.MissingFormat, problem.Code);
        Assert.Equal("/format", problem.Location.Pointer);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"format\": \"2021\", ")]
    [InlineData("{\"format\": \"2021\"} {}")]
    [InlineData("{\"format\": '2021'}")]
    [InlineData("{\"format\": \"2021\", /* comment */ \"year\": 2024}")]
    [InlineData("{\"format\": \"2021\",}")]
    public void MalformedJson_IsASyntaxProblem(string json)
    {
        Diagnostic problem = Single(ReportJson.Read(json));
        Assert.Equal(JsonProblemCodes.Syntax, problem.Code);
        Assert.NotNull(problem.Location.Line);
    }

    [Fact]
    public void TruncatedSample_IsASyntaxProblem_WithItsLine()
    {
        string json = Fixtures.Json(Sample);
        string truncated = json.Substring(0, json.IndexOf("\"carriedForward\"", StringComparison.Ordinal));
        Diagnostic problem = Single(ReportJson.Read(truncated));
        Assert.Equal(JsonProblemCodes.Syntax, problem.Code);
        Assert.Equal(truncated.Count(c => c == '\n') + 1, problem.Location.Line);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"report\"")]
    public void NonObjectRoot_IsAWrongType(string json)
    {
        Diagnostic problem = Single(ReportJson.Read(json));
        Assert.Equal(JsonProblemCodes.WrongType, problem.Code);
        Assert.Equal(string.Empty, problem.Location.Pointer);
    }

    [Fact]
    public void InvalidUtf8_IsASyntaxProblem()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Fixtures.Json(Sample).Replace("平武县人民政府办公室", "AGENCY"));
        int at = Encoding.UTF8.GetString(bytes).IndexOf("AGENCY", StringComparison.Ordinal);
        bytes[at] = 0xFF;
        bytes[at + 1] = 0xFE;
        ReportReadResult result = ReportJson.Read(bytes);
        Diagnostic problem = Assert.Single(result.Problems);
        Assert.Equal(JsonProblemCodes.Syntax, problem.Code);
        Assert.Equal("/agency", problem.Location.Pointer);
    }

    [Theory]
    [InlineData("{\"forma\\ud800t\": \"2021\"}", "")]
    [InlineData("{\"format\": \"20\\ud80021\"}", "/format")]
    public void LoneSurrogateEscape_IsASyntaxProblem_NotAnException(string json, string pointer)
    {
        // Found by the mutation property: an escaped lone surrogate made the inspector's name comparison throw.
        Diagnostic problem = Single(ReportJson.Read(json));
        Assert.Equal(JsonProblemCodes.Syntax, problem.Code);
        Assert.Equal(pointer, problem.Location.Pointer);
    }

    [Fact]
    public void BinaryGarbage_IsASyntaxProblem()
    {
        var random = new Random(20261125);
        byte[] garbage = new byte[4096];
        random.NextBytes(garbage);
        garbage[0] = 0x00;
        Diagnostic problem = Single(ReportJson.Read(garbage));
        Assert.Equal(JsonProblemCodes.Syntax, problem.Code);
    }

    [Fact]
    public void DeepNesting_IsTooDeep_NotAStackOverflow()
    {
        string deep = "{\"format\":\"2021\",\"narrative\":{\"overview\":" + new string('[', 10_000) + new string(']', 10_000) + "}}";
        ReportReadResult result = ReportJson.Read(deep);
        Assert.Equal(
            new[] { (JsonProblemCodes.WrongType, "/narrative/overview"), (JsonProblemCodes.TooDeep, "/narrative/overview") },
            result.Problems.Select(p => (p.Code, p.Location.Pointer!)));
    }

    [Fact]
    public void OversizedDocument_IsRefusedBeforeParsing()
    {
        Diagnostic problem = Single(ReportJson.Read(Fixtures.JsonBytes(Sample), new ReportReadOptions { MaxDocumentBytes = 1000 }));
        Assert.Equal(JsonProblemCodes.TooLarge, problem.Code);
        Assert.Equal(string.Empty, problem.Location.Pointer);
    }

    [Fact]
    public void HundredMegabyteDocument_IsRefusedAtTheDefaultLimit()
    {
        byte[] huge = new byte[100 * 1024 * 1024];
        Array.Fill(huge, (byte)' ');
        huge[0] = (byte)'{';
        Diagnostic problem = Single(ReportJson.Read(huge));
        Assert.Equal(JsonProblemCodes.TooLarge, problem.Code);
        Assert.Equal(JsonProblemCodes.TooLarge, ReportJson.CheckSize(huge.Length)!.Code);
        Assert.Null(ReportJson.CheckSize(ReportReadOptions.DefaultMaxDocumentBytes));
    }

    [Fact]
    public void ProblemCount_IsBounded()
    {
        JsonObject node = Node();
        for (int i = 0; i < 500; i++)
        {
            node["unknown" + i] = i;
        }

        ReportReadResult result = ReportJson.Read(node.ToJsonString());
        Assert.Equal(100, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal(JsonProblemCodes.UnknownProperty, p.Code));
    }

    [Fact]
    public void Deserialize_ThrowsATypedException_ListingProblems()
    {
        var ex = Assert.Throws<ReportJsonException>(() => ReportJson.Deserialize("{\"format\":\"2030\"}"));
        Diagnostic problem = Assert.Single(ex.Problems);
        Assert.Equal(JsonProblemCodes.UnknownFormat, problem.Code);
        Assert.Contains("/format", ex.Message);
    }

    [Fact]
    public void FailureResult_RequiresProblems()
    {
        Assert.Throws<ArgumentException>(() => ReportReadResult.Failure(Array.Empty<Diagnostic>()));
        Assert.Throws<ArgumentNullException>(() => ReportReadResult.Success(null!));
    }
}
