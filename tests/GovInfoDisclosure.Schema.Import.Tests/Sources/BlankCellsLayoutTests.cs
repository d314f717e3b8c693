using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using Xunit;
using static GovInfoDisclosure.Schema.Import.Tests.ImportAssert;

namespace GovInfoDisclosure.Schema.Import.Tests.Sources;

/// <summary>
/// A report whose 表三 leaves every 0 of the applicant columns blank (only what was counted, and the totals, printed), as
/// offices fill the table in: saved as .docx and exported to PDF by LibreOffice, and that PDF through
/// <c>pdftotext -layout</c>, which prints a blank cell as nothing (eng/document-fixtures/make.sh, blank_zeros.py). The PDF
/// is read by its rules; in the text a row's values are placed by where they stand under the header's columns.
/// </summary>
public class BlankCellsLayoutTests
{
    private static string Path(string folder, string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, file);

    [Theory]
    [InlineData("2024-pingwu")]
    [InlineData("2025-huarong")]
    public void Import_PdfWithBlankCells_EveryCellExact(string name)
    {
        ImportResult result = ReportImporter.Import(File.ReadAllBytes(Path("documents", name + "-blank-cells.pdf")));

        Assert.Empty(CellsThatDiffer(name, result));
    }

    /// <summary>
    /// The same report without table borders: the PDF reader prints its pages on one character grid per page (a column's
    /// words start at the same place on every line), and the layout reader places the values; before, each line was laid
    /// out by the gaps after its own words, and every row with a blank cell was lost (36 cells).
    /// </summary>
    [Fact]
    public void Import_BorderlessPdfWithBlankCells_ValuesPlacedUnderTheirColumns_NoneWrong()
    {
        ImportResult result = ReportImporter.Import(File.ReadAllBytes(Path("documents", "2024-pingwu-blank-cells-borderless.pdf")));

        var differ = CellsThatDiffer("2024-pingwu", result);
        Assert.DoesNotContain(differ, d => d.Actual is not null);
        Assert.Equal(5, differ.Count);
        Assert.Equal(11, Current(result).Applications.NewlyReceived.NaturalPerson.Value);
        Assert.Equal(5, Current(result).Applications.NewlyReceived.CommercialEnterprise.Value);
    }

    /// <summary>
    /// The blanked report's .docx saved as plain text by LibreOffice: every cell on a line of its own, a blank cell as an
    /// empty line, no separators. Before, the rows were text lines and 表二 and 表三 were not found.
    /// </summary>
    [Fact]
    public void Import_WordProcessorTextExport_CellPerLine_EmptyLinesBlank_EveryCellExact()
    {
        ImportResult result = ReportImporter.Import(File.ReadAllText(Path("wordtext", "2024-pingwu-blank-cells.libreoffice.txt")));

        Assert.Empty(CellsThatDiffer("2024-pingwu", result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Import_LayoutTextWithBlankCells_ValuesPlacedUnderTheirColumns_NoneWrong()
    {
        ImportResult result = ReportImporter.Import(File.ReadAllText(Path("pdftotext", "2024-pingwu-blank-cells.layout.txt")));

        Assert.Equal(ImportSourceKind.PdfLayoutText, result.SourceKind);
        var differ = CellsThatDiffer("2024-pingwu", result);
        Assert.DoesNotContain(differ, d => d.Actual is not null);
        // Page 2 prints (七)总计 and 四 with two applicant values each and neither the header nor a full row: those
        // values have nothing to be placed by, and the two rows stay blank and named.
        Assert.Equal(
            new[] { "/applications/carriedForward/naturalPerson", "/applications/carriedForward/total", "/applications/results/total/commercialEnterprise", "/applications/results/total/naturalPerson", "/applications/results/total/total" },
            differ.Select(d => d.Pointer).OrderBy(p => p, StringComparer.Ordinal));
        Has(result, ImportDiagnosticCodes.RowAmbiguous, "/applications/carriedForward");
        Assert.Equal(11, Current(result).Applications.NewlyReceived.NaturalPerson.Value);
        Assert.Equal(5, Current(result).Applications.NewlyReceived.CommercialEnterprise.Value);
        Assert.True(Current(result).Applications.NewlyReceived.ResearchInstitution.IsBlank);
        Assert.Equal(16, Current(result).Applications.NewlyReceived.Total.Value);
        Assert.Equal(CellProvenance.Read, result.Provenance["/applications/newlyReceived/commercialEnterprise"]);
    }

    /// <summary>
    /// The Huarong sample's 表三 prints only its 总计 column (every count 0): the rows are placed by the header's words and
    /// where every row ends; a row's lone 0 on the line after a page break is a value, not a page number.
    /// </summary>
    [Fact]
    public void Import_LayoutTextWithOnlyTotalsPrinted_EveryCellExact()
    {
        ImportResult result = ReportImporter.Import(File.ReadAllText(Path("pdftotext", "2025-huarong-blank-cells.layout.txt")));

        Assert.Empty(CellsThatDiffer("2025-huarong", result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Import_LayoutTextWithBlankCells_ARowThatDoesNotAddUp_IsNotPlaced()
    {
        // 11 and 5 under 自然人 and 商业企业 with 17 under 总计: the placing is not confirmed by the row's own sum.
        string text = File.ReadAllText(Path("pdftotext", "2024-pingwu-blank-cells.layout.txt"));
        string row = text.Split('\n').Single(l => l.StartsWith("一、本年新收", StringComparison.Ordinal));
        string edited = text.Replace(row, row.Replace("16", "17", StringComparison.Ordinal));

        ImportResult result = ReportImporter.Import(edited);

        Has(result, ImportDiagnosticCodes.RowAmbiguous, "/applications/newlyReceived");
        Assert.True(Current(result).Applications.NewlyReceived.NaturalPerson.IsBlank);
    }

    /// <summary>
    /// The real Shanghai 2019 page (blank cells as <c>&amp;nbsp;</c>, printed-blank 总计 in some rows) saved as PDF by Chrome,
    /// through <c>pdftotext -layout</c>: no row prints all seven values, and the header's words stand some characters off
    /// the numbers under them, so the columns are learnt from the rows whose 总计 confirms them. 41 cells were blank
    /// before; the values standing about midway between two columns, and the rows whose 总计 is printed blank (nothing
    /// to check their placing by), stay unplaced.
    /// </summary>
    [Fact]
    public void Import_ChromePdfOfRealPage_LayoutText_BlankCellsPlaced_NoneWrong()
    {
        ImportResult page = ReportImporter.Import(File.ReadAllText(Path("real", "20-shanghai-bgt-2019.html")));

        ImportResult result = ReportImporter.Import(File.ReadAllText(Path("pdftotext", "20-shanghai-bgt-2019.chrome.layout.txt")));

        var differ = PdftotextImportTests.CellsThatDiffer(page, result);
        Assert.DoesNotContain(differ, d => d.Actual is not null);
        Assert.Equal(27, differ.Count);
        Assert.DoesNotContain(differ, d => d.Pointer.StartsWith("/applications/newlyReceived/", StringComparison.Ordinal)
            || d.Pointer.StartsWith("/applications/results/total/", StringComparison.Ordinal));
        Has(result, ImportDiagnosticCodes.RowAmbiguous, "/applications/results/granted");
        Assert.Equal(821, Legacy2019(result).Applications.NewlyReceived.NaturalPerson.Value);
        Assert.True(Legacy2019(result).Applications.NewlyReceived.ResearchInstitution.IsBlank);
    }

    /// <summary>
    /// A long number aligned right starts left of its column: 10018 under 总计 starts where 其他's values stand. Placed by
    /// where it starts it would be 其他's, and the row would have no 总计 to check it by; where it starts and where it
    /// ends name different columns, so the row is not placed (found in review).
    /// </summary>
    [Fact]
    public void Import_LayoutText_RightAlignedLongNumbers_NotPlacedByTheirStart()
    {
        string text = File.ReadAllText(Path("pdftotext", "20-shanghai-bgt-2019.chrome.layout.txt"));
        string row = text.Split('\n').Single(l => l.StartsWith("二、上年结转", StringComparison.Ordinal));
        // 18 … 18 widened to 10018 … 10018 with the right edges where they were.
        string edited = text.Replace(row, row.Replace("   18", "10018", StringComparison.Ordinal));
        Assert.NotEqual(text, edited);

        ImportResult result = ReportImporter.Import(edited);

        Has(result, ImportDiagnosticCodes.RowAmbiguous, "/applications/carriedOver");
        Assert.True(Legacy2019(result).Applications.CarriedOver.OtherOrganization.IsBlank);
        Assert.True(Legacy2019(result).Applications.CarriedOver.Total.IsBlank);
    }

    /// <summary>The cells of 表二, 表三 and 表四 that differ from the blanked report the fixtures were rendered from.</summary>
    private static List<(string Pointer, string? Expected, string? Actual)> CellsThatDiffer(string name, ImportResult result) =>
        PdftotextImportTests.CellsThatDiffer(JsonNode.Parse(File.ReadAllText(Path("documents", name + "-blank-cells.json")))!, result);
}
