using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.IO;
using System.Linq;
using System.Text;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Sources;
using GovInfoDisclosure.Schema.Import.Sources.Docx;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Documents;

/// <summary>
/// PDF and Word files made as offices make them (LibreOffice: page → .docx → PDF; eng/document-fixtures/make.sh) import to
/// the same canonical document as the same report's clean text, cell for cell and word for word.
/// </summary>
public class DocumentImportTests
{
    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (string name in new[] { "2024-pingwu-county-government-office", "2025-huarong-district-bureau", "2020-county-petitions-bureau-legacy-layout" })
        {
            data.Add(name, ".pdf");
            data.Add(name, ".docx");
        }

        return data;
    }

    internal static byte[] Bytes(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "documents", file));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Import_Document_SameCanonicalDocumentAsCleanText(string name, string extension)
    {
        GovInfoReport expected = ReportImporter.Import(Fixtures.Text(name)).Report!;

        ImportResult result = ReportImporter.Import(Bytes(name + extension));

        Assert.Equal(extension == ".pdf" ? ImportSourceKind.Pdf : ImportSourceKind.Docx, result.SourceKind);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotNull(result.Report);
        Assert.Equal(ReportJson.Serialize(expected), ReportJson.Serialize(result.Report!));
        Assert.Equal(ReportJson.Serialize(ReportJson.Deserialize(Fixtures.Json(name))), ReportJson.Serialize(result.Report!));
    }

    [Fact]
    public void Import_PdfWithTableBrokenAcrossPages_RowCutByThePageJoined()
    {
        ImportResult result = ReportImporter.Import(Bytes("2024-pingwu-county-government-office.pdf"));

        Diagnostic joined = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.PageBreakRemoved);
        Assert.StartsWith("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | ", joined.RawText);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is ImportDiagnosticCodes.LabelTruncated or ImportDiagnosticCodes.UnknownTableText);
    }

    [Fact]
    public void Import_PdfWhoseHeaderRepeatsOnTheNextPage_SameDocumentAndHeaderDropped()
    {
        GovInfoReport expected = ReportImporter.Import(Fixtures.Text("2024-pingwu-county-government-office")).Report!;

        ImportResult result = ReportImporter.Import(Bytes("2024-pingwu-header-repeated.pdf"));

        Assert.Equal(ReportJson.Serialize(expected), ReportJson.Serialize(result.Report!));
        Diagnostic[] removed = result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.PageBreakRemoved).ToArray();
        Assert.Equal(4, removed.Length);
        Assert.Single(removed, d => d.RawText!.StartsWith("(本列数据的勾稽关系为", StringComparison.Ordinal));
        Assert.Single(removed, d => d.RawText!.StartsWith("自然人 | ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData(".pdf")]
    [InlineData(".docx")]
    public void Import_RunningHeaderAndPageNumbers_RemovedSameDocument(string extension)
    {
        GovInfoReport expected = ReportImporter.Import(Fixtures.Text("2025-huarong-district-bureau")).Report!;

        ImportResult result = ReportImporter.Import(Bytes("2025-huarong-header-footer" + extension));

        Assert.Equal(ReportJson.Serialize(expected), ReportJson.Serialize(result.Report!));
        if (extension == ".pdf")
        {
            Assert.Equal(new[] { "—1—", "—2—", "—3—", "—4—" },
                result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.PageBreakRemoved).Select(d => d.RawText!.Replace(" ", string.Empty)));
            Assert.Equal(4, result.Diagnostics.Count(d => d.Code == ImportDiagnosticCodes.FooterDropped && d.RawText!.StartsWith("华容区某局", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("3", true)]
    [InlineData("- 3 -", true)]
    [InlineData("— 12 —", true)]
    [InlineData("第 3 页 共 6 页", true)]
    [InlineData("3/6", true)]
    [InlineData("2025年", false)]
    [InlineData("一、总体情况", false)]
    [InlineData("-", false)]
    public void IsPageNumber_AsOfficesPrintThem(string text, bool expected) =>
        Assert.Equal(expected, GovInfoDisclosure.Schema.Import.Sources.Pdf.PdfReader.IsPageNumber(text));

    [Fact]
    public void Import_DocxWhoseHeaderRowsRepeat_SameDocument()
    {
        GovInfoReport expected = ReportImporter.Import(Fixtures.Text("2024-pingwu-county-government-office")).Report!;

        ImportResult result = ReportImporter.Import(Bytes("2024-pingwu-header-repeated.docx"));

        Assert.Equal(ReportJson.Serialize(expected), ReportJson.Serialize(result.Report!));
    }

    [Theory]
    [InlineData("2024-pingwu-narrow.pdf")]
    [InlineData("2024-pingwu-narrow.docx")]
    public void Import_NarrowLayoutOnlyNaturalPersonAndTotal_SameAsCleanText(string file)
    {
        ImportResult text = ReportImporter.Import(Encoding.UTF8.GetString(Bytes("2024-pingwu-narrow.txt")));

        ImportResult result = ReportImporter.Import(Bytes(file));

        Assert.NotNull(text.Report);
        Assert.Equal(ReportJson.Serialize(text.Report!), ReportJson.Serialize(result.Report!));
        Assert.Equal(text.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => (d.Code, d.Location.Pointer)),
            result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => (d.Code, d.Location.Pointer)));
        // The table interpreters do not yet map a two-value row onto 自然人 and 总计: every 表三 row is refused as
        // ambiguous (never shifted), from the PDF and Word file at the same pointers as from the text.
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.RowAmbiguous && d.Location.Pointer == "/applications/newlyReceived");
    }

    [Fact]
    public void Import_DocxWithVerticallyMergedGroupLabels_GroupLabelReadOnce()
    {
        byte[] bytes = Bytes("2024-pingwu-county-government-office.docx");
        Assert.Contains("w:vMerge", ZipEntryText(bytes, "word/document.xml"), StringComparison.Ordinal);

        SourceDocument document = DocxReader.Read(bytes, ImportOptions.DefaultMaxInputChars);

        SourceBlock[] rows = document.Blocks.Where(b => b.Kind == SourceBlockKind.Row).ToArray();
        Assert.Single(rows, r => r.Cells.Any(c => c.Text == "(三)不予公开"));
        SourceBlock second = rows.Single(r => r.Cells.Any(c => c.Text == "2.其他法律行政法规禁止公开"));
        Assert.Equal("2.其他法律行政法规禁止公开", second.Cells[0].Text);
        Assert.Equal(8, second.Cells.Count);
    }

    [Fact]
    public void Import_PdfWithoutTableRules_ReadAsLayoutText_EveryCellExact()
    {
        string expected = ReportJson.Serialize(ReportJson.Deserialize(Fixtures.Json("2025-huarong-district-bureau")));

        ImportResult result = ReportImporter.Import(Bytes("2025-huarong-borderless.pdf"));

        Assert.NotNull(result.Report);
        var want = new System.Collections.Generic.Dictionary<string, string>();
        Flatten(System.Text.Json.JsonDocument.Parse(expected).RootElement, string.Empty, want);
        var got = new System.Collections.Generic.Dictionary<string, string>();
        Flatten(System.Text.Json.JsonDocument.Parse(ReportJson.Serialize(result.Report!)).RootElement, string.Empty, got);
        int read = 0;
        foreach ((string pointer, string value) in got)
        {
            if (pointer.StartsWith("/narrative", StringComparison.Ordinal) || value == "null")
            {
                continue;
            }

            Assert.Equal((pointer, want[pointer]), (pointer, value));
            read++;
        }

        // Without rules the cells come from the layout-text reader, the group labels printed vertically beside the row
        // labels: every cell of the tables is read.
        Assert.Equal(want.Count(p => !p.Key.StartsWith("/narrative", StringComparison.Ordinal) && p.Value != "null"), read);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    private static void Flatten(System.Text.Json.JsonElement element, string pointer, System.Collections.Generic.Dictionary<string, string> cells)
    {
        if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            foreach (System.Text.Json.JsonProperty property in element.EnumerateObject())
            {
                Flatten(property.Value, pointer + "/" + property.Name, cells);
            }
        }
        else
        {
            cells[pointer] = element.GetRawText();
        }
    }

    [Fact]
    public void Import_ScannedPdf_NoTextLayerError()
    {
        ImportResult result = ReportImporter.Import(Bytes("2025-huarong-scanned.pdf"));

        Assert.Null(result.Report);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(ImportDiagnosticCodes.PdfNoTextLayer, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(1, error.Location.Line);
        Assert.Equal((2m, "1", "have no text layer"), (error.Actual, error.Argument("page"), error.Argument("problem")));
        Assert.Equal(ImportSourceKind.Pdf, result.SourceKind);
    }

    [Fact]
    public void Import_PdfWhoseFontHasNoUnicodeMap_RefusedNamingThePage()
    {
        ImportResult result = ReportImporter.Import(Bytes("identity-font-without-tounicode.pdf"));

        Assert.Null(result.Report);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(ImportDiagnosticCodes.PdfNoTextLayer, error.Code);
        Assert.Equal((1m, "1"), (error.Actual, error.Argument("page")));
        Assert.Contains("ToUnicode", error.Argument("problem"), StringComparison.Ordinal);
    }

    /// <summary>
    /// A web page laid out in a table, saved as .docx by LibreOffice and by pandoc: the report's tables are nested in the
    /// layout table's cell. Read as the HTML reader reads the page (the layout table's cells as text and tables); before,
    /// the whole page was one table row of flattened text and not a report.
    /// </summary>
    [Theory]
    [InlineData("2019-legacy-municipal-office.libreoffice.docx")]
    [InlineData("2019-legacy-municipal-office.pandoc.docx")]
    public void Import_WordFileWithReportTablesInsideALayoutTable_EveryCellAsInThePage(string file)
    {
        ImportResult page = ReportImporter.Import(Fixtures.File2("html/2019-legacy-municipal-office.html"));

        ImportResult result = ReportImporter.Import(Bytes(file));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((page.Report!.Format, page.Report.Year), (result.Report!.Format, result.Report.Year));
        Assert.Empty(GovInfoDisclosure.Schema.Import.Tests.Sources.PdftotextImportTests.CellsThatDiffer(page, result));
    }

    [Fact]
    public void Import_LegacyWordDoc_UnsupportedWithHint()
    {
        ImportResult result = ReportImporter.Import(Bytes("2025-huarong-district-bureau.doc"));

        Assert.Null(result.Report);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(ImportDiagnosticCodes.InputUnsupported, error.Code);
        Assert.Equal("OLE compound file (.doc/.wps)", error.Argument("kind"));
        Assert.Contains(".docx", error.Argument("advice"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(5000)]
    [InlineData(60000)]
    public void Import_TruncatedPdf_DamagedNeverThrows(int length)
    {
        byte[] bytes = Bytes("2025-huarong-district-bureau.pdf").Take(length).ToArray();

        ImportResult result = ReportImporter.Import(bytes);

        Assert.Null(result.Report);
        Assert.Contains(result.Diagnostics, d => d.Code is ImportDiagnosticCodes.InputDamaged or ImportDiagnosticCodes.PdfNoTextLayer);
    }

    [Fact]
    public void Import_TruncatedDocx_Damaged()
    {
        byte[] bytes = Bytes("2025-huarong-district-bureau.docx");
        byte[] cut = bytes.Take(bytes.Length / 2).ToArray();

        ImportResult result = ReportImporter.Import(cut);

        Assert.Null(result.Report);
        Assert.Equal(ImportDiagnosticCodes.InputDamaged, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Import_ExcelWorkbook_UnsupportedNamedAsSpreadsheet()
    {
        ImportResult result = ReportImporter.Import(Zip("xl/workbook.xml", "<workbook/>"));

        Assert.Null(result.Report);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(ImportDiagnosticCodes.InputUnsupported, error.Code);
        Assert.Equal("Excel workbook (.xlsx)", error.Argument("kind"));
    }

    [Fact]
    public void Import_OfdDocument_UnsupportedWithAdviceToSaveAsPdf()
    {
        // An OFD file (GB/T 33190) is a ZIP whose entry point is OFD.xml at the root.
        ImportResult result = ReportImporter.Import(Zip("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\"/>"));

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(ImportDiagnosticCodes.InputUnsupported, error.Code);
        Assert.Equal(("OFD fixed-layout document", "save it as PDF with an OFD reader and import that"), (error.Argument("kind"), error.Argument("advice")));
    }

    [Fact]
    public void Import_ZipThatIsNoOfficeDocument_Unsupported()
    {
        ImportResult result = ReportImporter.Import(Zip("report/page1.html", "<p>一、总体情况</p>"));

        Assert.Equal("ZIP without word/document.xml", Assert.Single(result.Diagnostics).Argument("kind"));
    }

    [Fact]
    public void Import_RtfSavedByLibreOffice_UnsupportedWithHint()
    {
        ImportResult result = ReportImporter.Import(Bytes("2025-huarong-district-bureau.rtf"));

        Assert.Null(result.Report);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((ImportDiagnosticCodes.InputUnsupported, "Rich Text Format document"), (error.Code, error.Argument("kind")));
        Assert.Contains(".docx", error.Argument("advice"), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ScannedPageImage_UnsupportedWithAdviceToOcr()
    {
        ImportResult result = ReportImporter.Import(Bytes("2025-huarong-page-1.scan.jpg"));

        Assert.Null(result.Report);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal((ImportDiagnosticCodes.InputUnsupported, "image (a scanned or photographed page)"), (error.Code, error.Argument("kind")));
        Assert.Contains("OCR", error.Argument("advice"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("89504E470D0A1A0A0000000D49484452")] // PNG
    [InlineData("474946383961010001008000FF000000")] // GIF89a
    [InlineData("49492A00080000000000000000000000")] // TIFF, little-endian
    [InlineData("4D4D002A000000080000000000000000")] // TIFF, big-endian
    [InlineData("52494646240000005745425056503820")] // WebP
    public void Import_ImageHeaders_UnsupportedAsImage(string hex)
    {
        byte[] bytes = Convert.FromHexString(hex).Concat(new byte[64]).ToArray();

        Diagnostic error = Assert.Single(ReportImporter.Import(bytes).Diagnostics);

        Assert.Equal((ImportDiagnosticCodes.InputUnsupported, "image (a scanned or photographed page)"), (error.Code, error.Argument("kind")));
    }

    [Fact]
    public void Import_TextStartingWithBmLetters_StillReadAsText()
    {
        // "BM" opens a bitmap only when the header's size field is the file's length.
        ImportResult result = ReportImporter.Import(System.Text.Encoding.UTF8.GetBytes("BM 一、总体情况\n本机关2025年……\n二、主动公开政府信息情况\n"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InputUnsupported);
    }

    private static byte[] Zip(string entry, string content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(content);
        }

        return buffer.ToArray();
    }

    [Fact]
    public void Import_Stream_SameAsBytes()
    {
        byte[] bytes = Bytes("2025-huarong-district-bureau.docx");
        using var stream = new MemoryStream(bytes);

        ImportResult fromStream = ReportImporter.Import(stream);

        Assert.Equal(ReportJson.Serialize(ReportImporter.Import(bytes).Report!), ReportJson.Serialize(fromStream.Report!));
    }

    [Fact]
    public void Import_PdfOverTheCharacterLimit_TooLarge()
    {
        ImportResult result = ReportImporter.Import(Bytes("2025-huarong-district-bureau.pdf"), new ImportOptions { MaxInputChars = 500 });

        Assert.Null(result.Report);
        Assert.Equal(ImportDiagnosticCodes.InputTooLarge, Assert.Single(result.Diagnostics).Code);
    }

    private static string ZipEntryText(byte[] bytes, string entry)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}
