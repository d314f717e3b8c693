using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli;

/// <summary><c>govinfo compare</c> and <c>govinfo consolidate</c>: the rules between reports on the command line.</summary>
public sealed class CrossReportCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("govinfo-cross-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, GovInfoReport report)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, ReportJson.Serialize(report));
        return path;
    }

    private static Report2021 Pingwu => (Report2021)Fixtures.Load(Fixtures.Pingwu);

    [Fact]
    public void Compare_CarryOverMismatch_IsAWarning_InJson()
    {
        // 2025 says nothing was carried over, although 2024 carried 1 forward (natural persons and total).
        Report2021 next = Pingwu with { Year = 2025 };
        var (exitCode, output, _) = CliRunner.Run("compare", Write("2024.json", Pingwu), Write("2025.json", next), "--json");
        Assert.Equal(ExitCodes.Valid, exitCode); // plausibility only
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.True(document.RootElement.GetProperty("valid").GetBoolean());
        string diagnostics = document.RootElement.GetProperty("diagnostics").GetRawText();
        Assert.Contains("\"GID-B6\"", diagnostics);
        Assert.Contains("current#/applications/carriedOver/naturalPerson", diagnostics);
        Assert.Contains("previous#/applications/carriedForward/naturalPerson", diagnostics);
    }

    [Fact]
    public void Compare_NeedsTwoReadableReports()
    {
        Assert.Equal(ExitCodes.Unreadable, CliRunner.Run("compare", Write("a.json", Pingwu)).ExitCode);
        Assert.Equal(ExitCodes.Unreadable, CliRunner.Run("compare", Write("a.json", Pingwu), Path.Combine(_directory, "missing.json")).ExitCode);
    }

    [Fact]
    public void Consolidate_SumsTheParts_AndTheSumChecksAgainstThem()
    {
        string a = Write("a.json", Pingwu);
        string b = Write("b.json", Pingwu with { Agency = "另一机关" });
        var (exitCode, output, _) = CliRunner.Run("consolidate", a, b, "--agency", "某县汇总");
        Assert.Equal(ExitCodes.Valid, exitCode);
        var sum = (Report2021)ReportJson.Deserialize(output);
        Assert.Equal("某县汇总", sum.Agency);
        Assert.Equal(32, sum.Applications.NewlyReceived.Total.Value);
        Assert.Equal(14, sum.ProactiveDisclosure.NormativeDocuments.InForce.Value);

        string consolidated = Write("sum.json", sum);
        Assert.Equal(ExitCodes.Valid, CliRunner.Run("consolidate", "--check", consolidated, a, b).ExitCode);

        string wrong = Write("wrong.json", sum with { Applications = sum.Applications with { NewlyReceived = sum.Applications.NewlyReceived with { Total = 31 } } });
        var (checkExit, checkOutput, _) = CliRunner.Run("consolidate", "--check", wrong, a, b, "--json");
        Assert.Equal(ExitCodes.Invalid, checkExit);
        Assert.Contains("\"GID-S1\"", checkOutput);
        Assert.Contains("consolidated#/applications/newlyReceived/total", checkOutput);
    }

    [Fact]
    public void Consolidate_DifferentYears_CannotBeSummed()
    {
        var (exitCode, _, error) = CliRunner.Run("consolidate", Write("a.json", Pingwu), Write("b.json", Pingwu with { Year = 2025 }));
        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Contains("GID-S3", error);
    }

    /// <summary>Issue 10 row 10: a sum out of a cell's range is a failed consolidation, in the exit code and on standard output.</summary>
    [Fact]
    public void Issue10_Consolidate_SumOutOfRange_Exits1_WithGidS3OnStandardOutput()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Fixtures.Json(Fixtures.Pingwu))!.AsObject();
        JsonNodes.Set(node, "/proactiveDisclosure/administrativePenalty/decisions", 2_000_000_000);
        string part = Path.Combine(_directory, "big.json");
        File.WriteAllText(part, node.ToJsonString());

        var (exitCode, output, error) = CliRunner.Run("consolidate", part, part);
        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.StartsWith("not summed — 1 problem", output, StringComparison.Ordinal);
        Assert.Contains("\n  error GID-S3\n", output.Replace("\r", string.Empty), StringComparison.Ordinal);
        Assert.Contains("/proactiveDisclosure/administrativePenalty/decisions", output, StringComparison.Ordinal);
        Assert.Contains("GID-S3", error, StringComparison.Ordinal);

        var (jsonExit, jsonOutput, _) = CliRunner.Run("consolidate", part, part, "--json");
        Assert.Equal(ExitCodes.Invalid, jsonExit);
        using JsonDocument document = JsonDocument.Parse(jsonOutput);
        Assert.False(document.RootElement.GetProperty("valid").GetBoolean());
        JsonElement diagnostic = Assert.Single(document.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray());
        Assert.Equal("GID-S3", diagnostic.GetProperty("code").GetString());
        Assert.Equal("/proactiveDisclosure/administrativePenalty/decisions", diagnostic.GetProperty("paths")[0].GetString());
    }
}
