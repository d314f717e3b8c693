using System;
using System.IO;
using System.Text.Json;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli;

/// <summary><c>govinfo validate</c> on published reports (text, HTML): imported first, then checked.</summary>
public sealed class ValidatePublishedReportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("govinfo-published-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static JsonElement OnlyLine(string output)
    {
        using JsonDocument document = JsonDocument.Parse(output.Trim());
        return document.RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void ScrapedSample_IsImportedAndValid(string name)
    {
        string path = Write(name + ".txt", Fixtures.Text(name));
        var (exitCode, output, _) = CliRunner.Run("validate", path, "--json");
        Assert.Equal(ExitCodes.Valid, exitCode);
        JsonElement line = OnlyLine(output);
        Assert.True(line.GetProperty("valid").GetBoolean());
        Assert.Equal(Fixtures.Load(name).Format == Schema.Model.ReportFormat.Format2021 ? "2021" : "2019", line.GetProperty("format").GetString());
    }

    [Fact]
    public void RenderedHtml_IsImportedAndValid()
    {
        string path = Write("report.html", ReportHtmlRenderer.Render(Fixtures.Load(Fixtures.Pingwu)));
        var (exitCode, output, _) = CliRunner.Run("validate", path);
        Assert.Equal(ExitCodes.Valid, exitCode);
        Assert.Contains("report.html: valid — format 2021, 平武县人民政府办公室, 2024", output);
    }

    [Fact]
    public void BrokenArithmetic_InText_IsInvalid_WithTheRuleCode()
    {
        // The 总计 of 一、本年新收 printed as 17 instead of 16: the row total (GID-B3) and the balance (GID-B1) break.
        string text = Fixtures.Text(Fixtures.Pingwu).Replace("5 |\n0 |\n0 |\n0 |\n0 |\n16 |", "5 |\n0 |\n0 |\n0 |\n0 |\n17 |");
        Assert.NotEqual(Fixtures.Text(Fixtures.Pingwu), text);
        var (exitCode, output, _) = CliRunner.Run("validate", Write("broken.txt", text), "--json");
        Assert.Equal(ExitCodes.Invalid, exitCode);
        string diagnostics = OnlyLine(output).GetProperty("diagnostics").GetRawText();
        Assert.Contains("\"GID-B3\"", diagnostics);
        Assert.Contains("/applications/newlyReceived/total", diagnostics);
    }

    [Fact]
    public void AmbiguousRow_IsAnImportError_SoTheReportIsIncomplete()
    {
        // One row of 表三 loses a cell in flattening: the importer refuses to guess and leaves the row blank.
        string text = Fixtures.Text("2025-linxia-county-petitions-bureau")
            .Replace("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 |");
        var (exitCode, output, _) = CliRunner.Run("validate", Write("ambiguous.txt", text), "--json");
        Assert.Equal(ExitCodes.Invalid, exitCode);
        JsonElement line = OnlyLine(output);
        Assert.False(line.GetProperty("valid").GetBoolean());
        Assert.Equal("incomplete", line.GetProperty("verdict").GetString());
        Assert.Contains("\"IMP-ROW-AMBIGUOUS\"", line.GetProperty("diagnostics").GetRawText());

        var (humanExit, human, _) = CliRunner.Run("validate", Path.Combine(_directory, "ambiguous.txt"));
        Assert.Equal(ExitCodes.Invalid, humanExit);
        Assert.Contains("ambiguous.txt: incomplete — format 2021", human);
        Assert.Contains("import error IMP-ROW-AMBIGUOUS", human);

        // The rules the unread row makes indeterminate are one group under that row, not one block each.
        Assert.Contains("indeterminate because IMP-ROW-AMBIGUOUS (line ", human);
        Assert.Contains("/applications/carriedOver) was not read:", human);
        Assert.DoesNotContain("  indeterminate GID-B1", human);
    }

    [Fact]
    public void TextThatIsNotAReport_IsUnreadable()
    {
        var (exitCode, output, _) = CliRunner.Run("validate", Write("note.txt", "会议纪要\n今天天气很好。\n"), "--json");
        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains("\"IMP-NOT-A-REPORT\"", output);
    }
}

/// <summary>Nothing to validate is not success: a wrong path or an empty corpus must not pass a CI job.</summary>
public sealed class ValidateNoInputTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("govinfo-empty-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void EmptyDirectory_ExitsTwo()
    {
        var (exitCode, _, error) = CliRunner.Run("validate", _directory);
        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains("no report found", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    public void EmptyJsonLines_ExitsTwo(string content)
    {
        string path = Path.Combine(_directory, "empty.jsonl");
        File.WriteAllText(path, content);
        Assert.Equal(ExitCodes.Unreadable, CliRunner.Run("validate", path).ExitCode);
    }
}
