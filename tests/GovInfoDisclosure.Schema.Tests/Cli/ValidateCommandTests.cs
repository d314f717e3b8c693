using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Json;
using Xunit;

using GovInfoDisclosure.Schema.Tests.Support;

namespace GovInfoDisclosure.Schema.Tests.Cli;

public class ValidateCommandTests
{
    private static string BrokenPingwu()
    {
        JsonNode node = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures.JsonDirectory, Fixtures.Pingwu + ".json")))!;
        node["applications"]!["results"]!["total"]!["naturalPerson"] = 9;
        node["reconsiderationAndLitigation"]!["reconsideration"]!["pending"] = "/";
        return CliRunner.TempFile(node.ToJsonString());
    }

    [Fact]
    public void Validate_Samples_ExitZero()
    {
        string[] files = Directory.GetFiles(Fixtures.JsonDirectory, "*.json");

        (int exit, string output, _) = CliRunner.Run(new[] { "validate" }.Concat(files).ToArray());

        Assert.Equal(0, exit);
        Assert.Equal(files.Length, output.Split('\n').Count(l => l.Contains(": valid — format")));
    }

    [Fact]
    public void Validate_BrokenReport_ListsDiagnosticsWithCellLabels_ExitOne()
    {
        (int exit, string output, _) = CliRunner.Run("validate", BrokenPingwu());

        Assert.Equal(1, exit);
        Assert.Contains(": invalid — format 2021, 平武县人民政府办公室, 2024: 3 errors, 0 warnings, 1 indeterminate", output);
        Assert.Contains("  error GID-B1", output);
        Assert.Contains("表三 自然人列：本年新收 11 + 上年结转 0 ≠ 办理结果总计 9 + 结转下年度 1", output);
        Assert.Contains("expected 11, actual 10, difference -1", output);
        Assert.Contains("/applications/results/total/naturalPerson  表三 三、本年度办理结果 (七)总计 — 自然人", output);
        Assert.Contains("  indeterminate GID-C1", output);
        Assert.Contains(" ? /reconsiderationAndLitigation/reconsideration/pending  表四 行政复议 — 尚未审结", output);
    }

    [Fact]
    public void Validate_Json_PrintsOneObjectPerReportWithTheContractShape()
    {
        string broken = BrokenPingwu();
        string valid = Path.Combine(Fixtures.JsonDirectory, Fixtures.Legacy + ".json");

        (int exit, string output, _) = CliRunner.Run("validate", "--json", broken, valid);

        Assert.Equal(1, exit);
        string[] lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        JsonElement root = first.RootElement;
        Assert.Equal(new[] { "file", "format", "valid", "verdict", "diagnostics" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("invalid", root.GetProperty("verdict").GetString());
        Assert.Equal(broken, root.GetProperty("file").GetString());
        Assert.Equal("2021", root.GetProperty("format").GetString());
        Assert.False(root.GetProperty("valid").GetBoolean());
        JsonElement diagnostic = root.GetProperty("diagnostics")[0];
        Assert.Equal(new[] { "code", "severity", "stage", "outcome", "paths", "unknownPaths", "expected", "actual", "message" }, diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal("rule", diagnostic.GetProperty("stage").GetString());
        Assert.Equal("GID-B1", diagnostic.GetProperty("code").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("fail", diagnostic.GetProperty("outcome").GetString());
        Assert.Equal(11m, diagnostic.GetProperty("expected").GetDecimal());
        Assert.Equal(10m, diagnostic.GetProperty("actual").GetDecimal());
        Assert.Equal("/applications/newlyReceived/naturalPerson", diagnostic.GetProperty("paths")[0].GetString());
        Assert.StartsWith("表三 自然人列：", diagnostic.GetProperty("message").GetProperty("zh").GetString());
        Assert.StartsWith("Applications table, column Natural persons:", diagnostic.GetProperty("message").GetProperty("en").GetString());
        JsonElement indeterminate = root.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("outcome").GetString() == "indeterminate");
        Assert.Equal(JsonValueKind.Null, indeterminate.GetProperty("expected").ValueKind);

        using JsonDocument second = JsonDocument.Parse(lines[1]);
        Assert.True(second.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("2019", second.RootElement.GetProperty("format").GetString());
        Assert.Equal(0, second.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Validate_BlankAsZero_ReadsBlanksAsZero()
    {
        JsonNode node = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures.JsonDirectory, Fixtures.Pingwu + ".json")))!;
        node["reconsiderationAndLitigation"]!["reconsideration"]!["pending"] = null;
        string file = CliRunner.TempFile(node.ToJsonString());

        Assert.Contains("\"outcome\":\"indeterminate\"", CliRunner.Run("validate", "--json", file).Out);
        (int exit, string output, _) = CliRunner.Run("validate", "--json", "--blank-as-zero", file);
        Assert.Equal(0, exit);
        Assert.Contains("\"diagnostics\":[]", output);
    }

    [Fact]
    public void Validate_Narrative_AddsWarningsButStaysValid()
    {
        JsonNode node = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures.JsonDirectory, Fixtures.Pingwu + ".json")))!;
        node["narrative"]!["overview"] = "全年共受理政府信息公开申请20件。";
        string file = CliRunner.TempFile(node.ToJsonString());

        Assert.Equal("{\"file\":\"" + file + "\",\"format\":\"2021\",\"valid\":true,\"verdict\":\"valid\",\"diagnostics\":[]}\n", CliRunner.Run("validate", "--json", file).Out.Replace("\r", ""));
        (int exit, string output, _) = CliRunner.Run("validate", "--json", "--narrative", file);
        Assert.Equal(0, exit);
        Assert.Contains("\"code\":\"GID-B8\",\"severity\":\"warning\",\"stage\":\"rule\",\"outcome\":\"fail\"", output);
    }

    [Fact]
    public void Validate_ContractBroken_JsonProblemsBecomeDiagnostics_ExitOne()
    {
        JsonNode node = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures.JsonDirectory, Fixtures.Pingwu + ".json")))!;
        node["applications"]!["carriedOver"]!["total"] = -1;
        string file = CliRunner.TempFile(node.ToJsonString());

        (int exit, string output, _) = CliRunner.Run("validate", "--json", file);

        Assert.Equal(1, exit);
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("format").ValueKind);
        Assert.False(document.RootElement.GetProperty("valid").GetBoolean());
        JsonElement diagnostic = document.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(JsonProblemCodes.Negative, diagnostic.GetProperty("code").GetString());
        Assert.Equal("/applications/carriedOver/total", diagnostic.GetProperty("paths")[0].GetString());
    }

    [Fact]
    public void Validate_Unreadable_ExitTwo()
    {
        (int exit, string output, _) = CliRunner.Run("validate", "--json", "no-such-file.json");
        Assert.Equal(2, exit);
        Assert.Contains("\"code\":\"FILE-UNREADABLE\"", output);

        Assert.Equal(2, CliRunner.Run("validate", CliRunner.TempFile("not json")).ExitCode);
        Assert.Equal(2, CliRunner.Run("validate", "--nope", "x.json").ExitCode);
        Assert.Equal(2, CliRunner.Run("validate").ExitCode);
    }
}
