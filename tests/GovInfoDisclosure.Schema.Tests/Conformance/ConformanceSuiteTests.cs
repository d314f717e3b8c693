using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Migration;
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
        Assert.Equal(expected, result.Problems.Select(p => (p.Code, p.Pointer)));
    }

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
