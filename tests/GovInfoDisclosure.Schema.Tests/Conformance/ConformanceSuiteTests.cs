using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Migration;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Conformance;

/// <summary>Runs every case of the language-neutral suite in conformance/ against the library.</summary>
public class ConformanceSuiteTests
{
    private static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "conformance", name);

    public static IEnumerable<object[]> Cases(string folder)
    {
        foreach (string file in Directory.GetFiles(Folder(folder), "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            JsonArray cases = JsonNode.Parse(File.ReadAllText(file))!["cases"]!.AsArray();
            for (int i = 0; i < cases.Count; i++)
            {
                yield return new object[] { $"{folder}/{Path.GetFileNameWithoutExtension(file)}/{i:D2} {cases[i]!["description"]}", file, i };
            }
        }
    }

    public static IEnumerable<object[]> DocumentCases => Cases("documents");

    public static IEnumerable<object[]> MigrationCases => Cases("migration");

    public static IEnumerable<object[]> RuleCases => Cases("rules");

    public static IEnumerable<object[]> CrossYearCases => Cases("cross-year");

    public static IEnumerable<object[]> ConsolidationCases => Cases("consolidation");

    private static JsonObject Case(string file, int index) => JsonNode.Parse(File.ReadAllText(file))!["cases"]![index]!.AsObject();

    [Theory]
    [MemberData(nameof(DocumentCases))]
    public void Document(string name, string file, int index)
    {
        JsonObject testCase = Case(file, index);
        string text = testCase["text"]?.GetValue<string>() ?? testCase["document"]!.ToJsonString();
        ReportReadResult result = ReportJson.Read(text);

        var expected = testCase["expect"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), e["paths"]![0]!.GetValue<string>())).ToArray();
        Assert.True(expected.Length == 0 == result.IsSuccess, name + ": " + string.Join("; ", result.Problems));
        Assert.Equal(expected, result.Problems.Select(p => (p.Code, p.Location.Pointer!)));
        if (result.Report is not null)
        {
            AssertDiagnostics(testCase["rules"]!.AsArray(), ReportValidator.Validate(result.Report));
        }
    }

    /// <summary>Every rule case: exactly the expected diagnostics, in order, with their paths in the library's order.</summary>
    [Theory]
    [MemberData(nameof(RuleCases))]
    public void Rules(string name, string file, int index)
    {
        JsonObject testCase = Case(file, index);
        ReportReadResult read = ReportJson.Read(testCase["document"]!.ToJsonString());
        Assert.True(read.IsSuccess, name + ": the document of a rule case must be well formed: " + string.Join("; ", read.Problems));
        var options = new ValidationOptions
        {
            BlankAsZero = testCase["options"]?["blankAsZero"]?.GetValue<bool>() ?? false,
            CheckNarrative = testCase["options"]?["checkNarrative"]?.GetValue<bool>() ?? false,
        };

        AssertDiagnostics(testCase["expect"]!.AsArray(), ReportValidator.Validate(read.Report!, options));
    }

    /// <summary>
    /// Every rule evaluated within one report of a format (the engine's and the opt-in narrative ones) has a case where it fails
    /// and one where it is indeterminate; a case where it passes is one that does not list it.
    /// </summary>
    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Format2019)]
    public void RuleCases_CoverEveryPerReportRule(ReportFormat format)
    {
        string file = Path.Combine(Folder("rules"), (int)format + ".json");
        var outcomes = JsonNode.Parse(File.ReadAllText(file))!["cases"]!.AsArray()
            .SelectMany(c => c!["expect"]!.AsArray())
            .Select(e => (Code: e!["code"]!.GetValue<string>(), Outcome: e["outcome"]!.GetValue<string>()))
            .ToHashSet();
        IEnumerable<string> codes = RuleCatalogue.All
            .Where(r => r.Formats.Contains(format) && r.Kind is RuleKind.Sum or RuleKind.Balance or RuleKind.Bound or RuleKind.NonNegative or RuleKind.Narrative)
            .Select(r => r.Code);

        Assert.All(codes, code =>
        {
            Assert.Contains((code, "fail"), outcomes);
            Assert.Contains((code, "indeterminate"), outcomes);
        });
    }

    /// <summary>Every year-over-year case: exactly the expected diagnostics of <see cref="CrossReportValidator.CompareYears"/>.</summary>
    [Theory]
    [MemberData(nameof(CrossYearCases))]
    public void CrossYear(string name, string file, int index)
    {
        JsonObject testCase = Case(file, index);
        GovInfoReport previous = ReadWellFormed(name, testCase["previous"]!);
        GovInfoReport current = ReadWellFormed(name, testCase["current"]!);

        AssertDiagnostics(testCase["expect"]!.AsArray(), CrossReportValidator.CompareYears(previous, current));
    }

    /// <summary>Every consolidation case: exactly the expected diagnostics of <see cref="CrossReportValidator.CheckConsolidated"/>.</summary>
    [Theory]
    [MemberData(nameof(ConsolidationCases))]
    public void Consolidation(string name, string file, int index)
    {
        JsonObject testCase = Case(file, index);
        GovInfoReport consolidated = ReadWellFormed(name, testCase["consolidated"]!);
        GovInfoReport?[] parts = testCase["parts"]!.AsArray().Select(p => p is null ? null : ReadWellFormed(name, p)).ToArray();

        AssertDiagnostics(testCase["expect"]!.AsArray(), CrossReportValidator.CheckConsolidated(consolidated, parts));
    }

    /// <summary>
    /// Every rule that compares several reports has a case for each outcome it can have, and a case where it passes (one that
    /// does not list it though the rule applies). <c>GID-X1</c> and <c>GID-S2</c> are only ever indeterminate (they stop
    /// the checks, they do not judge a value); <c>GID-S3</c> only fails.
    /// </summary>
    [Fact]
    public void CrossReportCases_CoverEveryCrossReportRule()
    {
        var outcomes = new[] { "cross-year", "consolidation" }
            .SelectMany(folder => Directory.GetFiles(Folder(folder), "*.json"))
            .SelectMany(file => JsonNode.Parse(File.ReadAllText(file))!["cases"]!.AsArray())
            .SelectMany(c => c!["expect"]!.AsArray())
            .Select(e => (Code: e!["code"]!.GetValue<string>(), Outcome: e["outcome"]!.GetValue<string>()))
            .ToHashSet();
        IEnumerable<string> codes = RuleCatalogue.All.Where(r => r.Kind is RuleKind.YearOverYear or RuleKind.Consolidation).Select(r => r.Code);

        Assert.All(codes, code =>
        {
            string[] expected = code switch
            {
                RuleCodes.ConsecutiveYears or RuleCodes.MissingPart => new[] { "indeterminate" },
                RuleCodes.PartsNotSummable => new[] { "fail" },
                _ => new[] { "fail", "indeterminate" },
            };
            Assert.All(expected, outcome => Assert.Contains((code, outcome), outcomes));
            Assert.DoesNotContain(outcomes, o => o.Code == code && !expected.Contains(o.Outcome));
        });
    }

    private static GovInfoReport ReadWellFormed(string name, JsonNode document)
    {
        ReportReadResult read = ReportJson.Read(document.ToJsonString());
        Assert.True(read.IsSuccess, name + ": every document of a case must be well formed: " + string.Join("; ", read.Problems));
        return read.Report!;
    }

    /// <summary>
    /// Compares diagnostics with expectations of the form {code, severity, outcome, paths, expected, actual (fail) |
    /// unknownPaths (indeterminate), message? {zh, en}}: the message only where the expectation pins it.
    /// </summary>
    private static void AssertDiagnostics(JsonArray expected, ValidationResult result)
    {
        var actual = new JsonArray();
        for (int i = 0; i < result.Diagnostics.Count; i++)
        {
            Diagnostic d = result.Diagnostics[i];
            var item = new JsonObject
            {
                ["code"] = d.Code,
                ["severity"] = d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                ["outcome"] = d.Outcome == DiagnosticOutcome.Fail ? "fail" : "indeterminate",
                ["paths"] = new JsonArray(d.Paths.Select(p => (JsonNode?)p).ToArray()),
            };
            if (d.Outcome == DiagnosticOutcome.Fail)
            {
                item["expected"] = d.Expected;
                item["actual"] = d.Actual;
            }
            else
            {
                item["unknownPaths"] = new JsonArray(d.UnknownPaths.Select(p => (JsonNode?)p).ToArray());
            }

            if (i < expected.Count && expected[i]?["message"] is not null)
            {
                item["message"] = new JsonObject { ["zh"] = d.Message.Zh, ["en"] = d.Message.En };
            }

            actual.Add(item);
        }

        Assert.Equal(expected.ToJsonString(Readable), actual.ToJsonString(Readable));
    }

    private static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [MemberData(nameof(MigrationCases))]
    public void Migration(string name, string file, int index)
    {
        JsonObject testCase = Case(file, index);
        MigrationResult result = ReportMigrator.ToCurrent(ReportJson.Deserialize(testCase["document"]!.ToJsonString()));

        Assert.True(JsonNode.DeepEquals(testCase["expect"]!["document"], JsonNode.Parse(ReportJson.Serialize(result.Report))), name);
        JsonArray notes = testCase["expect"]!["notes"]!.AsArray();
        Assert.Equal(notes.Count, result.Notes.Count);
        for (int i = 0; i < notes.Count; i++)
        {
            MigrationNote actual = result.Notes[i];
            Assert.Equal(notes[i]!["source"]?.GetValue<string>(), actual.SourcePointer);
            Assert.Equal(notes[i]!["target"]?.GetValue<string>(), actual.TargetPointer);
            Assert.True(JsonNode.DeepEquals(notes[i]!["sourceValue"], actual.SourceJson is null ? null : JsonNode.Parse(actual.SourceJson)), $"{name}: note {i}");
        }
    }
}
