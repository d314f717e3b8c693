using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Sources;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Sources;

/// <summary>
/// Web pages as text browsers dump them (eng/document-fixtures/text-browsers.sh, Debian 12): w3m and ELinks draw a
/// bordered table with box-drawing characters — every blank cell an empty box, a merged cell one box over several rows —
/// and Links draws it in ASCII without counting a CJK character as two columns. Before the box reader, w3m's and ELinks'
/// dumps of the two legacy-layout pages (the real Shanghai 2019 page, the municipal fixture page) lost 63 and 66 cells (every 表 was IMP-TABLE-MISSING) and those of the rendered
/// samples 200. The same two pages as Chromium's <c>innerText</c> (select all, copy: each cell's paragraph on a line of its
/// own, tab lines between the cells, blank cells as no-break spaces between tabs) lost 63 and 66 cells too.
/// </summary>
public class TextBrowserImportTests
{
    public static TheoryData<string, string> Dumps()
    {
        var data = new TheoryData<string, string>();
        foreach (string page in new[] { "real/20-shanghai-bgt-2019.html", "html/2019-legacy-municipal-office.html" })
        {
            foreach (string browser in new[] { "w3m", "elinks", "links", "chrome-innertext" })
            {
                data.Add(page, Path.GetFileNameWithoutExtension(page) + "." + browser + ".txt");
            }
        }

        return data;
    }

    public static TheoryData<string, string> SampleDumps()
    {
        var data = new TheoryData<string, string>();
        foreach (string name in new[] { "2024-pingwu-county-government-office", "2025-huarong-district-bureau", "2020-county-petitions-bureau-legacy-layout" })
        {
            foreach (string browser in new[] { "w3m", "elinks", "links" })
            {
                data.Add(name, name + "." + browser + ".txt");
            }
        }

        data.Add("2025-huarong-district-bureau", "2025-huarong-district-bureau.ascii-box.txt");
        return data;
    }

    [Theory]
    [MemberData(nameof(Dumps))]
    public void Import_TextBrowserDumpOfRealPage_EveryTableCellAsInThePage(string page, string dump)
    {
        ImportResult clean = ReportImporter.Import(Fixtures.File2(page));

        ImportResult result = ReportImporter.Import(Dump(dump));

        // Links' ASCII rows (| a | b |, |---|) read as Markdown pipe rows; the box drawings as plain text with tables.
        Assert.Equal(dump.Contains(".links.", StringComparison.Ordinal) ? ImportSourceKind.Markdown : ImportSourceKind.PlainText, result.SourceKind);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((clean.Report!.Format, clean.Report.Year), (result.Report!.Format, result.Report.Year));
        Assert.Empty(PdftotextImportTests.CellsThatDiffer(clean, result));
    }

    [Theory]
    [MemberData(nameof(SampleDumps))]
    public void Import_TextBrowserDumpOfRenderedSample_EveryTableCellAsInTheCleanText(string name, string dump)
    {
        ImportResult clean = ReportImporter.Import(Fixtures.Text(name));

        ImportResult result = ReportImporter.Import(Dump(dump));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((clean.Report!.Format, clean.Report.Year), (result.Report!.Format, result.Report.Year));
        Assert.Empty(PdftotextImportTests.CellsThatDiffer(clean, result));
    }

    [Fact]
    public void Import_LynxDumpWithoutItsBlankCells_TablesBlankAndNamedNoNumberMisplaced()
    {
        ImportResult clean = ReportImporter.Import(Fixtures.File2("real/20-shanghai-bgt-2019.html"));

        ImportResult result = ReportImporter.Import(Dump("20-shanghai-bgt-2019.lynx.txt"));

        ImportAssert.Has(result, ImportDiagnosticCodes.TableMissing, "/applications");
        Assert.All(PdftotextImportTests.CellsThatDiffer(clean, result), cell => Assert.Null(cell.Actual));
        Assert.Equal(ReportVerdict.Incomplete, ImportValidation.ImportAndValidate(Dump("20-shanghai-bgt-2019.lynx.txt")).Verdict);
    }

    [Fact]
    public void TabCellRows_CellsLinkedByTabLines_RowsWithTheirBlankCells()
    {
        var lines = new List<string>
        {
            "四、政府信息公开行政复议、行政诉讼情况", "",
            "5", "", "\t\u00A0\t\u00A0\t", "", "2", "", "\t", "", "7", "", "\t\u00A0\t\u00A0", "",
            "五、政府信息公开工作存在的主要问题及改进情况",
            "名称\t数量",
        };
        var consumed = new HashSet<int>();

        Dictionary<int, SourceBlock> rows = TabCellRows.Find(lines, consumed);

        // 5, two blanks, 2, 7, two blanks — the last one ends the row: the heading after it is no cell.
        SourceBlock row = Assert.Single(rows).Value;
        Assert.Equal(new[] { "5", "", "", "2", "7", "", "" }, row.Cells.Select(c => c.Text));
        Assert.Equal((3, true), (row.Line, row.IsGrid));
        Assert.DoesNotContain(14, consumed);
        Assert.DoesNotContain(15, consumed); // a row on one line ("名称\t数量") is left to the reader of flattened text
    }

    [Theory]
    [InlineData("\t", true)]
    [InlineData(" \t\u00A0\t ", true)]
    [InlineData("", false)]
    [InlineData("名称\t数量", false)]
    public void TabCellRows_IsTabLine(string line, bool expected) => Assert.Equal(expected, TabCellRows.IsTabLine(line));

    [Fact]
    public void Read_MergedAndBlankBoxes_RowsAsHtmlWouldGiveThem()
    {
        var lines = new List<string>
        {
            "┌──────────┬──────────┬────┬────┐",
            "│          │（一）予以│ 258│    │",
            "│          │公开      │    │    │",
            "│三、本年度├──────────┼────┼────┤",
            "│办理结果  │（二）部分│  3 │  1 │",
            "│          │公开      │    │    │",
            "└──────────┴──────────┴────┴────┘",
            "后文",
        };
        var blocks = new List<SourceBlock>();

        int after = BoxTableReader.Read(lines, 0, blocks);

        Assert.Equal(7, after);
        Assert.Equal(new[] { SourceBlockKind.Row, SourceBlockKind.Row, SourceBlockKind.Boundary }, blocks.Select(b => b.Kind));
        // The merged group cell once, in the first row it covers; its two lines joined without a space; the blank box kept.
        Assert.Equal(new[] { "三、本年度办理结果", "（一）予以公开", "258", "" }, blocks[0].Cells.Select(c => c.Text));
        Assert.Equal(new[] { "（二）部分公开", "3", "1" }, blocks[1].Cells.Select(c => c.Text));
        Assert.True(blocks[0].IsGrid);
        Assert.Equal((2, 5), (blocks[0].Line, blocks[1].Cells[1].Line));
    }

    [Fact]
    public void Read_AsciiDrawing_DashesInsideTextAreText()
    {
        var lines = new List<string>
        {
            "+--------+----------+",
            "|统计期限|2024-01-01|",
            "+--------+----------+",
            "|规章    |        12|",
            "+--------+----------+",
        };
        var blocks = new List<SourceBlock>();

        BoxTableReader.Read(lines, 0, blocks);

        Assert.Equal(new[] { "统计期限", "2024-01-01" }, blocks[0].Cells.Select(c => c.Text));
        Assert.Equal(new[] { "规章", "12" }, blocks[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Read_ColumnsThatDoNotLineUp_LeftToTheFlattenedTextReader()
    {
        // Links counts a CJK character as one column: in the last row the borders stand two columns left of those above,
        // so the merged box is no rectangle.
        var lines = new List<string>
        {
            "+------+-----+",
            "|三、本|(一) |",
            "|年度  +-----+",
            "|办理|(二)|",
            "+------+-----+",
        };
        var blocks = new List<SourceBlock>();

        int after = BoxTableReader.Read(lines, 0, blocks);

        Assert.Equal(0, after);
        Assert.Empty(blocks);
    }

    [Theory]
    [InlineData("┌──┬──┐", true)]
    [InlineData("   ┌────", true)]
    [InlineData("+--+---+", true)]
    [InlineData("+ 3", false)]
    [InlineData("│ a │", false)]
    [InlineData("一、总体情况", false)]
    public void IsTopEdge(string line, bool expected) => Assert.Equal(expected, BoxTableReader.IsTopEdge(line));

    private static string Dump(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "textbrowser", name));
}
