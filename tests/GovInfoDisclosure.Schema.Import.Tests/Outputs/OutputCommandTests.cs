using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovInfoDisclosure.Cli;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Outputs;

/// <summary>
/// <c>govinfo validate --html/--csv/--xlsx</c>, <c>render --diagnostics</c> and <c>govinfo export</c> over a folder of the five
/// samples (published texts) and the broken report (JSON): the files read back with the libraries that wrote them.
/// </summary>
public sealed class OutputCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("govinfo-outputs-").FullName;

    public OutputCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "reports"));
        foreach (string name in Fixtures.SampleNames)
        {
            File.WriteAllText(Path.Combine(_directory, "reports", name + ".txt"), Fixtures.Text(name), new UTF8Encoding(false));
        }

        File.WriteAllText(Path.Combine(_directory, "reports", "broken-pingwu.json"), OutputFixtures.BrokenJson, new UTF8Encoding(false));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Validate_Html_OneSelfContainedPageWithSummaryListAndMarkedTables()
    {
        (int exit, _, _) = Run("validate", "reports", "--html", "r.html");

        Assert.Equal(1, exit);
        string html = File.ReadAllText(Path.Combine(_directory, "r.html"));
        List<(string Name, Dictionary<string, string> Attributes)> tags = OutputFixtures.Tags(html).ToList();
        Assert.Equal("6", Figure(html, "gi-read"));
        Assert.Equal("5", Figure(html, "gi-valid"));
        Assert.Equal("1", Figure(html, "gi-invalid"));
        Assert.Equal(6, tags.Count(t => t.Name == "tr" && t.Attributes.ContainsKey("data-verdict")));
        Assert.Single(tags, t => t.Name == "tr" && t.Attributes.TryGetValue("data-verdict", out string? v) && v == "invalid");
        Assert.Contains(tags, t => t.Name == "tr" && t.Attributes.TryGetValue("data-code", out string? c) && c == "GID-B3");

        // Nothing fetched: no src or external href; one script, allowed by its hash; no inline handler.
        Assert.DoesNotContain(tags, t => t.Attributes.ContainsKey("src") || (t.Attributes.TryGetValue("href", out string? h) && !h.StartsWith('#')));
        Assert.DoesNotContain(tags, t => t.Attributes.Keys.Any(a => a.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        MatchCollection scripts = Regex.Matches(html, "<script>(.*?)</script>", RegexOptions.Singleline);
        Assert.Single(scripts);
        string hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(scripts[0].Groups[1].Value)));
        Assert.Contains("script-src 'sha256-" + hash + "'", html);

        // The broken report's failing cells carry their codes; its agency stays text.
        Dictionary<string, Dictionary<string, string>> cells = ReportDiagnosticsHtmlRendererTests.ValueCells(Section(html, "broken-pingwu.json"));
        Assert.Contains("GID-B3", cells["/applications/newlyReceived/total"]["data-codes"].Split(' '));
        Assert.Contains("gi-fail", cells["/applications/newlyReceived/total"]["class"].Split(' '));
        Assert.Contains("&lt;script&gt;window.__pwned=1", html);
        Assert.DoesNotContain(tags, t => t.Name == "img");
    }

    [Fact]
    public void Validate_HtmlOfABigBatch_DrawsTheFailuresAndTheFirstValidReportsOnly()
    {
        (int generated, string corpus, _) = Run("generate", "--count", "260", "--seed", "7", "--broken", "10");
        Assert.Equal(0, generated);
        File.WriteAllText(Path.Combine(_directory, "corpus.jsonl"), corpus, new UTF8Encoding(false));

        Run("validate", "corpus.jsonl", "--html", "big.html", "--csv", "big.csv");

        string[] verdicts = File.ReadAllLines(Path.Combine(_directory, "big.csv")).Skip(1).Select(l => l.Split(',')[5]).ToArray();
        Assert.Equal(260, verdicts.Length);
        int expected = verdicts.Select((v, i) => v != "valid" || i < GovInfoDisclosure.Cli.Outputs.BatchHtmlReport.ValidSectionsUpTo).Count(drawn => drawn);
        Assert.True(expected < 260 && verdicts.Contains("invalid"));
        string html = File.ReadAllText(Path.Combine(_directory, "big.html"));
        List<(string Name, Dictionary<string, string> Attributes)> tags = OutputFixtures.Tags(html).ToList();
        Assert.Equal(expected, tags.Count(t => t.Name == "section" && t.Attributes.TryGetValue("class", out string? c) && c == "gi-report"));
        Assert.Equal(260, tags.Count(t => t.Name == "tr" && t.Attributes.ContainsKey("data-verdict")));
        Assert.Contains("另有 " + (260 - expected).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 份报告", html);
        var ids = new HashSet<string>(tags.Where(t => t.Attributes.ContainsKey("id")).Select(t => t.Attributes["id"]));
        Assert.All(tags.Where(t => t.Name == "a" && t.Attributes.ContainsKey("href")), a => Assert.Contains(a.Attributes["href"].TrimStart('#'), ids));
    }

    [Fact]
    public void Validate_Csv_OneRowPerReportUtf8WithBom()
    {
        (int exit, _, _) = Run("validate", "reports", "--csv", "v.csv");

        Assert.Equal(1, exit);
        byte[] bytes = File.ReadAllBytes(Path.Combine(_directory, "v.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
        using SepReader reader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(GovInfoDisclosure.Cli.Outputs.VerdictOutputs.CsvColumns, reader.Header.ColNames.ToArray());
        var rows = new List<(string File, string Verdict, string Errors, string First, string Agency)>();
        foreach (SepReader.Row row in reader)
        {
            rows.Add((row["file"].ToString(), row["verdict"].ToString(), row["errors"].ToString(), row["first_error_code"].ToString(), row["agency"].ToString()));
        }

        Assert.Equal(6, rows.Count);
        (string File, string Verdict, string Errors, string First, string Agency) broken = Assert.Single(rows, r => r.File.EndsWith("broken-pingwu.json", StringComparison.Ordinal));
        Assert.Equal("invalid", broken.Verdict);
        Assert.Equal("2", broken.Errors);
        Assert.StartsWith("GID-B", broken.First, StringComparison.Ordinal);
        Assert.Equal(OutputFixtures.HostileAgency, broken.Agency);
        Assert.Equal(5, rows.Count(r => r.Verdict == "valid" && r.First.Length == 0));
    }

    [Fact]
    public void Validate_Xlsx_ThreeSheetsHeaderFrozenFiltersOnFailingVerdictColoured()
    {
        (int exit, _, _) = Run("validate", "reports", "--xlsx", "v.xlsx");

        Assert.Equal(1, exit);
        using SpreadsheetDocument document = SpreadsheetDocument.Open(Path.Combine(_directory, "v.xlsx"), false);
        WorkbookPart workbook = document.WorkbookPart!;
        List<Sheet> sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(new[] { "报告 Reports", "问题 Diagnostics", "规则 Rules" }, sheets.Select(s => s.Name!.Value).ToArray());

        List<Row> reports = Rows(workbook, sheets[0]);
        Assert.Equal(7, reports.Count);
        Row broken = Assert.Single(reports, r => Text(r, 0).EndsWith("broken-pingwu.json", StringComparison.Ordinal));
        Cell verdict = broken.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('F'));
        Assert.Equal("2", verdict.StyleIndex!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2", broken.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('G')).CellValue!.Text);

        foreach (Sheet sheet in sheets)
        {
            Worksheet worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            Pane pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1D, pane.VerticalSplit!.Value);
            Assert.StartsWith("A1:", worksheet.Elements<AutoFilter>().Single().Reference!.Value, StringComparison.Ordinal);
        }

        List<Row> diagnostics = Rows(workbook, sheets[1]);
        Assert.Contains(diagnostics, r => Text(r, 1) == "GID-B3" && Text(r, 5).Contains("/applications/newlyReceived/total", StringComparison.Ordinal));
        List<Row> rules = Rows(workbook, sheets[2]);
        Row b3 = Assert.Single(rules, r => Text(r, 0) == "GID-B3");
        Assert.Equal("1", b3.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('D')).CellValue!.Text);
    }

    [Fact]
    public void Render_Diagnostics_DrawsTheBrokenReportMarked()
    {
        (int exit, string output, _) = Run("render", "reports/broken-pingwu.json", "--as", "html", "--diagnostics");

        Assert.Equal(0, exit);
        Dictionary<string, Dictionary<string, string>> cells = ReportDiagnosticsHtmlRendererTests.ValueCells(output);
        Assert.Contains("GID-B3", cells["/applications/newlyReceived/total"]["data-codes"].Split(' '));
        Assert.Equal(2, Run("render", "reports/broken-pingwu.json", "--as", "markdown", "--diagnostics").Exit);
    }

    [Fact]
    public async System.Threading.Tasks.Task Export_Parquet_LongOneRowPerCellReadBack()
    {
        (int exit, _, string error) = Run("export", "reports", "--to", "cells.parquet");

        Assert.True(exit == 0, error);
        await using FileStream stream = File.OpenRead(Path.Combine(_directory, "cells.parquet"));
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        Parquet.Schema.DataField[] fields = reader.Schema.GetDataFields();
        Assert.Equal(GovInfoDisclosure.Cli.Outputs.CellExportWriters.LongColumns, fields.Select(f => f.Name).ToArray());
        var pointers = new List<string?>();
        var files = new List<string?>();
        var values = new List<decimal?>();
        var kinds = new List<string?>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            int n = checked((int)group.RowCount);
            var file = new string?[n];
            var pointer = new string?[n];
            var value = new decimal?[n];
            var kind = new string?[n];
            await group.ReadAsync(fields[0], file.AsMemory());
            await group.ReadAsync(fields[6], pointer.AsMemory());
            await group.ReadAsync<decimal>(fields[9], value.AsMemory());
            await group.ReadAsync(fields[10], kind.AsMemory());
            files.AddRange(file);
            pointers.AddRange(pointer);
            values.AddRange(value);
            kinds.AddRange(kind);
        }

        Assert.Equal(6, files.Distinct().Count());
        int broken = Enumerable.Range(0, files.Count).Single(i => files[i]!.EndsWith("broken-pingwu.json", StringComparison.Ordinal) && pointers[i] == "/applications/newlyReceived/total");
        Assert.Equal(17m, values[broken]);
        Assert.Equal("number", kinds[broken]);
        Assert.All(Enumerable.Range(0, files.Count), i => Assert.Equal(kinds[i] == "number", values[i] is not null));
    }

    [Fact]
    public void Export_CsvLongAndWide_OneRowPerCellOrPerReport()
    {
        Assert.Equal(0, Run("export", "reports", "--to", "long.csv").Exit);
        Assert.Equal(0, Run("export", "reports", "--to", "wide.csv", "--wide").Exit);

        byte[] longBytes = File.ReadAllBytes(Path.Combine(_directory, "long.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, longBytes.Take(3).ToArray());
        using SepReader longReader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(longBytes, 3, longBytes.Length - 3));
        int cells = 0;
        string? total = null;
        foreach (SepReader.Row row in longReader)
        {
            cells++;
            if (row["file"].ToString().EndsWith("broken-pingwu.json", StringComparison.Ordinal) && row["pointer"].ToString() == "/applications/newlyReceived/total")
            {
                total = row["value"].ToString() + "|" + row["row_zh"].ToString() + "|" + row["column_zh"].ToString() + "|" + row["provenance"].ToString();
            }
        }

        Assert.Equal("17|一、本年新收政府信息公开申请数量|总计|read", total);
        byte[] wideBytes = File.ReadAllBytes(Path.Combine(_directory, "wide.csv"));
        using SepReader wideReader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(wideBytes, 3, wideBytes.Length - 3));
        Assert.Contains("/applications/newlyReceived/total", wideReader.Header.ColNames);
        int reports = 0;
        foreach (SepReader.Row row in wideReader)
        {
            reports++;
        }

        Assert.Equal(6, reports);
        Assert.True(cells > 6 * 50, cells.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Export_IncludeExclude_ChooseTheReports_AndProgressIntoAFileEndsCleanly()
    {
        (int exit, _, string error) = Run("export", "reports", "--to", "some.csv", "--wide", "--include", "*.txt", "--exclude", "*pingwu*", "--progress", "--lang", "en");

        Assert.Equal(0, exit);
        byte[] bytes = File.ReadAllBytes(Path.Combine(_directory, "some.csv"));
        using SepReader reader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var files = new List<string>();
        foreach (SepReader.Row row in reader)
        {
            files.Add(row["file"].ToString().Replace('\\', '/'));
        }

        string[] expected = Fixtures.SampleNames.Where(n => !n.Contains("pingwu", StringComparison.OrdinalIgnoreCase)).Select(n => "reports/" + n + ".txt")
            .OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, files);
        Assert.Contains($"govinfo export: {expected.Length} reports written to some.csv.", error);
        // A run shorter than a second writes no progress line, and never a carriage return into a file.
        Assert.DoesNotContain("\r", error);

        (int none, _, string noneError) = Run("export", "reports", "--to", "none.csv", "--include", "*.pdf", "--lang", "en");
        Assert.Equal(2, none);
        Assert.Contains("only files allowed by --include *.pdf", noneError);
    }

    [Fact]
    public void Export_Xlsx_ReadBack()
    {
        Assert.Equal(0, Run("export", "reports", "--to", "cells.xlsx").Exit);

        using SpreadsheetDocument document = SpreadsheetDocument.Open(Path.Combine(_directory, "cells.xlsx"), false);
        WorkbookPart workbook = document.WorkbookPart!;
        List<Row> rows = Rows(workbook, workbook.Workbook.Sheets!.Elements<Sheet>().Single());
        Assert.Equal(GovInfoDisclosure.Cli.Outputs.CellExportWriters.LongColumns, Enumerable.Range(0, 13).Select(i => Text(rows[0], i)).ToArray());
        Row total = Assert.Single(rows, r => Text(r, 0).EndsWith("broken-pingwu.json", StringComparison.Ordinal) && Text(r, 6) == "/applications/newlyReceived/total");
        Assert.Equal("17", total.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('J')).CellValue!.Text);
    }

    [Fact]
    public void Export_Provenance_InferredCellsOfARealReportSaySo()
    {
        File.WriteAllText(Path.Combine(_directory, "reports", "06-pingtan-2021.txt"),
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "real", "06-pingtan-2021.txt")), new UTF8Encoding(false));

        Assert.Equal(0, Run("export", "reports", "--to", "long.csv").Exit);

        byte[] bytes = File.ReadAllBytes(Path.Combine(_directory, "long.csv"));
        using SepReader reader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var provenance = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (SepReader.Row row in reader)
        {
            if (row["file"].ToString().EndsWith("06-pingtan-2021.txt", StringComparison.Ordinal))
            {
                provenance[row["pointer"].ToString()] = row["provenance"].ToString();
            }
            else
            {
                Assert.Equal("read", row["provenance"].ToString());
            }
        }

        Assert.Equal("inferred", provenance["/applications/newlyReceived/total"]);
        Assert.Equal("inferred", provenance["/reconsiderationAndLitigation/reconsideration/total"]);
    }

    [Theory]
    [InlineData("validate", "reports", "--html", "missing/r.html")]
    [InlineData("validate", "reports", "--csv", "missing/v.csv")]
    [InlineData("validate", "reports", "--xlsx", "missing/v.xlsx")]
    [InlineData("export", "reports", "--to", "missing/cells.parquet")]
    public void Output_Unwritable_ExitThree(params string[] arguments) => Assert.Equal(ExitCodes.OutputFailed, Run(arguments).Exit);

    [Theory]
    [InlineData("export", "reports")]
    [InlineData("export", "reports", "--to", "cells.txt")]
    [InlineData("export", "--to", "cells.csv")]
    [InlineData("validate", "reports", "--html")]
    public void BadCommandLine_ExitTwo(params string[] arguments) => Assert.Equal(2, Run(arguments).Exit);

    private static string? Figure(string html, string id) => Regex.Match(html, "id=\"" + id + "\">([0-9]+)<") is { Success: true } m ? m.Groups[1].Value : null;

    private static string Section(string html, string file)
    {
        int start = html.IndexOf("<h2>" + "reports/" + file + "</h2>", StringComparison.Ordinal);
        Assert.True(start >= 0, file);
        int end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html.Substring(start, end - start);
    }

    private static List<Row> Rows(WorkbookPart workbook, Sheet sheet) =>
        ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();

    private static string Text(Row row, int column)
    {
        string reference = GovInfoDisclosure.Cli.Outputs.XlsxWriter.Column(column) + row.RowIndex!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Cell? cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        return cell is null ? string.Empty : cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? string.Empty;
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
