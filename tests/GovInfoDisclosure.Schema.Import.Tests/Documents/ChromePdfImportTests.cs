using System;
using System.IO;
using System.Linq;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Tests.Sources;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Json;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Documents;

/// <summary>
/// A report page saved with Chrome's "Save as PDF" (eng/document-fixtures/chrome-pdf.sh: chromium 156, Noto CJK): the CJK
/// text is in Type 3 fonts whose Unicode map gives Kangxi radicals and radicals-supplement forms for some characters
/// (⼀ ⼈ ⾏ ⽆ ⺠ for 一 人 行 无 民), and PdfPig gives the words of those fonts a box a fraction of a point high. Before, the
/// ruled page lost 35 cells and the borderless one 45; on a borderless page with its values centred beside two-line
/// labels, a row's values went to the row below (results total read as 结转下年度's numbers).
/// </summary>
public class ChromePdfImportTests
{
    [Theory]
    [InlineData("2025-huarong-district-bureau.chrome.pdf")]
    [InlineData("2025-huarong-district-bureau-borderless.chrome.pdf")]
    public void Import_ChromeSaveAsPdf_EveryTableCellAsInTheCleanText_RadicalsReplaced(string file)
    {
        ImportResult clean = ReportImporter.Import(Fixtures.Text("2025-huarong-district-bureau"));

        ImportResult result = ReportImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "documents", file)));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((clean.Report!.Format, clean.Report.Year, clean.Report.Agency), (result.Report!.Format, result.Report.Year, result.Report.Agency));
        Assert.Empty(PdftotextImportTests.CellsThatDiffer(clean, result));
        Diagnostic replaced = ImportAssert.Single(result, ImportDiagnosticCodes.TextCompatibilityIdeographs);
        Assert.True(replaced.Actual > 0);
        string json = ReportJson.Serialize(result.Report);
        Assert.DoesNotContain(json, CompatibilityIdeographs.InBlocks);
        Assert.Contains("中华人民共和国", json, StringComparison.Ordinal);
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
