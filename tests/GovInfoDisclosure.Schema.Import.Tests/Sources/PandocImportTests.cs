using System;
using System.IO;
using GovInfoDisclosure.Schema.Diagnostics;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Sources;

/// <summary>
/// The fixture Word files (Fixtures/documents) converted by pandoc 2.17 (eng/document-fixtures/make.sh) as people
/// convert reports to Markdown and text: <c>-t gfm</c> (pipe tables, an empty header row above each table, merged header
/// cells expanded into empty ones), <c>-t markdown</c> (simple tables aligned by spaces) and <c>-t plain</c>.
/// </summary>
public class PandocImportTests
{
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (string name in new[] { "2024-pingwu-county-government-office", "2025-huarong-district-bureau", "2020-county-petitions-bureau-legacy-layout" })
        {
            data.Add(name, ".gfm.md");
            data.Add(name, ".markdown.md");
            data.Add(name, ".plain.txt");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Import_PandocConversion_EveryTableCellAsInTheCleanText_NoError(string name, string suffix)
    {
        ImportResult clean = ReportImporter.Import(Fixtures.Text(name));

        ImportResult result = ReportImporter.Import(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pandoc", name + suffix)));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(clean.Report!.Year, result.Report!.Year);
        Assert.Equal(clean.Report.Format, result.Report.Format);
        Assert.Empty(PdftotextImportTests.CellsThatDiffer(clean, result));
    }

    /// <summary>
    /// Web pages converted by <c>pandoc -f html -t gfm</c>: the tables with merged cells stay HTML inside the Markdown,
    /// others as pipe tables (the Shanghai page's 表三, whose label columns hold blank fillers). Markdown whose every
    /// table is HTML is read as HTML.
    /// </summary>
    [Theory]
    [InlineData("real/20-shanghai-bgt-2019.html", "20-shanghai-bgt-2019.gfm.md", ImportSourceKind.Markdown)]
    [InlineData("html/2019-legacy-municipal-office.html", "2019-legacy-municipal-office.gfm.md", ImportSourceKind.Html)]
    public void Import_PandocGfmOfWebPage_EveryTableCellAsInThePage(string page, string converted, ImportSourceKind kind)
    {
        string fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        ImportResult clean = ReportImporter.Import(File.ReadAllText(Path.Combine(fixtures, page)));
        string text = File.ReadAllText(Path.Combine(fixtures, "pandoc", converted));

        ImportResult result = ReportImporter.Import(text);

        Assert.Equal(kind, result.SourceKind);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(clean.Report!.Format, result.Report!.Format);
        Assert.Empty(PdftotextImportTests.CellsThatDiffer(clean, result));
    }

    /// <summary>
    /// The real Shanghai 2019 page through <c>pandoc -f html -t markdown</c>: its tables with merged cells become simple
    /// tables of dash runs, every cell in its column (CJK counted as two) and the spans dropped — a merged row label is
    /// printed in its first row and blank below; 表二's tables, whose cells span columns unevenly, become grid tables in
    /// which a header cell over two columns leaves an empty column, under which each row prints one value or none. Every
    /// cell is exact (63 were blank before the dash-table reader, 22 of 表二 before the spanned columns were joined).
    /// </summary>
    [Fact]
    public void Import_PandocMarkdownOfWebPage_SimpleTablesReadByTheirColumns()
    {
        string fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        ImportResult page = ReportImporter.Import(File.ReadAllText(Path.Combine(fixtures, "real", "20-shanghai-bgt-2019.html")));

        ImportResult result = ReportImporter.Import(File.ReadAllText(Path.Combine(fixtures, "pandoc", "20-shanghai-bgt-2019.markdown.md")));

        Assert.Empty(PdftotextImportTests.CellsThatDiffer(page, result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == GovInfoDisclosure.Schema.Import.Diagnostics.ImportDiagnosticCodes.RowAmbiguous);
    }

    /// <summary>
    /// Two values under one header cell that spans two columns: the cell spans no columns after all, so no row under that
    /// header is joined, and the rows stay ambiguous; the groups under other headers are joined as before.
    /// </summary>
    [Fact]
    public void Import_GridTable_TwoValuesUnderOneSpannedHeader_RowAmbiguous()
    {
        string fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        string text = File.ReadAllText(Path.Combine(fixtures, "pandoc", "20-shanghai-bgt-2019.markdown.md"));
        const string Row = "| 规章        | 13          | 13          |             | 524         |";
        Assert.Contains(Row, text, StringComparison.Ordinal);

        ImportResult result = ReportImporter.Import(text.Replace(Row, "| 规章        | 13          | 13          | 7           | 524         |", StringComparison.Ordinal));

        Assert.Contains(result.Diagnostics, d => d.Code == GovInfoDisclosure.Schema.Import.Diagnostics.ImportDiagnosticCodes.RowAmbiguous
            && d.Location.Pointer == "/proactiveDisclosure/rules");
        Assert.Contains(result.Diagnostics, d => d.Code == GovInfoDisclosure.Schema.Import.Diagnostics.ImportDiagnosticCodes.RowAmbiguous
            && d.Location.Pointer == "/proactiveDisclosure/normativeDocuments");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == GovInfoDisclosure.Schema.Import.Diagnostics.ImportDiagnosticCodes.RowAmbiguous
            && d.Location.Pointer == "/proactiveDisclosure/administrativeLicensing");
    }

    [Fact]
    public void DashTable_BlankCellsAndWideCharacters_EachCellInItsColumn()
    {
        var lines = new System.Collections.Generic.List<string>
        {
            "  ---------------- ------ ------",
            "  一、本年新收      3             ",
            "  二、上年结转             1      ",
            "  ---------------- ------ ------",
            "后文",
        };
        var blocks = new System.Collections.Generic.List<GovInfoDisclosure.Schema.Import.Sources.SourceBlock>();

        int after = GovInfoDisclosure.Schema.Import.Sources.DashTableReader.Read(lines, 0, blocks);

        Assert.Equal(4, after);
        Assert.Equal(new[] { "一、本年新收", "3", "" }, System.Linq.Enumerable.Select(blocks[0].Cells, c => c.Text));
        Assert.Equal(new[] { "二、上年结转", "", "1" }, System.Linq.Enumerable.Select(blocks[1].Cells, c => c.Text));
    }

    [Fact]
    public void DashTable_WithoutClosingLine_LeftToTheOtherReaders()
    {
        var lines = new System.Collections.Generic.List<string> { "---- ----", "a    b" };
        var blocks = new System.Collections.Generic.List<GovInfoDisclosure.Schema.Import.Sources.SourceBlock>();

        Assert.Equal(0, GovInfoDisclosure.Schema.Import.Sources.DashTableReader.Read(lines, 0, blocks));
        Assert.Empty(blocks);
    }
}
