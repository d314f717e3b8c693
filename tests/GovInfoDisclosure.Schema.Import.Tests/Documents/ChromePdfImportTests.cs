using System;
using System.IO;
using System.Linq;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Import.Tests.Sources;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Json;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Documents;

/// <summary>
/// A report page saved with Chrome's "Save as PDF" (eng/document-fixtures/chrome-pdf.sh: chromium 156, Noto CJK): the CJK
/// text is in Type 3 fonts whose Unicode map gives Kangxi radicals and radicals-supplement forms for some characters
/// (⼀ ⼈ ⾏ ⽆ ⺠ for 一 人 行 无 民), and PdfPig gives the words of those fonts a box a fraction of a point high. Before, the
/// borderless page lost 45 cells; on a borderless page with its values centred beside two-line labels, a row's values
/// went to the row below (results total read as 结转下年度's numbers).
/// </summary>
public class ChromePdfImportTests
{
    [Fact]
    public void Import_ChromeSaveAsPdfOfBorderlessPage_EveryTableCellAsInTheCleanText_RadicalsReplaced()
    {
        ImportResult clean = ReportImporter.Import(Fixtures.Text("2025-huarong-district-bureau"));

        ImportResult result = ReportImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "documents", "2025-huarong-district-bureau-borderless.chrome.pdf")));

        AssertExactWithRadicalsReplaced(clean, result);
    }

    /// <summary>
    /// The real Shanghai 2019 page: its 表三 is a little wider than the printable area, so the clip drops the table's right
    /// edge and only the rules of the 总计 column's top and bottom are printed; the column was outside every cell (49
    /// cells and the agency lost before the radicals and the extents of Type 3 words were fixed, 35 after).
    /// </summary>
    [Fact]
    public void Import_ChromeSaveAsPdfOfRealPage_RightEdgeClipped_EveryTableCellAsInThePage()
    {
        string fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "real");
        ImportResult clean = ReportImporter.Import(File.ReadAllText(Path.Combine(fixtures, "20-shanghai-bgt-2019.html")));

        ImportResult result = ReportImporter.Import(File.ReadAllBytes(Path.Combine(fixtures, "20-shanghai-bgt-2019.chrome.pdf")));

        AssertExactWithRadicalsReplaced(clean, result);
        ImportAssert.Lacks(result, ImportDiagnosticCodes.SectionMissing);
    }

    /// <summary>
    /// A page laid out in a bordered table: its prose in the frame's cells (each a box of several lines, read as prose,
    /// not as one table cell running 五、六 and the sign-off together), and the caption row 第二十条第（八）项 at the head of
    /// page 2 (a row of its own, not the rest of 行政强制 on page 1, whose row was lost).
    /// </summary>
    [Fact]
    public void Import_ChromeSaveAsPdfOfPageInALayoutTable_EveryCellAndSectionAsInThePage()
    {
        ImportResult page = ReportImporter.Import(Fixtures.File2("html/2019-legacy-municipal-office.html"));

        ImportResult result = ReportImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "documents", "2019-legacy-municipal-office.chrome.pdf")));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        ImportAssert.Lacks(result, ImportDiagnosticCodes.SectionMissing);
        Assert.Empty(PdftotextImportTests.CellsThatDiffer(page, result));
        Assert.Equal(page.Report!.PublishedOn, result.Report!.PublishedOn);
        Assert.Equal(Compact(page.Report.Narrative.ProblemsAndImprovements), Compact(result.Report.Narrative.ProblemsAndImprovements));
        Assert.Equal(Compact(page.Report.Narrative.OtherMatters), Compact(result.Report.Narrative.OtherMatters));
    }

    /// <summary>
    /// A row of 表三 cut by a page break, printed without a rule at the break: its vertical rules run on to the page's edge
    /// of the table, where the row is now closed (on both pages) and its two parts joined. Before, its words were prose
    /// and its seven cells blank.
    /// </summary>
    [Fact]
    public void Import_ChromeSaveAsPdf_RowCutByAPageBreakWithoutRule_Joined()
    {
        ImportResult clean = ReportImporter.Import(Fixtures.Text("2024-pingwu-county-government-office"));

        ImportResult result = ReportImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "documents", "2024-pingwu-county-government-office.chrome.pdf")));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(PdftotextImportTests.CellsThatDiffer(clean, result));
        ImportAssert.Has(result, ImportDiagnosticCodes.PageBreakRemoved);
    }

    private static string Compact(string? text) => new((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static void AssertExactWithRadicalsReplaced(ImportResult clean, ImportResult result)
    {
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((clean.Report!.Format, clean.Report.Year, clean.Report.Agency), (result.Report!.Format, result.Report.Year, result.Report.Agency));
        Assert.Empty(PdftotextImportTests.CellsThatDiffer(clean, result));
        Diagnostic replaced = ImportAssert.Single(result, ImportDiagnosticCodes.TextCompatibilityIdeographs);
        Assert.True(replaced.Actual > 0);
        string json = ReportJson.Serialize(result.Report);
        Assert.DoesNotContain(json, CompatibilityIdeographs.InBlocks);
        Assert.Contains("中华人民共和国", json, StringComparison.Ordinal);
    }

    /// <summary>A section heading boxed in rules (a one-cell row, as Chrome's PDFs and some CMS pages print it) is the heading.</summary>
    [Fact]
    public void Import_SectionHeadingsBoxedInOneCellTables_AreTheHeadings()
    {
        string page = ReportHtmlRenderer.Render(ReportJson.Deserialize(Fixtures.Json("2025-huarong-district-bureau")));
        string boxed = page
            .Replace("<h2>三、收到和处理政府信息公开申请情况</h2>", "<table><tr><td>三、收到和处理政府信息公开申请情况</td></tr></table>", StringComparison.Ordinal)
            .Replace("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>", "<table><tr><td>四、政府信息公开行政复议、行政诉讼情况</td></tr></table>", StringComparison.Ordinal);
        Assert.NotEqual(page, boxed);

        ImportResult result = ReportImporter.Import(boxed);

        ImportAssert.Lacks(result, ImportDiagnosticCodes.SectionMissing);
        Assert.Empty(PdftotextImportTests.CellsThatDiffer(ReportImporter.Import(page), result));
        Assert.Equal(ReportImporter.Import(page).Report!.Narrative, result.Report!.Narrative);
    }

    [Fact]
    public void Import_CleanPdf_NoRadicalsDiagnostic()
    {
        ImportResult result = ReportImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "documents", "2025-huarong-district-bureau.pdf")));

        ImportAssert.Lacks(result, ImportDiagnosticCodes.TextCompatibilityIdeographs);
    }

    [Fact]
    public void Import_TextCopiedFromSuchAPdf_RadicalsReplacedAndNamed()
    {
        string text = Fixtures.Text("2025-huarong-district-bureau").Replace("人", "\u2F08", StringComparison.Ordinal).Replace("民", "\u2EA0", StringComparison.Ordinal);

        ImportResult result = ReportImporter.Import(text);

        Diagnostic replaced = ImportAssert.Single(result, ImportDiagnosticCodes.TextCompatibilityIdeographs);
        Assert.Equal(("⼈", "人"), (replaced.Argument("example"), replaced.Argument("unified")));
        Assert.Equal(ReportImporter.Import(Fixtures.Text("2025-huarong-district-bureau")).Report, result.Report);
    }

    [Theory]
    [InlineData("⼈⺠政府", "人民政府")] // Kangxi radical MAN, radicals supplement CIVILIAN
    [InlineData("⾏政⽆", "行政无")]
    [InlineData("\uF9D1", "六")] // CJK compatibility ideograph
    [InlineData("\u2E80", "\u2E80")] // no equivalent ideograph: kept
    [InlineData("\u2E87", "\u2E87")] // its equivalent lies beyond the BMP: kept
    [InlineData("行政", "行政")]
    public void Map(string text, string expected)
    {
        var replaced = default(IdeographReplacements);

        string mapped = CompatibilityIdeographs.Map(text, ref replaced);

        Assert.Equal(expected, mapped);
        Assert.Equal(text.Zip(expected).Count(p => p.First != p.Second), replaced.Count);
    }

    [Fact]
    public void Map_NothingToReplace_SameInstance()
    {
        string text = "一、总体情况";
        var replaced = default(IdeographReplacements);

        Assert.Same(text, CompatibilityIdeographs.Map(text, ref replaced));
    }

    [Fact]
    public void LabelNormalize_RadicalsCompareAsTheirIdeographs() =>
        Assert.Equal(LabelText.Normalize("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), LabelText.Normalize("（⼆）部分公开（区分处理的，只计这⼀情形，不计其他情形）"));
}
