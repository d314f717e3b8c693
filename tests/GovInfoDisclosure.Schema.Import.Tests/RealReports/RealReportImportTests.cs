using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using Xunit;
using static GovInfoDisclosure.Schema.Import.Tests.ImportAssert;

namespace GovInfoDisclosure.Schema.Import.Tests.RealReports;

/// <summary>
/// The harder real reports of Fixtures/real (four archived page texts with the body on one line and the cells run
/// together, one damaged PDF→Markdown conversion, a published HTML page with blank cells as <c>&amp;nbsp;</c>, and a
/// real <c>pdftotext</c> extraction whose cells are separated by single spaces): every hand-read cell of 表三 and 表四
/// (expected.json) is imported, and each recovery is said by its own diagnostic and provenance.
/// </summary>
public class RealReportImportTests
{
    public static IEnumerable<object[]> Names() => Expected().Select(e => new object[] { e.Key });

    [Theory]
    [MemberData(nameof(Names))]
    public void Import_RealReport_EveryHandReadCellExact(string name)
    {
        JsonObject expected = Expected()[name]!.AsObject();
        // A fragment that does not print its year is given it, as `govinfo import --year` would.
        var options = new ImportOptions { Year = expected["year"]?.GetValue<int>() };

        ImportResult result = ReportImporter.Import(Text(name), options);

        Assert.NotNull(result.Report);
        JsonNode document = JsonNode.Parse(ReportJson.Serialize(result.Report!))!;
        Assert.Equal(expected["format"]!.GetValue<string>(), document["format"]!.GetValue<string>());
        var wrong = new List<string>();
        foreach (KeyValuePair<string, JsonNode?> cell in expected["cells"]!.AsObject())
        {
            JsonNode? actual = At(document, cell.Key);
            if (!JsonNode.DeepEquals(actual, cell.Value))
            {
                wrong.Add($"{cell.Key}: {actual?.ToJsonString() ?? "null"} for {cell.Value?.ToJsonString() ?? "null"}");
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("02-pingtan-2019.txt", "平潭综合实验区", 2019)]
    [InlineData("04-pingtan-scjgj-2019.txt", "平潭综合实验区市场监督管理局", 2019)]
    [InlineData("06-pingtan-2021.txt", "平潭综合实验区", 2021)]
    [InlineData("08-pingtan-2023.txt", "平潭综合实验区", 2023)]
    public void Import_BodyOnOneLine_ReadByHeadings_TableCellsInferred(string name, string agency, int year)
    {
        ImportResult result = ReportImporter.Import(Text(name));

        Has(result, ImportDiagnosticCodes.BodyOnOneLine);
        Lacks(result, ImportDiagnosticCodes.NotAReport);
        Lacks(result, ImportDiagnosticCodes.SectionMissing);
        Assert.Equal(agency, result.Report!.Agency);
        Assert.Equal(year, result.Report.Year);
        Assert.NotNull(result.Report.Narrative?.Overview);
        Has(result, ImportDiagnosticCodes.CellsInferred, "/applications/newlyReceived");
        Has(result, ImportDiagnosticCodes.CellsInferred, "/reconsiderationAndLitigation/reconsideration");
        Assert.All(result.Provenance.Where(p => p.Key.StartsWith("/applications/", StringComparison.Ordinal) && !p.Key.Contains("/otherHandling/", StringComparison.Ordinal)),
            p => Assert.Equal(CellProvenance.Inferred, p.Value));
        Assert.All(result.Provenance.Where(p => p.Key.StartsWith("/reconsiderationAndLitigation/", StringComparison.Ordinal)),
            p => Assert.Equal(CellProvenance.Inferred, p.Value));
    }

    [Fact]
    public void Import_OneSectionPerLine_TablesRunTogether_AreSplitToo()
    {
        string text = Text("06-pingtan-2021.txt");
        foreach (string heading in new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议", "五、存在的主要问题", "六、其他需要报告的事项" })
        {
            int at = text.IndexOf(heading, StringComparison.Ordinal);
            text = text.Substring(0, at) + "\n" + text.Substring(at);
        }

        ImportResult result = ReportImporter.Import(text);

        Assert.Equal(70, Current(result).Applications.NewlyReceived.Total.Value);
        Assert.Equal(12, Current(result).ReconsiderationAndLitigation.LitigationWithoutReconsideration.Total.Value);
        Assert.Equal(69, Current(result).Applications.Results.Total.Total.Value);
        Lacks(result, ImportDiagnosticCodes.SectionMissing);
        Lacks(result, ImportDiagnosticCodes.TableMissing);
    }

    [Fact]
    public void Import_RunTogetherRowWithSeveralSplits_BlankAndNamed_ReportStillRead()
    {
        // 行政规范性文件693665: 69/36/65, 69/3/665 … and 表二 has no arithmetic to choose.
        ImportResult result = ReportImporter.Import(Text("06-pingtan-2021.txt"));

        Diagnostic ambiguous = Assert.Single(result.Diagnostics,
            d => d.Code == ImportDiagnosticCodes.RunSplitAmbiguous && d.Location.Pointer == "/proactiveDisclosure/normativeDocuments");
        Assert.Equal("10", ambiguous.ActualText());
        Has(result, ImportDiagnosticCodes.RowAmbiguous, "/proactiveDisclosure/normativeDocuments");
        Assert.True(result.HasErrors);
        Assert.Equal(CellProvenance.Unreadable, result.Provenance["/proactiveDisclosure/normativeDocuments/issued"]);
        Assert.Equal(CellProvenance.Read, result.Provenance["/proactiveDisclosure/administrativeLicensing/decisions"]);
        Assert.Equal(CellProvenance.Inferred, result.Provenance["/proactiveDisclosure/rules/issued"]);
        Assert.Equal(2293, Current(result).ProactiveDisclosure.AdministrativeLicensing.Decisions.Value);
        Assert.Equal(24252.311082m, Current(result).ProactiveDisclosure.AdministrativeFees.Amount.Value);
    }

    [Fact]
    public void Import_RunTogetherRowWithNoSplit_BlankAndNamed_OtherRowsStillInferred()
    {
        string text = Text("06-pingtan-2021.txt").Replace("1.信访举报投诉类申请0000000", "1.信访举报投诉类申请12");

        ImportResult result = ReportImporter.Import(text);

        Diagnostic none = Assert.Single(result.Diagnostics,
            d => d.Code == ImportDiagnosticCodes.RunSplitAmbiguous && d.Location.Pointer == "/applications/results/notProcessed/petitionOrComplaint");
        Assert.Equal("0", none.ActualText());
        Has(result, ImportDiagnosticCodes.RowAmbiguous, "/applications/results/notProcessed/petitionOrComplaint");
        Assert.True(Current(result).Applications.Results.NotProcessed.PetitionOrComplaint.Total.IsBlank);
        Assert.Equal(70, Current(result).Applications.NewlyReceived.Total.Value);
        Assert.Equal(CellProvenance.Unreadable, result.Provenance["/applications/results/notProcessed/petitionOrComplaint/total"]);
    }

    [Fact]
    public void Import_DamagedMarkdown_RowsRecoveredBySimilarityAndPosition()
    {
        ImportResult result = ReportImporter.Import(Text("14-shanghai-bgt-2025.txt"));

        // （二）部分公开（区分处理的，只计这一情 / 形，不计其他情形） over two text lines, its values on a row of their own.
        Has(result, ImportDiagnosticCodes.LabelSimilar, "/applications/results/partiallyGranted");
        Has(result, ImportDiagnosticCodes.RowByPosition, "/applications/results/notProcessed/confirmationOfObtained");
        Has(result, ImportDiagnosticCodes.LabelSimilar, "/applications/results/otherHandling/overdueCorrection");
        Has(result, ImportDiagnosticCodes.LabelSimilar, "/applications/results/otherHandling/overdueFee");
        Lacks(result, ImportDiagnosticCodes.RowUnlabelled);
        Lacks(result, ImportDiagnosticCodes.RowMissing);
        Assert.Equal(CellProvenance.MatchedBySimilarity, result.Provenance["/applications/results/partiallyGranted/total"]);
        Assert.Equal(CellProvenance.MatchedByPosition, result.Provenance["/applications/results/notProcessed/confirmationOfObtained/total"]);
        Assert.Equal(CellProvenance.MatchedBySimilarity, result.Provenance["/applications/results/otherHandling/overdueCorrection/total"]);
        Assert.Equal(CellProvenance.Read, result.Provenance["/applications/results/granted/total"]);
        Assert.Equal("上海市人民政府办公厅", result.Report!.Agency);
        Assert.Equal(2025, result.Report.Year);
        Has(result, ImportDiagnosticCodes.AgencySource, "/agency");

        // "行政许可 0" (a one-column row printed as text) is read; "| 规章 | 22 | 235 |" (two numbers for three cells) is not.
        Assert.Equal(0, Current(result).ProactiveDisclosure.AdministrativeLicensing.Decisions.Value);
        Has(result, ImportDiagnosticCodes.RowAmbiguous, "/proactiveDisclosure/rules");
    }

    [Fact]
    public void Import_OnePageOfAFlipBook_HeadingsTableFourAndAgency()
    {
        // Page 8 alone: it starts at section 四 (a variant heading), its title carries the viewer's "Page 8 - ", and
        // 表四's 15 values stand on a line of their own under a header wrapped over three lines.
        ImportResult result = ReportImporter.Import(Text("23-wendeng-petitions-2022-page8.txt"));

        Lacks(result, ImportDiagnosticCodes.NotAReport);
        Has(result, ImportDiagnosticCodes.SectionHeadingVariant);
        Assert.Equal("威海市文登区信访局", result.Report!.Agency);
        Assert.Equal(2022, result.Report.Year);
        Assert.Equal(CellProvenance.Read, result.Provenance["/reconsiderationAndLitigation/litigationAfterReconsideration/total"]);
        Has(result, ImportDiagnosticCodes.TableMissing, "/applications");
    }

    [Fact]
    public void Import_CellPerLineWithLonePipeBlanks_BlankCellsKept_PrintedValuesInTheirColumns()
    {
        ImportResult result = ReportImporter.Import(Text("22-district-statistics-2023-cell-per-line.txt"));

        Lacks(result, ImportDiagnosticCodes.RowUnlabelled);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.RowAmbiguous
            && d.Location.Pointer is "/applications/newlyReceived" or "/applications/carriedOver" or "/applications/results/granted");
        Assert.Equal(0, Current(result).Applications.NewlyReceived.Total.Value);
        Assert.True(Current(result).Applications.NewlyReceived.NaturalPerson.IsBlank);
        Assert.True(Current(result).Applications.Results.Granted.Total.IsBlank);
        Assert.Equal(CellProvenance.Read, result.Provenance["/applications/results/granted/total"]);
    }

    internal static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "real", name));

    private static JsonObject Expected() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "real", "expected.json")))!.AsObject();

    private static JsonNode? At(JsonNode document, string pointer)
    {
        JsonNode? node = document;
        foreach (string part in pointer.TrimStart('/').Split('/'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(part, out JsonNode? next) ? next : null;
        }

        return node;
    }
}
