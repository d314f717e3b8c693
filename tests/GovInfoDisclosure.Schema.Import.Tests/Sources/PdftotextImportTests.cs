using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using Xunit;
using static GovInfoDisclosure.Schema.Import.Tests.ImportAssert;

namespace GovInfoDisclosure.Schema.Import.Tests.Sources;

/// <summary>
/// Text extracted from the fixture PDFs (Fixtures/documents, made by LibreOffice as offices make them) by poppler's
/// <c>pdftotext</c> without <c>-layout</c> (eng/document-fixtures/make.sh): <c>-raw</c> prints a row as its label and its
/// values separated by single spaces, labels wrapped over lines; the default mode prints the table cell by cell in
/// reading blocks, labels and values apart.
/// </summary>
public class PdftotextImportTests
{
    public static TheoryData<string> Names() => new()
    {
        "2024-pingwu-county-government-office",
        "2025-huarong-district-bureau",
        "2020-county-petitions-bureau-legacy-layout",
    };

    private static string Text(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdftotext", file));

    [Theory]
    [MemberData(nameof(Names))]
    public void Import_PdftotextRaw_EveryTableCellAsInTheCleanText(string name)
    {
        ImportResult clean = ReportImporter.Import(Fixtures.Text(name));

        ImportResult result = ReportImporter.Import(Text(name + ".raw.txt"));

        Assert.Equal(ImportSourceKind.PdfLayoutText, result.SourceKind);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(clean.Report!.Year, result.Report!.Year);
        Assert.Equal(clean.Report.Format, result.Report.Format);
        Assert.Empty(CellsThatDiffer(clean, result));
        Assert.All(result.Provenance.Where(p => p.Key.StartsWith("/applications/", StringComparison.Ordinal)), p => Assert.Equal(CellProvenance.Read, p.Value));
    }

    /// <summary>
    /// <c>pdftotext -layout</c> of the same PDFs: group labels printed vertically beside the row labels, a piece one space
    /// before a row's label (<c>三、本年 (一)予以公开</c>) or alone on the line of its values (<c>开  0 0 …</c>), labels
    /// wrapped before and after their values, running headers and page numbers.
    /// </summary>
    [Theory]
    [InlineData("2024-pingwu-county-government-office", "2024-pingwu-county-government-office")]
    [InlineData("2025-huarong-district-bureau", "2025-huarong-district-bureau")]
    [InlineData("2020-county-petitions-bureau-legacy-layout", "2020-county-petitions-bureau-legacy-layout")]
    [InlineData("2025-huarong-header-footer", "2025-huarong-district-bureau")]
    [InlineData("2025-huarong-borderless", "2025-huarong-district-bureau")]
    public void Import_PdftotextLayout_EveryTableCellAsInTheCleanText(string file, string name)
    {
        ImportResult clean = ReportImporter.Import(Fixtures.Text(name));

        ImportResult result = ReportImporter.Import(Text(file + ".layout.txt"));

        Assert.Equal(ImportSourceKind.PdfLayoutText, result.SourceKind);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(clean.Report!.Year, result.Report!.Year);
        Assert.Empty(CellsThatDiffer(clean, result));
    }

    [Fact]
    public void Import_PdftotextLayout_RunningHeaderOfEveryPage_Dropped()
    {
        ImportResult result = ReportImporter.Import(Text("2025-huarong-header-footer.layout.txt"));

        Diagnostic[] dropped = result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.FooterDropped).ToArray();
        Assert.Equal(4, dropped.Length);
        Assert.All(dropped, d => Assert.Equal("华容区某局 2025 年政府信息公开工作年度报告", d.RawText));
        Assert.Equal(new[] { "—1—", "—2—", "—3—", "—4—" },
            result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.PageBreakRemoved).Select(d => d.RawText!.Replace(" ", string.Empty, StringComparison.Ordinal)));
        Assert.DoesNotContain(result.Diagnostics, d => d.RawText is { } raw && raw.Contains("华容区某局", StringComparison.Ordinal) && d.Code != ImportDiagnosticCodes.FooterDropped);
    }

    [Fact]
    public void Import_PdftotextRaw_RowOfSingleSpacedZerosNextToAPageBreak_IsARowNotAPageNumber()
    {
        string text = Text("2020-county-petitions-bureau-legacy-layout.raw.txt");
        Assert.Contains('\f', text);

        ImportResult result = ReportImporter.Import(text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.PageBreakRemoved && d.RawText!.Contains(' ', StringComparison.Ordinal)
            && d.RawText.Trim().All(c => c is ' ' or (>= '0' and <= '9')));
        Lacks(result, ImportDiagnosticCodes.RowMissing);
    }

    [Fact]
    public void Import_PdftotextRaw_RowThatLostBlanks_LeftBlankAndNamed_NeverShifted()
    {
        string text = Text("2024-pingwu-county-government-office.raw.txt");
        Assert.Contains("\n(一)予以公开 1 0 0 0 0 0 1\n", text, StringComparison.Ordinal);
        text = text.Replace("\n(一)予以公开 1 0 0 0 0 0 1\n", "\n(一)予以公开 1 1\n", StringComparison.Ordinal);

        ImportResult result = ReportImporter.Import(text);

        Diagnostic ambiguous = Single(result, ImportDiagnosticCodes.RowAmbiguous);
        Assert.Equal("/applications/results/granted", ambiguous.Location.Pointer);
        Assert.Equal(7, ambiguous.Expected);
        Assert.Equal(2, ambiguous.Actual);
        Assert.True(Current(result).Applications.Results.Granted.NaturalPerson.IsBlank);
        Assert.True(Current(result).Applications.Results.Granted.Total.IsBlank);
        Assert.True(Current(result).Applications.Results.PartiallyGranted.Total.TryGetNumber(out int next) && next == 0); // the next row keeps its own
    }

    /// <summary>
    /// The default mode scatters a table's labels and values over reading blocks: most cells cannot be placed. Whatever
    /// is read is the source's own number in that cell; every other cell is blank and the import has errors.
    /// </summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void Import_PdftotextDefaultMode_NoNumberInAWrongCell_TheRestBlankAndNamed(string name)
    {
        ImportResult clean = ReportImporter.Import(Fixtures.Text(name));

        ImportResult result = ReportImporter.Import(Text(name + ".txt"));

        Assert.NotNull(result.Report);
        Assert.DoesNotContain(CellsThatDiffer(clean, result), d => d.Actual is not null);
        Assert.True(result.HasErrors);
    }

    /// <summary>The cells of 表二, 表三 and 表四 whose values differ: (pointer, clean, actual), null for a blank.</summary>
    internal static List<(string Pointer, string? Expected, string? Actual)> CellsThatDiffer(ImportResult expected, ImportResult actual) =>
        CellsThatDiffer(JsonNode.Parse(ReportJson.Serialize(expected.Report!))!, actual);

    /// <summary>The cells of 表二, 表三 and 表四 of <paramref name="actual"/> that differ from the canonical document <paramref name="left"/>.</summary>
    internal static List<(string Pointer, string? Expected, string? Actual)> CellsThatDiffer(JsonNode left, ImportResult actual)
    {
        JsonNode right = JsonNode.Parse(ReportJson.Serialize(actual.Report!))!;
        var differ = new List<(string, string?, string?)>();
        foreach (string table in new[] { "proactiveDisclosure", "applications", "reconsiderationAndLitigation" })
        {
            Compare("/" + table, left[table], right[table], differ);
        }

        return differ;
    }

    private static void Compare(string pointer, JsonNode? expected, JsonNode? actual, List<(string, string?, string?)> differ)
    {
        if (expected is JsonObject o)
        {
            foreach (KeyValuePair<string, JsonNode?> property in o)
            {
                Compare(pointer + "/" + property.Key, property.Value, (actual as JsonObject)?[property.Key], differ);
            }

            return;
        }

        string? e = expected?.ToJsonString();
        string? a = actual?.ToJsonString();
        if (e != a)
        {
            differ.Add((pointer, e, a));
        }
    }
}
