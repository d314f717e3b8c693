using System;
using System.IO;
using System.Text;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Cli;

/// <summary><c>govinfo import</c> and <c>govinfo render</c>: output, diagnostics on standard error, exit codes.</summary>
public sealed class ImportRenderCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("govinfo-import-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [MemberData(nameof(Fixtures.Samples), MemberType = typeof(Fixtures))]
    public void Import_Sample_WritesCanonicalJsonExitZero(string name)
    {
        string file = Write(name + ".txt", Fixtures.Text(name));

        (int exit, string output, _) = Run("import", file);

        Assert.Equal(0, exit);
        Assert.Equal(ReportJson.Serialize(ReportJson.Deserialize(Fixtures.Json(name))) + "\n", output);
    }

    [Fact]
    public void Import_Provenance_WritesEveryCellsProvenanceBesideTheReport()
    {
        string file = Write("pingtan.txt", RealReports.RealReportImportTests.Text("06-pingtan-2021.txt"));

        (int exit, string output, string error) = Run("import", file, "--provenance", Path.Combine(_directory, "provenance.json"));

        Assert.Equal(1, exit);
        Assert.Equal("2021", System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("format").GetString());
        Assert.Contains("warning IMP-CELLS-INFERRED (line 8, 表三, /applications/newlyReceived)", error);
        System.Text.Json.JsonElement provenance = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "provenance.json")))
            .RootElement.GetProperty("provenance");
        Assert.Equal("inferred", provenance.GetProperty("/applications/newlyReceived/total").GetString());
        Assert.Equal("unreadable", provenance.GetProperty("/proactiveDisclosure/normativeDocuments/issued").GetString());
        Assert.Equal("read", provenance.GetProperty("/proactiveDisclosure/administrativeLicensing/decisions").GetString());

        (int stdoutExit, string onlyProvenance, _) = Run("import", file, "--provenance", "-");
        Assert.Equal(1, stdoutExit);
        Assert.True(System.Text.Json.JsonDocument.Parse(onlyProvenance).RootElement.TryGetProperty("provenance", out _));
    }

    [Fact]
    public void Import_AmbiguousRow_ExitOneWithLocatedDiagnostic()
    {
        string text = Fixtures.Text(ImportAssert.Linxia).Replace("一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||", "一、本年新收政府信息公开申请数量 | 3 | 3 |");
        string file = Write("ambiguous.txt", text);

        (int exit, string output, string error) = Run("import", file, "--out", "out.json");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error IMP-ROW-AMBIGUOUS (line 42, 表三, /applications/newlyReceived)", error);
        Assert.True(ReportJson.Read(File.ReadAllText(Path.Combine(_directory, "out.json"))).IsSuccess);
    }

    /// <summary>Issue 10: an --out file that cannot be written is "output could not be written" (3), not "unreadable input" (2).</summary>
    [Theory]
    [InlineData("import")]
    [InlineData("render")]
    public void OutFileThatCannotBeWritten_ExitsOutputFailed(string verb)
    {
        const string name = "2024-pingwu-county-government-office";
        string file = Write(name + ".txt", Fixtures.Text(name));
        string[] args = verb == "import"
            ? new[] { "import", file, "--out", "no-such-directory/out.json" }
            : new[] { "render", file, "--as", "html", "--out", "no-such-directory/out.html" };

        (int exit, _, string error) = Run(args);

        Assert.Equal(ExitCodes.OutputFailed, exit);
        Assert.Contains($"govinfo {verb}: cannot write 'no-such-directory/out.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("随便写的一段文字,不是年度报告。")]
    [InlineData("")]
    public void Import_NotAReport_ExitTwo(string text)
    {
        (int exit, string output, string error) = Run("import", Write("note.txt", text));

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("IMP-", error);
    }

    [Fact]
    public void Import_StandardInput_Read()
    {
        var output = new StringWriter();
        byte[] input = Encoding.UTF8.GetBytes(Fixtures.Text(ImportAssert.Linxia));
        var console = new CliConsole(output, new StringWriter(), () => new MemoryStream(input), _directory);

        int exit = CommandLine.Run(new[] { "import", "-" }, console);

        Assert.Equal(0, exit);
        Assert.Equal(ReportJson.Deserialize(Fixtures.Json(ImportAssert.Linxia)), ReportJson.Deserialize(output.ToString()));
    }

    [Fact]
    public void Import_Gb18030File_Decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string file = Path.Combine(_directory, "gbk.txt");
        File.WriteAllBytes(file, Encoding.GetEncoding("GB18030").GetBytes(Fixtures.Text(ImportAssert.Linhe)));

        (int exit, string output, _) = Run("import", "gbk.txt");

        Assert.Equal(0, exit);
        Assert.Equal(ReportJson.Serialize(ReportJson.Deserialize(Fixtures.Json(ImportAssert.Linhe))) + "\n", output);
    }

    [Fact]
    public void Import_YearOption_WhenTextHasNone()
    {
        string file = Write("no-year.txt", "一、总体情况\n我局推进政务公开。\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼\n"
            + "0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n");

        Assert.Equal(2, Run("import", file).Exit);
        (int exit, string output, _) = Run("import", file, "--year", "2023", "--format", "2021");

        Assert.Equal(0, exit);
        Assert.Equal(2023, ReportJson.Deserialize(output).Year);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("markdown")]
    public void Render_Json_ImportsBackToSameReport(string shape)
    {
        string json = Write("report.json", Fixtures.Json(ImportAssert.Pingwu));

        (int exit, string output, _) = Run("render", json, "--as", shape);
        (int back, string reimported, _) = Run("import", Write("rendered." + shape, output));

        Assert.Equal((0, 0), (exit, back));
        Assert.Equal(ReportJson.Deserialize(Fixtures.Json(ImportAssert.Pingwu)), ReportJson.Deserialize(reimported));
    }

    [Fact]
    public void Render_TextReport_ImportedFirst()
    {
        (int exit, string output, _) = Run("render", Write("linhe.txt", Fixtures.Text(ImportAssert.Linhe)), "--as", "html", "--tables-only");

        Assert.Equal(0, exit);
        Assert.Contains("<td rowspan=\"22\">三、本年度办理结果</td>", output);
        Assert.DoesNotContain("全文包括临河区民政局", output);
    }

    [Fact]
    public void Render_KiroGovCompare_LegacyRefusedCurrentWritten()
    {
        Assert.Equal(2, Run("render", Write("legacy.json", Fixtures.Json(ImportAssert.Legacy)), "--as", "kirogovcompare").Exit);

        (int exit, string output, _) = Run("render", Write("current.json", Fixtures.Json(ImportAssert.Pingwu)), "--as", "kirogovcompare");
        (int back, string reimported, _) = Run("import", Write("kgc.json", output));

        Assert.Equal((0, 0), (exit, back));
        GovInfoReport expected = ReportJson.Deserialize(Fixtures.Json(ImportAssert.Pingwu));
        GovInfoReport actual = ReportJson.Deserialize(reimported);
        Assert.Equal(expected.ReconsiderationAndLitigation, actual.ReconsiderationAndLitigation);
        Assert.Equal(((GovInfoDisclosure.Schema.Model.Format2021.Report2021)expected).Applications,
            ((GovInfoDisclosure.Schema.Model.Format2021.Report2021)actual).Applications);
    }

    [Theory]
    [InlineData("render", "x.json")]
    [InlineData("render", "x.json", "--as", "pdf")]
    [InlineData("import")]
    [InlineData("import", "a", "b")]
    [InlineData("import", "a", "--year", "1999")]
    [InlineData("import", "missing-file.txt")]
    public void BadCommandLine_ExitTwo(params string[] arguments) => Assert.Equal(2, Run(arguments).Exit);

    [Fact]
    public void Help_ListsNewVerbs()
    {
        (int exit, string output, _) = Run("help");

        Assert.Equal(0, exit);
        Assert.Contains("import", output);
        Assert.Contains("render", output);
    }

    private string Write(string name, string content)
    {
        File.WriteAllText(Path.Combine(_directory, name), content, new UTF8Encoding(false));
        return name;
    }

    private (int Exit, string Output, string Error) Run(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(), _directory);
        int exit = CommandLine.Run(arguments, console);
        return (exit, output.ToString(), error.ToString());
    }
}
