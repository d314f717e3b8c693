using GovInfoDisclosure.Schema.Diagnostics;
using System.Linq;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using Xunit;
using static GovInfoDisclosure.Schema.Import.Tests.ImportAssert;

namespace GovInfoDisclosure.Schema.Import.Tests;

/// <summary>
/// One test per real-world deviation of formats.md §6, each built from a sample with the deviation put in (or from the
/// hand-written HTML and pdftotext fixtures), asserting codes, pointers and values.
/// </summary>
public class DeviationTests
{
    private const string HtmlLegacy = "html/2019-legacy-municipal-office.html";
    private const string LayoutPingwu = "layout/2024-pingwu-tables.layout.txt";
    private const string AllZeros = " | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";

    // ---- §6.1 Cell content ------------------------------------------------------------------------------------------

    [Fact]
    public void BlankCells_HtmlNbsp_StayBlankNeverZero()
    {
        ImportResult result = ReportImporter.Import(Fixtures.File2(HtmlLegacy));

        Report2019 report = Legacy2019(result);
        NoErrors(result);
        Assert.Equal(new LegacyItemCounts(), report.ProactiveDisclosure.OtherExternalServices);
        Applicants granted = report.Applications.Results.Granted;
        Assert.Equal(400, granted.NaturalPerson.Value);
        Assert.Equal(CellKind.Blank, granted.Total.Kind); // SH19 leaves 总计 blank for most result rows
        Assert.Equal(CellKind.Blank, report.Applications.CarriedOver.CommercialEnterprise.Kind);
        Assert.Equal(805, report.Applications.Results.Total.Total.Value);
    }

    [Fact]
    public void DashAsValue_Html_KeptAsMark()
    {
        Report2019 report = Legacy2019(ReportImporter.Import(Fixtures.File2(HtmlLegacy)));

        Assert.Equal(CountCell.FromMark("-"), report.ProactiveDisclosure.AdministrativeEnforcement.Decisions);
        Assert.Equal(4, report.ProactiveDisclosure.AdministrativeEnforcement.Change.Value);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("无")]
    [InlineData("不适用")]
    public void MarkInsteadOfNumber_PipeText_KeptVerbatim(string mark)
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "行政许可 | 0 | ||", $"行政许可 | {mark} | ||"));

        NoErrors(result);
        Assert.Equal(CountCell.FromMark(mark), Current(result).ProactiveDisclosure.AdministrativeLicensing.Decisions);
    }

    [Fact]
    public void UnitInCell_YuanUnderProcurementAmount_ConvertedToWanYuan()
    {
        ImportResult result = ReportImporter.Import(Fixtures.File2(HtmlLegacy));

        Assert.Equal(25.1m, Legacy2019(result).ProactiveDisclosure.CentralizedProcurement.Amount.Value);
        Has(result, ImportDiagnosticCodes.CellUnitConverted, "/proactiveDisclosure/centralizedProcurement/amount");
    }

    [Fact]
    public void SignedDelta_PlusAndMinus_ReadInChangeColumn()
    {
        ImportResult result = ReportImporter.Import(Edit(Legacy, "行政许可 |\n0 |\n0 |\n0 | |", "行政许可 |\n57 |\n+1036 |\n4125 | |"));

        LegacyItemCounts licensing = Legacy2019(result).ProactiveDisclosure.AdministrativeLicensing;
        NoErrors(result);
        Assert.Equal((57, 1036, 4125), (licensing.PreviousYearItems.Value, licensing.Change.Value, licensing.Decisions.Value));
        Assert.Equal(-3, Legacy2019(ReportImporter.Import(Fixtures.File2(HtmlLegacy))).ProactiveDisclosure.AdministrativeLicensing.Change.Value);
    }

    [Theory]
    [InlineData("316441", 316441)]
    [InlineData("1.25", 1.25)]
    [InlineData("1,250.5", 1250.5)]
    public void FeeAmount_InWanYuanColumn_ReadAsDecimal(string printed, double expected)
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "行政事业性收费 | 0 | ||", $"行政事业性收费 | {printed} | ||"));

        NoErrors(result);
        Assert.Equal((decimal)expected, Current(result).ProactiveDisclosure.AdministrativeFees.Amount.Value);
    }

    [Fact]
    public void NarrativeAroundTables_Seed002_KeptPerSection()
    {
        ReportNarrative narrative = ReportImporter.Import(Fixtures.Text(Huarong)).Report!.Narrative!;

        Assert.Equal("我局无行政权力,不涉及行政许可、行政处罚、行政强制、行政事业性收费等相关内容的公开。", narrative.ProactiveDisclosure);
        Assert.StartsWith("2025年,我局未收到任何形式的政府信息公开申请", narrative.Applications);
        Assert.StartsWith("2025年,我局没有因政府信息公开工作被申请行政复议", narrative.ReconsiderationAndLitigation);
    }

    [Fact]
    public void TextInsteadOfTable_None_WarnsAndLeavesBlank()
    {
        string text = WithoutApplicationTable(Fixtures.Text(Linxia), "无");

        ImportResult result = ReportImporter.Import(text);

        Report2021 report = Current(result);
        Has(result, ImportDiagnosticCodes.TableReplacedByText, "/applications");
        Lacks(result, ImportDiagnosticCodes.RowMissing);
        Assert.Equal(new Applicants(), report.Applications.NewlyReceived);
        Assert.Equal("无", report.Narrative!.Applications);
    }

    [Fact]
    public void TextInsteadOfTable_NoneWithOption_FilledWithZeros()
    {
        string text = WithoutApplicationTable(Fixtures.Text(Linxia), "无");

        ImportResult result = ReportImporter.Import(text, new ImportOptions { TreatNoneStatementAsZero = true });

        Report2021 report = Current(result);
        Has(result, ImportDiagnosticCodes.TableFilledWithZero, "/applications");
        Assert.Equal(0, report.Applications.Results.Withheld.StateSecret.NaturalPerson.Value);
        Assert.Equal(0, report.Applications.CarriedForward.Total.Value);
        Assert.Null(report.Applications.Results.Withheld.Subtotal);
    }

    [Fact]
    public void TablesNotInText_Images_TableMissingAndBlank()
    {
        string text = Fixtures.Text(Linxia);
        int start = text.IndexOf("(本列数据的勾稽关系", System.StringComparison.Ordinal);
        int end = text.IndexOf("五、存在的主要问题及改进情况", System.StringComparison.Ordinal);
        text = text.Substring(0, start) + "四、政府信息公开行政复议、行政诉讼情况\n" + text.Substring(end);

        ImportResult result = ReportImporter.Import(text);

        Report2021 report = Current(result);
        Has(result, ImportDiagnosticCodes.TableMissing, "/applications");
        Has(result, ImportDiagnosticCodes.TableMissing, "/reconsiderationAndLitigation");
        Lacks(result, ImportDiagnosticCodes.RowMissing);
        Assert.Equal(new ReconsiderationAndLitigation(), report.ReconsiderationAndLitigation);
        Assert.Equal(0, report.ProactiveDisclosure.Rules.Issued.Value);
    }

    [Fact]
    public void TrailingFigureCaption_Seed003_KeptInClosing()
    {
        GovInfoReport report = ReportImporter.Import(Fixtures.Text(Pingwu)).Report!;

        Assert.Equal("平武县人民政府办公室\n2025年1月21日\n图解:", report.Narrative!.Closing);
        Assert.Equal(new CalendarDate(2025, 1, 21), report.PublishedOn);
    }

    // ---- §6.2 Labels, headers and layout ------------------------------------------------------------------------------

    [Theory]
    [InlineData(Linxia)]
    [InlineData(Huarong)]
    [InlineData(Pingwu)]
    [InlineData(Legacy)]
    public void HeaderCellsSplitBySpaces_Samples_ReadWithoutWarnings(string sample) =>
        NoWarningsOrErrors(ReportImporter.Import(Fixtures.Text(sample)));

    [Fact]
    public void HeaderTextTruncated_Table4_ReadByShape()
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "1 | 2 | 3 | 4 | 10 | 5 | 6 | 7 | 8 | 26 | 0 | 0 | 1 | 0 | 1 |"));

        ReconsiderationAndLitigation table = Current(result).ReconsiderationAndLitigation;
        Has(result, ImportDiagnosticCodes.HeaderFragment);
        NoErrors(result);
        Assert.Equal(new CaseOutcomes { Upheld = 1, Corrected = 2, OtherOutcome = 3, Pending = 4, Total = 10 }, table.Reconsideration);
        Assert.Equal(26, table.LitigationWithoutReconsideration.Total.Value);
        Assert.Equal(1, table.LitigationAfterReconsideration.OtherOutcome.Value);
    }

    [Fact]
    public void HeaderHalvesAsRows_Xw_ReadWithFragments()
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||",
            "商业 | 科研 | 社会公益组织 | 法律服务机构 | 其他 |\n企业 | 机构 |"));

        NoWarningsOrErrors(result);
        Has(result, ImportDiagnosticCodes.HeaderFragment);
        Assert.Equal(ReportJson.Deserialize(Fixtures.Json(Linxia)), result.Report);
    }

    [Fact]
    public void VerticalHeaderText_PdfLayout_IgnoredAndTableRead()
    {
        ImportResult result = ReportImporter.Import(Fixtures.File2(LayoutPingwu));

        Assert.Equal(ImportSourceKind.PdfLayoutText, result.SourceKind);
        Has(result, ImportDiagnosticCodes.HeaderFragment);
        Assert.Equal(ReportJson.Deserialize(Fixtures.Json(Pingwu)).ReconsiderationAndLitigation, result.Report!.ReconsiderationAndLitigation);
    }

    [Fact]
    public void BlankCellsDroppedInFlattening_Yn19_RowAmbiguousNotShifted()
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "一、本年新收政府信息公开申请数量" + AllZeros + " ||", "一、本年新收政府信息公开申请数量 | 3 | 3 |"));

        Diagnostic ambiguous = Single(result, ImportDiagnosticCodes.RowAmbiguous);
        Assert.Equal((42, "/applications/newlyReceived", 7m, 2m),
            (ambiguous.Location.Line!.Value, ambiguous.Location.Pointer, ambiguous.Expected!.Value, ambiguous.Actual!.Value));
        Assert.Equal("一、本年新收政府信息公开申请数量 | 3 | 3", ambiguous.RawText);
        Report2021 report = Current(result);
        Assert.Equal(new Applicants(), report.Applications.NewlyReceived);
        Assert.Equal(0, report.Applications.CarriedOver.Total.Value);
    }

    [Fact]
    public void BlankCellsDroppedInFlattening_CellPerLine_RowAmbiguous()
    {
        ImportResult result = ReportImporter.Import(Edit(Legacy, "一、本年新收政府信息公开申请数量 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 | ||",
            "一、本年新收政府信息公开申请数量 |\n3 |\n3 | ||"));

        Assert.Equal("/applications/newlyReceived", Single(result, ImportDiagnosticCodes.RowAmbiguous).Location.Pointer);
        Assert.Equal(new Applicants(), Legacy2019(result).Applications.NewlyReceived);
    }

    [Fact]
    public void TwoFlatteningStyles_SameTable_SameCells()
    {
        string text = Fixtures.Text(Linxia);
        var cellPerLine = new System.Text.StringBuilder();
        foreach (string line in text.Split('\n'))
        {
            bool tableRow = line.Contains(" | ") && (line.StartsWith("一、本年新收") || line.Contains("|") && char.IsDigit(line.TrimEnd(' ', '|').LastOrDefault()));
            if (!tableRow)
            {
                cellPerLine.Append(line).Append('\n');
                continue;
            }

            cellPerLine.Append("|\n");
            foreach (string cell in line.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0))
            {
                cellPerLine.Append(cell).Append(" |\n");
            }

            cellPerLine.Append("||\n");
        }

        ImportResult result = ReportImporter.Import(cellPerLine.ToString());

        NoErrors(result);
        Assert.Equal(ReportJson.Deserialize(Fixtures.Json(Linxia)), result.Report);
    }

    [Fact]
    public void WrongTemplateVersion_Xj22_LegacyDetectedFromLabelsNotYear()
    {
        ImportResult result = ReportImporter.Import(Fixtures.Text(Legacy).Replace("2020年", "2022年"));

        Assert.Equal(2022, Legacy2019(result).Year);
        Lacks(result, ImportDiagnosticCodes.FormatFromYear);
        Lacks(result, ImportDiagnosticCodes.FormatAmbiguous);
    }

    [Fact]
    public void LegacyRowNameInCurrentFormat_Gx22_ReadAsVariant()
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "行政规范性文件 | 0 | 0 | 0 |", "规范性文件 | 2 | 0 | 5 |"));

        NoErrors(result);
        Has(result, ImportDiagnosticCodes.LabelVariant, "/proactiveDisclosure/normativeDocuments");
        Assert.Equal(new DocumentCounts { Issued = 2, Repealed = 0, InForce = 5 }, Current(result).ProactiveDisclosure.NormativeDocuments);
    }

    [Fact]
    public void ExtraAndAnnotatedRows_Hb20_ExtraKeptAnnotatedMatched()
    {
        string text = Fixtures.Text(Legacy)
            .Replace("规章 |\n0 |", "规章(设区的市、自治州人民政府应提供相关数据) |\n0 |")
            .Replace("规范性文件 |\n1 |\n1 |\n1 | |",
                "规范性文件(行政机关制定发布的决定、公告、通告、意见、通知,…) |\n1 |\n1 |\n1 | |\n"
                + "其他主动公开文件(含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公开文件) |\n5 |\n5 |\n20 | |")
            .Replace("其他对外管理服务事项 |", "其他对外管理服务事项(指行政许可证以外的政务服务事项) |")
            .Replace("上一年项目数量 |\n本年增/减 |\n处理决定数量 | |\n行政许可", "上一年项目数量(指2019年事项数) |\n本年增/减(减用负值表示,如-8) |\n处理决定数量(指2020年办件量) | |\n行政许可");

        ImportResult result = ReportImporter.Import(text);

        NoWarningsOrErrors(result);
        Has(result, ImportDiagnosticCodes.LabelAnnotated, "/proactiveDisclosure/rules");
        Has(result, ImportDiagnosticCodes.LabelAnnotated, "/proactiveDisclosure/normativeDocuments");
        Has(result, ImportDiagnosticCodes.LabelAnnotated, "/proactiveDisclosure/otherExternalServices");
        ExtraRow extra = Assert.Single(result.ExtraRows);
        Assert.Equal(ReportTable.ProactiveDisclosure, extra.Table);
        Assert.Equal(new[] { "5", "5", "20" }, extra.Cells);
        Assert.StartsWith("其他主动公开文件", extra.Label);
        Assert.Equal(ReportJson.Deserialize(Fixtures.Json(Legacy)) with { Year = 2020 }, result.Report! with { });
    }

    [Fact]
    public void SubtotalColumnAndRow_LocalTemplate_KeptAsOptionalMembers()
    {
        string text = Fixtures.Text(Linxia)
            .Replace("其他 | |||||", "其他 | 法人或其他组织小计 | |||||")
            .Replace(AllZeros + " |", " | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |")
            .Replace("8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||",
                "8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n(三)不予公开(总计) | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | ||");

        ImportResult result = ReportImporter.Import(text);

        Report2021 report = Current(result);
        NoWarningsOrErrors(result);
        Has(result, ImportDiagnosticCodes.SubtotalColumn);
        Has(result, ImportDiagnosticCodes.SubtotalRow, "/applications/results/withheld/subtotal");
        Assert.Equal((CountCell?)0, report.Applications.NewlyReceived.LegalPersonSubtotal);
        Applicants subtotal = Assert.IsType<Applicants>(report.Applications.Results.Withheld.Subtotal);
        Assert.Equal((1, 0, 1), (subtotal.NaturalPerson.Value, subtotal.LegalPersonSubtotal!.Value.Value, subtotal.Total.Value));
    }

    [Theory]
    [InlineData("五、存在问题及改进情况")]
    [InlineData("五、存在的问题及改进措施")]
    [InlineData("五、政府信息公开工作存在的主要问题及改进情况")]
    public void SectionHeadingVariants_Problems_MappedByKeywords(string heading)
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "五、存在的主要问题及改进情况", heading)
            .Replace("四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议提起行政诉讼情况"));

        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == ImportDiagnosticCodes.SectionHeadingVariant));
        Lacks(result, ImportDiagnosticCodes.SectionMissing);
        Assert.Equal(ReportJson.Deserialize(Fixtures.Json(Linxia)), result.Report);
    }

    [Fact]
    public void OverviewNumbersItsSubHeads_NoJumpAhead()
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "(二)政府信息管理", "三、依申请公开情况"));

        Lacks(result, ImportDiagnosticCodes.SectionHeadingVariant);
        Assert.Contains("三、依申请公开情况", result.Report!.Narrative!.Overview);
    }

    [Fact]
    public void HeadingFlattenedWithPipe_StillAHeading()
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "二、主动公开政府信息情况\n", "二、主动公开政府信息情况 |\n"));

        NoWarningsOrErrors(result);
        Assert.Equal(ReportJson.Deserialize(Fixtures.Json(Linxia)), result.Report);
    }

    [Fact]
    public void WhitespaceInsideCaption_Cc23_Matched()
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "第二十条第(一)项 | |||", "第二十条  第（一）项 | |||"));

        NoWarningsOrErrors(result);
        Assert.Equal(ReportJson.Deserialize(Fixtures.Json(Linxia)), result.Report);
    }

    // ---- §6.3 Boilerplate, add-ons, implausible values ---------------------------------------------------------------

    [Fact]
    public void WebsiteBoilerplate_Seed002_FooterDropped()
    {
        ImportResult result = ReportImporter.Import(Fixtures.Text(Huarong));

        Assert.Equal(398, Single(result, ImportDiagnosticCodes.FooterDropped).Location.Line);
        Assert.Null(result.Report!.Narrative!.Closing);
    }

    [Fact]
    public void WebsiteBoilerplate_HtmlNavigationAndFooter_DroppedSignOffKept()
    {
        ImportResult result = ReportImporter.Import(Fixtures.File2(HtmlLegacy));

        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == ImportDiagnosticCodes.FooterDropped));
        ReportNarrative narrative = result.Report!.Narrative!;
        Assert.Equal("某市政府办公厅2019年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。", narrative.Preamble);
        Assert.Equal("某市人民政府办公厅\n2020年1月31日", narrative.Closing);
        Assert.Equal(new CalendarDate(2020, 1, 31), result.Report.PublishedOn);
    }

    [Fact]
    public void ProvincialCitations_Seed003_StayInPreamble()
    {
        GovInfoReport report = ReportImporter.Import(Fixtures.Text(Pingwu)).Report!;

        Assert.Contains("川办便函〔2022〕318号", report.Narrative!.Preamble);
        Assert.Equal("平武县人民政府办公室", report.Agency);
    }

    [Fact]
    public void ImplausibleValue_TownReportsRules_ImportedWithoutDiagnostic()
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "规章 | 0 | 0 | 0 |", "规章 | 0 | 0 | 6 |"));

        NoWarningsOrErrors(result);
        Assert.Equal(6, Current(result).ProactiveDisclosure.Rules.InForce.Value);
    }

    [Fact]
    public void TableAEntirelyBlank_Gx22Html_BlankCellsNoError()
    {
        string html = "<p>一、总体情况</p><p>2022年,本镇推进政务公开。</p><p>二、主动公开政府信息情况</p><table>"
            + "<tr><td colspan=4>第二十条第(一)项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
            + "<tr><td>规章</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr><tr><td>规范性文件</td><td></td><td></td><td></td></tr>"
            + "<tr><td colspan=4>第二十条第(五)项</td></tr><tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr><tr><td>行政许可</td><td colspan=3></td></tr>"
            + "<tr><td colspan=4>第二十条第(六)项</td></tr><tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr>"
            + "<tr><td>行政处罚</td><td colspan=3>3</td></tr><tr><td>行政强制</td><td colspan=3>&nbsp;</td></tr>"
            + "<tr><td colspan=4>第二十条第(八)项</td></tr><tr><td>信息内容</td><td colspan=3>本年收费金额(单位:万元)</td></tr>"
            + "<tr><td>行政事业性收费</td><td colspan=3></td></tr></table>";

        ImportResult result = ReportImporter.Import(html);

        NoErrors(result);
        ProactiveDisclosure2021 table = Current(result).ProactiveDisclosure;
        Assert.Equal(3, table.AdministrativePenalty.Decisions.Value);
        Assert.Equal(new DocumentCounts(), table.Rules);
        Assert.Equal(new DocumentCounts(), table.NormativeDocuments);
        Assert.Equal(new FeeAmount(), table.AdministrativeFees);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.RowMissing && d.Location.Table == ReportTable.ProactiveDisclosure);
    }

    // ---- Beyond §6: what the issue names ---------------------------------------------------------------------------

    [Fact]
    public void DigitsRunTogether_SeparatorsLost_RowAmbiguous()
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "一、本年新收政府信息公开申请数量" + AllZeros + " ||", "一、本年新收政府信息公开申请数量 | 21710000218 | ||"));

        Diagnostic ambiguous = Single(result, ImportDiagnosticCodes.RowAmbiguous);
        Assert.Equal(1m, ambiguous.Actual);
        Assert.Equal(new Applicants(), Current(result).Applications.NewlyReceived);
    }

    [Fact]
    public void DigitsRunTogether_InOneCellOfFullRow_CellLeftBlank()
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 21710000218 |"));

        Has(result, ImportDiagnosticCodes.CellOutOfRange, "/reconsiderationAndLitigation/litigationAfterReconsideration/total");
        CaseOutcomes after = Current(result).ReconsiderationAndLitigation.LitigationAfterReconsideration;
        Assert.Equal(CellKind.Blank, after.Total.Kind);
        Assert.Equal(0, after.Pending.Value);
    }

    [Fact]
    public void SingleOtherHandlingRow_CurrentFormat_KeptAsSubtotal()
    {
        string text = Fixtures.Text(Linxia);
        int start = text.IndexOf("(六)其他处理 |", System.StringComparison.Ordinal);
        int end = text.IndexOf("(七)总计", System.StringComparison.Ordinal);
        text = text.Substring(0, start) + "(六)其他处理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | ||\n" + text.Substring(end);

        ImportResult result = ReportImporter.Import(text);

        OtherHandlingResults other = Current(result).Applications.Results.OtherHandling;
        NoWarningsOrErrors(result);
        Has(result, ImportDiagnosticCodes.OtherHandlingSingleRow, "/applications/results/otherHandling/subtotal");
        Assert.Equal(2, other.Subtotal!.Total.Value);
        Assert.Equal(new Applicants(), other.OverdueCorrection);
        Assert.Equal(new Applicants(), other.Other);
    }

    [Fact]
    public void NoLayoutMarker_FormatChosenFromYearWithWarning()
    {
        string text = Fixtures.Text(Linxia);
        int start = text.IndexOf("第二十条第(一)项", System.StringComparison.Ordinal);
        int end = text.IndexOf("四、政府信息公开行政复议", System.StringComparison.Ordinal);
        text = text.Substring(0, start) + text.Substring(end);

        ImportResult result = ReportImporter.Import(text);

        Assert.IsType<Report2021>(result.Report);
        Has(result, ImportDiagnosticCodes.FormatFromYear);
    }

    [Fact]
    public void MarkersOfBothLayouts_MajorityWinsWithWarning()
    {
        ImportResult result = ReportImporter.Import(Edit(Linxia, "信息内容 | 本年制发件数 |", "信息内容 | 本年新制作数量 |"));

        Assert.IsType<Report2021>(result.Report);
        Has(result, ImportDiagnosticCodes.FormatAmbiguous);
    }

    private static string WithoutApplicationTable(string text, string statement)
    {
        int start = text.IndexOf("(本列数据的勾稽关系", System.StringComparison.Ordinal);
        int end = text.IndexOf("四、政府信息公开行政复议", System.StringComparison.Ordinal);
        return text.Substring(0, start) + statement + "\n" + text.Substring(end);
    }
}
