using System;
using System.Diagnostics;
using System.Linq;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;
using Xunit;
using static GovInfoDisclosure.Schema.Import.Tests.ImportAssert;

namespace GovInfoDisclosure.Schema.Import.Tests;

/// <summary>Input that is not a report, or a report with parts missing: a located diagnostic, never a guess or a throw.</summary>
public class BadInputTests
{
    [Fact]
    public void HtmlWithoutTables_IsNotAReport()
    {
        const string page = "<!DOCTYPE html><html><head><title>通知公告</title></head><body><div class=\"nav\">首页 &gt; 政务公开</div>"
            + "<p>关于开展2025年度安全生产检查的通知</p><p>各单位：请于12月31日前完成自查。</p><footer>主办单位：某县人民政府</footer></body></html>";
        ImportResult result = ReportImporter.Import(page);
        Assert.Null(result.Report);
        Has(result, ImportDiagnosticCodes.NotAReport);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void HtmlReportWithoutTables_ReportsEachMissingTable_AndLeavesItBlank()
    {
        string html = "<html><body><h1>某县某局2024年政府信息公开工作年度报告</h1>"
            + "<p>一、总体情况</p><p>2024年，我局认真贯彻落实《条例》。</p>"
            + "<p>二、主动公开政府信息情况</p><p><img src=\"table1.png\"></p>"
            + "<p>三、收到和处理政府信息公开申请情况</p><p><img src=\"table2.png\"></p>"
            + "<p>四、政府信息公开行政复议、行政诉讼情况</p><p><img src=\"table3.png\"></p>"
            + "<p>五、存在的主要问题及改进情况</p><p>公开内容不够全面。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>";
        ImportResult result = ReportImporter.Import(html);
        Assert.NotNull(result.Report);
        Has(result, ImportDiagnosticCodes.TableMissing, "/applications");
        Has(result, ImportDiagnosticCodes.TableMissing, "/reconsiderationAndLitigation");
        Report2021Blank(result);
    }

    private static void Report2021Blank(ImportResult result)
    {
        var report = Current(result);
        Assert.True(report.Applications.NewlyReceived.Total.IsBlank);
        Assert.True(report.ReconsiderationAndLitigation.Reconsideration.Total.IsBlank);

        // Unknown is not zero: the rules cannot decide, they do not pass or fail.
        ValidationResult validation = ReportValidator.Validate(report);
        Assert.DoesNotContain(validation.Diagnostics, d => d.Outcome == DiagnosticOutcome.Fail);
        Assert.Contains(validation.Diagnostics, d => d.Outcome == DiagnosticOutcome.Indeterminate && d.Code == "GID-B1");
    }

    [Fact]
    public void TableWithAMissingRow_ReportsTheRow_AndLeavesItBlank()
    {
        string text = Edit(Linxia, "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n", string.Empty);
        ImportResult result = ReportImporter.Import(text);
        Has(result, ImportDiagnosticCodes.RowMissing, "/applications/carriedOver");
        var report = Current(result);
        Assert.True(report.Applications.CarriedOver.NaturalPerson.IsBlank);
        Assert.True(report.Applications.CarriedOver.Total.IsBlank);
        Assert.Equal(0, report.Applications.NewlyReceived.Total.Value);
    }

    [Fact]
    public void TableWithAMissingResultRow_IsNeverShifted()
    {
        string text = Edit(Pingwu, "4.保护第三方合法权益 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n||\n", string.Empty);
        ImportResult result = ReportImporter.Import(text);
        Has(result, ImportDiagnosticCodes.RowMissing, "/applications/results/withheld/thirdPartyRights");
        var report = Current(result);
        Assert.True(report.Applications.Results.Withheld.ThirdPartyRights.Total.IsBlank);
        Assert.Equal(2, report.Applications.Results.Withheld.InternalAffairs.Total.Value); // the next row keeps its own values
    }

    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量 3 2 0 0 0 0 5")]
    [InlineData("一、本年新收政府信息公开申请数量     3     2     0     0     0     0     5")]
    [InlineData("一、本年新收政府信息公开申请数量\t3\t2\t0\t0\t0\t0\t5")]
    public void RowWithValuesSeparatedBySpaces_OneValuePerColumn_IsRead(string printed)
    {
        string text = Edit(Linxia, "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||", printed);

        ImportResult result = ReportImporter.Import(text);

        Lacks(result, ImportDiagnosticCodes.RowAmbiguous);
        Lacks(result, ImportDiagnosticCodes.RowMissing);
        Applicants row = Current(result).Applications.NewlyReceived;
        Assert.Equal(new int?[] { 3, 2, 0, 0, 0, 0, 5 },
            new[] { row.NaturalPerson, row.CommercialEnterprise, row.ResearchInstitution, row.PublicInterestOrganization, row.LegalServiceAgency, row.OtherOrganization, row.Total }
                .Select(c => c.TryGetNumber(out int n) ? n : (int?)null));
        Assert.Equal(CellProvenance.Read, result.Provenance["/applications/newlyReceived/total"]);
    }

    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量 3 2 5")]
    [InlineData("一、本年新收政府信息公开申请数量     3     2     5")]
    [InlineData("一、本年新收政府信息公开申请数量\t3\t2\t0\t0\t0\t5")]
    public void RowWithValuesSeparatedBySpaces_FewerThanTheColumns_IsAnAmbiguousRowAtItsLine_NotShifted(string printed)
    {
        string text = Edit(Linxia, "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||", printed);
        int line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("一、本年新收", StringComparison.Ordinal)) + 1;
        ImportResult result = ReportImporter.Import(text);

        Diagnostic ambiguous = Single(result, ImportDiagnosticCodes.RowAmbiguous);
        Assert.Equal(line, ambiguous.Location.Line);
        Assert.Equal("/applications/newlyReceived", ambiguous.Location.Pointer);
        Assert.Equal(DiagnosticSeverity.Error, ambiguous.Severity);
        Lacks(result, ImportDiagnosticCodes.RowMissing);
        Assert.True(result.HasErrors);
        Assert.True(Current(result).Applications.NewlyReceived.Total.IsBlank);
        Assert.True(Current(result).Applications.NewlyReceived.NaturalPerson.IsBlank);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void EmptyInput_IsReported(string text)
    {
        ImportResult result = ReportImporter.Import(text);
        Assert.Null(result.Report);
        Has(result, ImportDiagnosticCodes.InputEmpty);
    }

    [Fact]
    public void BinaryGarbage_IsNotAReport_InBoundedTime()
    {
        var random = new Random(20261125);
        var chars = new char[200_000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0xD7FF);
        }

        var watch = Stopwatch.StartNew();
        ImportResult result = ReportImporter.Import(new string(chars));
        watch.Stop();
        Assert.Null(result.Report);
        Assert.True(result.HasErrors);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}

/// <summary>KIROGOVCOMPARE JSON that parses but holds undecodable text.</summary>
public class KiroGovCompareBadInputTests
{
    [Theory]
    [InlineData("{\"tableData\":{\"naturalPerson\":{\"newReceived\":\"\\ud800\"}}}")]
    [InlineData("{\"activeDisclosureData\":{\"regulations\":{\"made\":\"3\\udc00\"}}}")]
    public void LoneSurrogateEscape_IsADiagnostic_NotAnException(string json)
    {
        ImportResult result = GovInfoDisclosure.Schema.Import.Interop.KiroGovCompareJson.Read(json, ImportOptions.Default with { Year = 2024 });
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InteropInvalidJson);
        Assert.Null(result.Report);
    }
}
