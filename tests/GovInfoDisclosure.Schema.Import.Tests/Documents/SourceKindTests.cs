using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Linq;
using System.Text;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Interop;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Json;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Documents;

/// <summary>Issue 9 item 9: <see cref="ImportOptions.SourceKind"/> honours every value it offers, through both entry points.</summary>
public class SourceKindTests
{
    private const string Pingwu = "2024-pingwu-county-government-office";

    public static TheoryData<ImportSourceKind> Kinds()
    {
        var data = new TheoryData<ImportSourceKind>();
        foreach (ImportSourceKind kind in Enum.GetValues(typeof(ImportSourceKind)))
        {
            data.Add(kind);
        }

        return data;
    }

    /// <summary>A source of each kind, as text or bytes, and the report it must give.</summary>
    private static (byte[] Bytes, string? Text, string Expected) SourceOf(ImportSourceKind kind)
    {
        string canonical = ReportJson.Serialize(ReportJson.Deserialize(Fixtures.Json(Pingwu)));
        switch (kind)
        {
            case ImportSourceKind.PlainText:
                return (Encoding.UTF8.GetBytes(Fixtures.Text(Pingwu)), Fixtures.Text(Pingwu), canonical);
            case ImportSourceKind.PdfLayoutText:
                string layout = Fixtures.File2("layout/2024-pingwu-tables.layout.txt");
                return (Encoding.UTF8.GetBytes(layout), layout, ReportJson.Serialize(ReportImporter.Import(layout).Report!));
            case ImportSourceKind.Html:
                string html = ReportHtmlRenderer.Render(ReportJson.Deserialize(Fixtures.Json(Pingwu)));
                return (Encoding.UTF8.GetBytes(html), html, canonical);
            case ImportSourceKind.Markdown:
                string markdown = ReportMarkdownRenderer.Render(ReportJson.Deserialize(Fixtures.Json(Pingwu)));
                return (Encoding.UTF8.GetBytes(markdown), markdown, canonical);
            case ImportSourceKind.KiroGovCompareJson:
                string kiro = Fixtures.File2("kirogovcompare/report.json");
                return (Encoding.UTF8.GetBytes(kiro), kiro, ReportJson.Serialize(KiroGovCompareJson.Read(kiro).Report!));
            case ImportSourceKind.Pdf:
                return (DocumentImportTests.Bytes(Pingwu + ".pdf"), null, canonical);
            case ImportSourceKind.Docx:
                return (DocumentImportTests.Bytes(Pingwu + ".docx"), null, canonical);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "A new ImportSourceKind needs a source here.");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Import_BytesWithKindGiven_ReadAsThatKind(ImportSourceKind kind)
    {
        (byte[] bytes, _, string expected) = SourceOf(kind);

        ImportResult result = ReportImporter.Import(bytes, new ImportOptions { SourceKind = kind });

        Assert.Equal(kind, result.SourceKind);
        Assert.NotNull(result.Report);
        Assert.Equal(expected, ReportJson.Serialize(result.Report!));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Import_BytesDetected_SameKindAndReport(ImportSourceKind kind)
    {
        (byte[] bytes, _, string expected) = SourceOf(kind);

        ImportResult result = ReportImporter.Import(bytes);

        Assert.Equal(kind, result.SourceKind);
        Assert.Equal(expected, ReportJson.Serialize(result.Report!));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Import_TextWithKindGiven_ReadAsThatKindOrRefusedIfBinary(ImportSourceKind kind)
    {
        (_, string? text, string expected) = SourceOf(kind);

        ImportResult result = ReportImporter.Import(text ?? "%PDF-1.7 binary", new ImportOptions { SourceKind = kind });

        Assert.Equal(kind, result.SourceKind);
        if (text is null)
        {
            Assert.Null(result.Report);
            Diagnostic error = Assert.Single(result.Diagnostics);
            Assert.Equal(ImportDiagnosticCodes.InputUnsupported, error.Code);
            Assert.Contains("pass its bytes", error.Argument("advice"), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, ReportJson.Serialize(result.Report!));
        }
    }

    [Fact]
    public void Import_KiroGovCompareGivenForAPipeText_ReadAsKiroGovCompareNotAsText()
    {
        ImportResult result = ReportImporter.Import(Fixtures.Text(Pingwu), new ImportOptions { SourceKind = ImportSourceKind.KiroGovCompareJson });

        Assert.Null(result.Report);
        Assert.Equal(ImportDiagnosticCodes.InteropInvalidJson, result.Diagnostics.First().Code);
    }
}
