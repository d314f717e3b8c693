using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli;

/// <summary><c>govinfo validate --rules FILE</c> and <c>--errors-only</c>.</summary>
public class ValidateRulesTests
{
    private static string LocalRules => Path.Combine(AppContext.BaseDirectory, "Fixtures", "examples", "local-rules-hb.json");

    private static string MoreSuitsThanReconsiderations()
    {
        JsonNode node = JsonNode.Parse(Fixtures.Json(Fixtures.Pingwu))!;
        node["reconsiderationAndLitigation"]!["litigationAfterReconsideration"]!["upheld"] = 3;
        node["reconsiderationAndLitigation"]!["litigationAfterReconsideration"]!["total"] = 3;
        return CliRunner.TempFile(node.ToJsonString());
    }

    [Fact]
    public void LocalRule_ItsCodeAppears_InJsonAndText()
    {
        string file = MoreSuitsThanReconsiderations();

        (int exit, string output, _) = CliRunner.Run("validate", "--json", "--rules", LocalRules, file);
        Assert.Equal(ExitCodes.Valid, exit); // HB-001 is a warning
        using JsonDocument document = JsonDocument.Parse(output.Trim());
        JsonElement local = Assert.Single(document.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("HB-001", "warning", "rule", "fail"), (local.GetProperty("code").GetString(), local.GetProperty("severity").GetString(),
            local.GetProperty("stage").GetString(), local.GetProperty("outcome").GetString()));
        Assert.Equal("/reconsiderationAndLitigation/litigationAfterReconsideration/total", local.GetProperty("paths")[0].GetString());
        Assert.Equal((0m, 3m), (local.GetProperty("expected").GetDecimal(), local.GetProperty("actual").GetDecimal()));

        (_, string text, _) = CliRunner.Run("validate", "--rules", LocalRules, file);
        Assert.Contains("  warning HB-001", text);
        Assert.Contains("HB-001  fail       1", text);

        // Without the file the report has nothing to say.
        Assert.DoesNotContain("HB-001", CliRunner.Run("validate", "--json", file).Out);
    }

    [Theory]
    [InlineData("{\"format\": \"2021\", \"rules\": [{\"code\": \"HB-001\"}], \"instances\": [{\"code\": \"HB-001\", \"left\": [{\"pointer\": \"/nope\"}], \"right\": []}]}", "RULES-UNKNOWN-CELL", "/instances/0/left/0/pointer")]
    [InlineData("{\"format\": ", "RULES-SYNTAX", "line 1")]
    public void MalformedRulesFile_IsALocatedError_ExitTwo(string rules, string code, string where)
    {
        string rulesFile = CliRunner.TempFile(rules);
        (int exit, string output, string error) = CliRunner.Run("validate", "--rules", rulesFile, Fixtures.JsonPath(Fixtures.Pingwu));

        Assert.Equal(ExitCodes.Unreadable, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(code + " " + rulesFile, error);
        Assert.Contains(where, error);
        Assert.DoesNotContain("Exception", error);
    }

    [Fact]
    public void RulesFileMissing_IsUnreadable_ExitTwo()
    {
        (int exit, _, string error) = CliRunner.Run("validate", "--rules", Path.Combine(Path.GetTempPath(), "no-such-rules-" + Guid.NewGuid() + ".json"), Fixtures.JsonPath(Fixtures.Pingwu));
        Assert.Equal(ExitCodes.Unreadable, exit);
        Assert.Contains("FILE-UNREADABLE", error);
        Assert.Equal(ExitCodes.Unreadable, CliRunner.Run("validate", Fixtures.JsonPath(Fixtures.Pingwu), "--rules").ExitCode);
    }

    [Fact]
    public void ErrorsOnly_ListsOnlyTheErrors_VerdictUnchanged()
    {
        // A broken balance (errors) and a blank cell (indeterminate) and the local warning.
        JsonNode node = JsonNode.Parse(Fixtures.Json(Fixtures.Pingwu))!;
        node["applications"]!["carriedOver"]!["researchInstitution"] = 2;
        node["applications"]!["carriedOver"]!["total"] = 2;
        node["applications"]!["newlyReceived"]!["otherOrganization"] = null;
        node["reconsiderationAndLitigation"]!["litigationAfterReconsideration"]!["upheld"] = 3;
        node["reconsiderationAndLitigation"]!["litigationAfterReconsideration"]!["total"] = 3;
        string file = CliRunner.TempFile(node.ToJsonString());

        (int allExit, string all, _) = CliRunner.Run("validate", "--json", "--rules", LocalRules, file);
        (int exit, string errors, _) = CliRunner.Run("validate", "--json", "--errors-only", "--rules", LocalRules, file);

        Assert.Equal(ExitCodes.Invalid, allExit);
        Assert.Equal(ExitCodes.Invalid, exit);
        using JsonDocument allDocument = JsonDocument.Parse(all.Trim());
        using JsonDocument errorsDocument = JsonDocument.Parse(errors.Trim());
        JsonElement[] every = allDocument.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray();
        JsonElement[] shown = errorsDocument.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.Contains(every, d => d.GetProperty("outcome").GetString() == "indeterminate");
        Assert.Contains(every, d => d.GetProperty("code").GetString() == "HB-001");
        Assert.NotEmpty(shown);
        Assert.All(shown, d => Assert.Equal(("error", "fail"), (d.GetProperty("severity").GetString(), d.GetProperty("outcome").GetString())));
        Assert.Equal(every.Count(d => d.GetProperty("severity").GetString() == "error" && d.GetProperty("outcome").GetString() == "fail"), shown.Length);
        Assert.Equal("invalid", errorsDocument.RootElement.GetProperty("verdict").GetString());
    }
}
