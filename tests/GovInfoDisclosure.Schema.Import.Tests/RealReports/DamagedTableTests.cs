using GovInfoDisclosure.Schema.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Tables;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using Xunit;
using static GovInfoDisclosure.Schema.Import.Tests.ImportAssert;

namespace GovInfoDisclosure.Schema.Import.Tests.RealReports;

/// <summary>Small fixtures cut from the samples, one per failure kind of real reports (issue 11).</summary>
public class DamagedTableTests
{
    private const string PartlyGranted = "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||";

    [Fact]
    public void PipeRow_WithExactlyTheOfficialCells_KeepsItsExplicitBlanks()
    {
        string text = Edit(Linxia, PartlyGranted, "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 3 |  |  |  |  |  |  |");

        ImportResult result = ReportImporter.Import(text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Location.Pointer == "/applications/results/partiallyGranted");
        var row = Current(result).Applications.Results.PartiallyGranted;
        Assert.Equal(3, row.NaturalPerson.Value);
        Assert.True(row.CommercialEnterprise.IsBlank);
        Assert.True(row.Total.IsBlank);
        Assert.Equal(CellProvenance.Read, result.Provenance["/applications/results/partiallyGranted/total"]);
    }

    [Fact]
    public void PipeRow_WithTooFewCells_IsStillAmbiguous()
    {
        string text = Edit(Linxia, PartlyGranted, "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 3 |  |  |");

        ImportResult result = ReportImporter.Import(text);

        Has(result, ImportDiagnosticCodes.RowAmbiguous, "/applications/results/partiallyGranted");
        Assert.True(Current(result).Applications.Results.PartiallyGranted.NaturalPerson.IsBlank);
        Assert.Equal(CellProvenance.Unreadable, result.Provenance["/applications/results/partiallyGranted/naturalPerson"]);
    }

    [Theory]
    [InlineData("5.属于三类内部信息")]
    [InlineData("5、属于三类内部事务信息")]
    [InlineData("5.属 于 三 类 内 部 事 务 信 息")]
    public void DamagedLabel_MatchedByNumberingPlaceAndSimilarity(string printed)
    {
        string text = Edit(Linxia, "5.属于三类内部事务信息 | 0 |", printed + " | 2 |").Replace(printed + " | 2 | 0 | 0 | 0 | 0 | 0 | 0 |", printed + " | 2 | 0 | 0 | 0 | 0 | 0 | 2 |");

        ImportResult result = ReportImporter.Import(text);

        Assert.Equal(2, Current(result).Applications.Results.Withheld.InternalAffairs.NaturalPerson.Value);
        Lacks(result, ImportDiagnosticCodes.RowMissing);
        Lacks(result, ImportDiagnosticCodes.ExtraRow);
    }

    [Fact]
    public void DamagedLabel_LostCharacters_IsAnInfoNamingTheRow()
    {
        string text = Edit(Linxia, "5.属于三类内部事务信息 | 0 |", "5.属于三类内部信息 | 0 |");

        ImportResult result = ReportImporter.Import(text);

        Diagnostic similar = Single(result, ImportDiagnosticCodes.LabelSimilar);
        Assert.Equal(DiagnosticSeverity.Info, similar.Severity);
        Assert.Equal("/applications/results/withheld/internalAffairs", similar.Location.Pointer);
        Assert.Equal("5.属于三类内部信息", similar.RawText);
        Assert.Equal(CellProvenance.MatchedBySimilarity, result.Provenance["/applications/results/withheld/internalAffairs/total"]);
        NoErrors(result);
    }

    [Fact]
    public void DamagedLabel_WithAnotherRowsNumber_IsNotTakenForIt()
    {
        var matcher = LabelMatcher.For(LabelCatalogue.Format2021.GetTable(ReportTable.Applications));

        Assert.Equal(LabelMatchKind.None, matcher.Match("5.属于三类内部信息", headerContext: false).Kind);
        LabelMatch right = matcher.MatchSimilar("5.属于三类内部信息");
        LabelMatch wrongNumber = matcher.MatchSimilar("6.属于三类内部信息");

        Assert.Equal(LabelMatchQuality.Similar, right.Quality);
        Assert.Equal("results/withheld/internalAffairs", right.Row!.Key);
        Assert.NotEqual("results/withheld/internalAffairs", wrongNumber.Row?.Key);
    }

    [Fact]
    public void HeaderWords_AreNotTakenForRowLabels_InTheHeader()
    {
        var matcher = LabelMatcher.For(LabelCatalogue.Format2021.GetTable(ReportTable.Applications));

        Assert.Equal(LabelMatchKind.None, matcher.MatchSimilar("社会公益组织").Kind);
        Assert.Empty(matcher.SimilarCandidates("法律服务机构"));
    }

    [Fact]
    public void UnlabelledRow_FillingTheOnlyGap_AssignedByPosition_WithAWarning()
    {
        string text = Edit(Linxia, "2.没有现成信息需要另行制作 | 0 |", "| 0 |");

        ImportResult result = ReportImporter.Import(text);

        Diagnostic placed = Single(result, ImportDiagnosticCodes.RowByPosition);
        Assert.Equal(DiagnosticSeverity.Warning, placed.Severity);
        Assert.Equal("/applications/results/unableToProvide/needsCreation", placed.Location.Pointer);
        Assert.Equal(55, placed.Location.Line);
        Lacks(result, ImportDiagnosticCodes.RowUnlabelled);
        Lacks(result, ImportDiagnosticCodes.RowMissing);
        Assert.Equal(0, Current(result).Applications.Results.UnableToProvide.NeedsCreation.Total.Value);
        Assert.Equal(CellProvenance.MatchedByPosition, result.Provenance["/applications/results/unableToProvide/needsCreation/total"]);
    }

    [Fact]
    public void LabelWrappedOverLines_WithItsValuesOnALineOfTheirOwn_IsRead()
    {
        string text = Edit(Linxia, PartlyGranted, "(二)部分公开(区分处理的,\n只计这一情形,\n不计其他情形)\n| 2 | 0 | 0 | 0 | 0 | 0 | 2 |");

        ImportResult result = ReportImporter.Import(text);

        Assert.Equal(2, Current(result).Applications.Results.PartiallyGranted.Total.Value);
        Diagnostic wrapped = Single(result, ImportDiagnosticCodes.LabelSimilar);
        Assert.Equal("/applications/results/partiallyGranted", wrapped.Location.Pointer);
        Lacks(result, ImportDiagnosticCodes.RowUnlabelled);
        Assert.DoesNotContain("只计这一情形", Current(result).Narrative?.Applications ?? string.Empty);
    }

    [Fact]
    public void TextAboveAnUnlabelledRow_ThatIsNoLabel_StaysProse_AndTheRowGoesByPosition()
    {
        string text = Edit(Linxia, "2.没有现成信息需要另行制作 | 0 |", "单位说明\n| 0 |");

        ImportResult result = ReportImporter.Import(text);

        Has(result, ImportDiagnosticCodes.RowByPosition, "/applications/results/unableToProvide/needsCreation");
        Assert.Equal(0, Current(result).Applications.Results.UnableToProvide.NeedsCreation.Total.Value);
    }

    [Fact]
    public void UnlabelledRow_WhoseArithmeticDisagrees_StaysBlankAndNamed()
    {
        string text = Edit(Linxia, "2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "| 1 | 0 | 0 | 0 | 0 | 0 | 0 |");

        ImportResult result = ReportImporter.Import(text);

        Has(result, ImportDiagnosticCodes.RowUnlabelled);
        Has(result, ImportDiagnosticCodes.RowMissing, "/applications/results/unableToProvide/needsCreation");
        Lacks(result, ImportDiagnosticCodes.RowByPosition);
        Assert.True(Current(result).Applications.Results.UnableToProvide.NeedsCreation.NaturalPerson.IsBlank);
        Assert.Equal(CellProvenance.Unreadable, result.Provenance["/applications/results/unableToProvide/needsCreation/total"]);
    }

    [Fact]
    public void TwoUnlabelledRows_ForOneGap_AreNotGuessed()
    {
        string text = Edit(Linxia, "2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||",
            "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||");

        ImportResult result = ReportImporter.Import(text);

        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == ImportDiagnosticCodes.RowUnlabelled));
        Lacks(result, ImportDiagnosticCodes.RowByPosition);
        Assert.True(Current(result).Applications.Results.UnableToProvide.NeedsCreation.Total.IsBlank);
    }

    [Theory]
    [InlineData("临夏县信访局\n2025 年度政府信息公开工作年度报告", "临夏县信访局")]
    [InlineData("2025 年临夏县信访局政府信息公开\n工作年度报告", "临夏县信访局")]
    [InlineData("标题: 临夏县信访局2025年度政府信息公开工作年度报告", "临夏县信访局")]
    [InlineData("发布机构: 临夏县信访局\n2025 年度政府信息公开工作年度报告", "临夏县信访局")]
    public void Agency_FoundWhereAPersonWouldLook(string head, string agency)
    {
        string text = Edit(Linxia, "临夏县信访局 2025 年度政府信息公开工作年度报告", head)
            .Replace("临夏县信访局认真梳理", "本局认真梳理");

        ImportResult result = ReportImporter.Import(text);

        Assert.Equal(agency, result.Report!.Agency);
        Assert.Equal(2025, result.Report.Year);
    }

    [Fact]
    public void Provenance_OfAClean_Sample_IsReadForEveryCellOfTheDocument()
    {
        ImportResult result = ReportImporter.Import(Fixtures.Text(Linxia));

        Assert.Equal(190 + 10, result.Provenance.Count);
        Assert.All(result.Provenance.Values, p => Assert.Equal(CellProvenance.Read, p));
        Assert.False(result.Provenance is IDictionary<string, CellProvenance> { IsReadOnly: false });
    }

    [Fact]
    public void ColumnHeaderWords_AreNotTakenForRowLabels()
    {
        string text = Edit(Linxia, "一、本年新收政府信息公开申请数量 | 0 |", "| 予以公开 | 部分公开 | 不予公开 | 结转下年度 | 总计 |\n一、本年新收政府信息公开申请数量 | 0 |");

        ImportResult result = ReportImporter.Import(text);

        NoErrors(result);
        Assert.Equal(0, Current(result).Applications.CarriedForward.Total.Value);
        Assert.Equal(0, Current(result).Applications.Results.Granted.Total.Value);
        Assert.Equal(0, Current(result).Applications.Results.Total.Total.Value);
        Has(result, ImportDiagnosticCodes.UnknownTableText);
    }

    [Fact]
    public void ReconsiderationTable_SplitIntoThreeSmallTablesUnderHeadings_IsRead()
    {
        string text = Fixtures.Text(Linxia);
        int start = text.IndexOf("四、政府信息公开行政复议", System.StringComparison.Ordinal);
        int end = text.IndexOf("五、存在的主要问题", System.StringComparison.Ordinal);
        const string Header = "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n";
        text = text.Substring(0, start) + "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n" + Header + "0 | 1 | 0 | 0 | 1 |\n未经复议直接起诉\n" + Header
            + "2 | 0 | 0 | 0 | 2 |\n复议后起诉\n" + Header + "0 | 0 | 3 | 0 | 3 |\n" + text.Substring(end);

        ImportResult result = ReportImporter.Import(text);

        NoErrors(result);
        var table = Current(result).ReconsiderationAndLitigation;
        Assert.Equal(1, table.Reconsideration.Corrected.Value);
        Assert.Equal(2, table.LitigationWithoutReconsideration.Total.Value);
        Assert.Equal(3, table.LitigationAfterReconsideration.OtherOutcome.Value);
    }

    [Fact]
    public void ReconsiderationValues_AbsorbedIntoTheApplicationTable_AreRead()
    {
        string text = Fixtures.Text(Linxia);
        int start = text.IndexOf("四、政府信息公开行政复议", System.StringComparison.Ordinal);
        int end = text.IndexOf("五、存在的主要问题", System.StringComparison.Ordinal);
        text = text.Substring(0, start) + "1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n" + text.Substring(end);

        ImportResult result = ReportImporter.Import(text);

        Lacks(result, ImportDiagnosticCodes.RowUnlabelled);
        Assert.Equal(1, Current(result).ReconsiderationAndLitigation.Reconsideration.Total.Value);
        Has(result, ImportDiagnosticCodes.SectionMissing);
    }

    [Fact]
    public void RunSplitter_RowTotalChoosesTheOnlySplit()
    {
        List<long[]> splits = RunSplitter.Splits("801000081", 7)!;
        var total = new[] { (new[] { 0, 1, 2, 3, 4, 5 }, 6) };

        Assert.True(splits.Count > 1);
        long[] only = Assert.Single(splits, s => RunSplitter.Holds(s, total));
        Assert.Equal(new long[] { 80, 1, 0, 0, 0, 0, 81 }, only);
    }

    [Fact]
    public void RunSplitter_SpacesAreCellBoundaries()
    {
        var total = new[] { (new[] { 0, 1, 2, 3, 4, 5 }, 6) };

        long[] only = Assert.Single(RunSplitter.Splits("23 0 00 0 023", 7)!, s => RunSplitter.Holds(s, total));

        Assert.Equal(new long[] { 23, 0, 0, 0, 0, 0, 23 }, only);
        Assert.Empty(RunSplitter.Splits("1 2 3 4 5 6 7 8", 7)!);
    }

    [Fact]
    public void RunSplitter_ReconsiderationTotals_ChooseOneOfManySplits()
    {
        var groups = new[] { (new[] { 0, 1, 2, 3 }, 4), (new[] { 5, 6, 7, 8 }, 9), (new[] { 10, 11, 12, 13 }, 14) };

        List<long[]> splits = RunSplitter.Splits("10203120001200000", 15)!;

        Assert.True(splits.Count > 20);
        Assert.Equal(new long[] { 1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0 }, Assert.Single(splits, s => RunSplitter.Holds(s, groups)));
    }

    [Fact]
    public void RunSplitter_IsBounded()
    {
        Assert.Null(RunSplitter.Splits(new string('1', 40), 7, limit: 1000));
    }

    [Fact]
    public void RunSplitter_HostileRun_GivesUpQuickly()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();

        List<long[]>? impossible = RunSplitter.Splits(new string('7', 300), 7);
        List<long[]>? many = RunSplitter.Splits(new string('1', 63), 15);

        Assert.NotNull(impossible);
        Assert.Empty(impossible!);
        Assert.Null(many);
        Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    [Fact]
    public void RunSplitter_Solve_ColumnRelationDecides_OrLeavesTheRowOpen()
    {
        // Row 0 fixed (3, 3); row 1 is (1, 2) or (2, 1); relation: row 0 = row 1 + row 2, with row 2 fixed (2, 1).
        var candidates = new List<List<long[]>?>
        {
            new() { new long[] { 3, 3 } },
            new() { new long[] { 1, 2 }, new long[] { 2, 1 } },
            new() { new long[] { 2, 1 } },
        };

        long[]?[] decided = RunSplitter.Solve(candidates, new[] { (new[] { 0 }, new[] { 1, 2 }) }, 2);
        long[]?[] open = RunSplitter.Solve(candidates, System.Array.Empty<(int[], int[])>(), 2);

        Assert.Equal(new long[] { 1, 2 }, decided[1]);
        Assert.Null(open[1]);
        Assert.Equal(new long[] { 3, 3 }, open[0]);
    }
}
