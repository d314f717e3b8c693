using System;
using System.IO;
using System.Linq;
using System.Text;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Schema.Import.Tests.Documents;
using GovInfoDisclosure.Schema.Json;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Cli;

/// <summary>Every verb that reads a report takes every supported input: PDF, Word, HTML in any encoding, text, JSON.</summary>
public sealed class DocumentCommandTests : IDisposable
{
    private const string Pingwu = "2024-pingwu-county-government-office";
    private const string Huarong = "2025-huarong-district-bureau";

    private readonly string _directory = Directory.CreateTempSubdirectory("govinfo-documents-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(Pingwu, ".pdf")]
    [InlineData(Pingwu, ".docx")]
    [InlineData(Pingwu, ".gbk.html")]
    [InlineData(Huarong, ".utf16.txt")]
    [InlineData(Huarong, ".pdf")]
    [InlineData(Huarong, ".docx")]
    public void Import_Document_SameCanonicalJsonAsCleanText(string name, string suffix)
    {
        string file = Copy(name + suffix);

        (int exit, string output, string error) = Run("import", file);

        Assert.Equal(0, exit);
        Assert.Equal(ReportJson.Serialize(ReportJson.Deserialize(Fixtures.Json(name))) + "\n", output);
        Assert.Equal(suffix is not (".pdf" or ".docx"), error.Contains("info IMP-INPUT-ENCODING", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_Utf8Html_SameCanonicalJson()
    {
        string html = GovInfoDisclosure.Schema.Import.Rendering.ReportHtmlRenderer.Render(ReportJson.Deserialize(Fixtures.Json(Pingwu)));
        File.WriteAllText(Path.Combine(_directory, "page.html"), html, new UTF8Encoding(false));

        (int exit, string output, string error) = Run("import", "page.html");

        Assert.Equal(0, exit);
        Assert.Equal(ReportJson.Serialize(ReportJson.Deserialize(Fixtures.Json(Pingwu))) + "\n", output);
        Assert.Contains("info IMP-INPUT-ENCODING", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ScannedPdf_ExitTwoWithTheOcrHint()
    {
        (int exit, string output, string error) = Run("import", Copy("2025-huarong-scanned.pdf"));

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error IMP-PDF-NO-TEXT-LAYER (line 1)", error, StringComparison.Ordinal);
        Assert.Contains("OCR it first", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DirectoryMixingEveryForm_OneVerdictPerFile()
    {
        string folder = Path.Combine(_directory, "mixed");
        Directory.CreateDirectory(folder);
        foreach (string file in new[] { Pingwu + ".pdf", Huarong + ".docx", Pingwu + ".gbk.html", Huarong + ".utf16.txt", Huarong + ".doc" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "documents", file), Path.Combine(folder, file));
        }

        File.WriteAllText(Path.Combine(folder, "canonical.json"), Fixtures.Json(Pingwu));

        (int exit, string output, _) = Run("validate", "--json", "mixed");

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.NotEqual(0, exit);
        foreach (string line in lines)
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            string path = json.RootElement.GetProperty("file").GetString()!;
            bool valid = json.RootElement.GetProperty("valid").GetBoolean();
            bool legacy = path.EndsWith(".doc", StringComparison.Ordinal);
            Assert.Equal((path, !legacy), (path, valid));
            if (legacy)
            {
                Assert.Equal("IMP-INPUT-UNSUPPORTED", json.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
            }
        }
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("render")]
    [InlineData("compare")]
    [InlineData("consolidate")]
    public void EveryVerb_PublishedReportsAsPdfDocxOrText_ReadWithoutJsonExceptionText(string verb)
    {
        string pdf = Copy(Pingwu + ".pdf");
        string docx = Copy(Huarong + ".docx");
        string text = Copy(Huarong + ".utf16.txt");
        string[] arguments = verb switch
        {
            "render" => new[] { verb, pdf, "--as", "markdown" },
            "compare" => new[] { verb, docx, text },
            "consolidate" => new[] { verb, pdf, docx, "--agency", "某县" },
            _ => new[] { verb, pdf },
        };

        (int exit, string output, string error) = Run(arguments);

        Assert.DoesNotContain("LineNumber", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid start of a value", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("JSON-", output + error, StringComparison.Ordinal);
        Assert.NotEqual(2, exit);
        Assert.NotEqual(string.Empty, output);
    }

    [Fact]
    public void Migrate_PublishedLegacyReportAsWord_MigratedToCurrent()
    {
        (int exit, string output, _) = Run("migrate", Copy("2020-county-petitions-bureau-legacy-layout.docx"));

        Assert.Equal(0, exit);
        Assert.Equal("2021", ReportFormat(output));
    }

    private static string ReportFormat(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("format").GetRawText().Trim('"');
    }

    private string Copy(string fixture)
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "documents", fixture), Path.Combine(_directory, fixture), overwrite: true);
        return fixture;
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
