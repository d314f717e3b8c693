using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Interop;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Properties;

/// <summary>Importing keeps its promises (see <see cref="Fuzz.ImportOracle"/>) whatever the text: random, truncated, or a real report with lines removed.</summary>
public class RobustnessProperties
{
    private static readonly string[] Pieces =
    {
        "|", "||", " | ", "\n", "\r\n", "\f", " ", "\u3000", "\u00A0", "0", "16", "21710000218", "-", "/", "—", "无", "1,234", "元", "万元",
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "第二十条第(一)项", "信息内容", "本年制发件数", "规章", "行政许可",
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况", "自然人", "商业 企业", "其他", "总计", "小计",
        "一、本年新收政府信息公开申请数量", "(三)不予公开", "1.属于国家秘密", "(六)其他处理", "3.其他", "(七)总计", "行政复议", "行政诉讼",
        "结果", "尚未", "2025年1月22日", "图解:", "Copyright", "<table>", "<tr>", "<td rowspan=\"3\">", "</td>", "</tr>", "<td colspan=99999>",
        "&nbsp;", "&#x4e00;", "&", "<", "<!--", "-->", "<script>", "# ", "**", "| --- |", "---\n", "\\", "\"", "“", "（", "）",
    };

    private static Gen<string> Soup() =>
        Gen.Choose(0, 120).SelectMany(n => Gen.ArrayOf(Gen.Elements(Pieces), n)).Select(parts => string.Concat(parts));

    private static Gen<string> RandomChars() =>
        Gen.Choose(0, 400).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 0x9FFF).Select(c => (char)c), n)).Select(chars => new string(chars));

    [Property(MaxTest = 300)]
    public Property Import_TokenSoup_NeverThrows() => Prop.ForAll(Soup().ToArbitrary(), text => ImportsSafely(text));

    [Property(MaxTest = 200)]
    public Property Import_RandomCharacters_NeverThrows() => Prop.ForAll(RandomChars().ToArbitrary(), text => ImportsSafely(text));

    [Property(MaxTest = 200)]
    public Property Import_TruncatedSample_NeverThrows()
    {
        Gen<string> truncated =
            from name in Gen.Elements(Fixtures.SampleNames)
            from kind in Gen.Choose(0, 3)
            let text = kind switch
            {
                0 => Fixtures.Text(name),
                1 => ReportHtmlRenderer.Render(ReportJson.Deserialize(Fixtures.Json(name))),
                2 => ReportMarkdownRenderer.Render(ReportJson.Deserialize(Fixtures.Json(name))),
                _ => Fixtures.File2("layout/2024-pingwu-tables.layout.txt"),
            }
            from length in Gen.Choose(0, text.Length)
            select text.Substring(0, length);
        return Prop.ForAll(truncated.ToArbitrary(), text => ImportsSafely(text));
    }

    [Property(MaxTest = 200)]
    public Property Import_SampleWithLinesDroppedOrSwapped_NeverThrows()
    {
        Gen<string> damaged =
            from name in Gen.Elements(Fixtures.SampleNames)
            let lines = Fixtures.Text(name).Split('\n')
            from drops in Gen.ArrayOf(Gen.Choose(0, lines.Length - 1), 5)
            from swap in Gen.Choose(0, lines.Length - 2)
            select string.Join("\n", lines.Select((line, i) => i == swap ? lines[i + 1] : i == swap + 1 ? lines[swap] : line)
                .Where((_, i) => !drops.Contains(i)));
        return Prop.ForAll(damaged.ToArbitrary(), text => ImportsSafely(text));
    }

    [Property(MaxTest = 200)]
    public Property KiroGovCompare_Soup_IsReadOrRefusedWithAnError_AndReadsOnlyPrintedNumbers() =>
        Prop.ForAll(Soup().Select(s => "{\"tableData\":" + s + "}").ToArbitrary(), text =>
        {
            ImportResult result = KiroGovCompareJson.Read(text);
            Assert.All(result.Diagnostics, d => Assert.True(ImportDiagnosticCodes.All.ContainsKey(d.Code), d.Code));
            if (result.Report is not { } report)
            {
                return result.HasErrors.Label("no report and no error");
            }

            return (ReportJson.Read(ReportJson.Serialize(report)).IsSuccess && Fuzz.ImportOracle.UnprintedNumber(report, text) is null)
                .Label(Fuzz.ImportOracle.UnprintedNumber(report, text) ?? "does not round-trip");
        });

    /// <summary>The bytes allocated by one call on this thread: a measure of work that does not depend on the machine's speed.</summary>
    private static long Allocated(Func<ImportResult> import, out ImportResult result)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        result = import();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Ten times the input may cost at most ~10× the work (12× with slack for fixed costs).</summary>
    private static void AssertLinear(long small, long large) =>
        Assert.True(large <= 12 * small, $"10× the input allocated {(double)large / small:F1}× as much ({small} → {large} bytes)");

    /// <summary>
    /// 100,000 nested elements and one heading: refused as nested too deep to read (issue 10 row 5) at the element's
    /// line, never read flattened, in bounded work.
    /// </summary>
    [Fact]
    public void Import_DeeplyNestedHtml_IsRefusedAsTooDeep_WithBoundedWork()
    {
        string html = string.Concat(Enumerable.Repeat("<div><table><tr><td><span>", 20_000)) + "一、总体情况";

        long allocated = Allocated(() => ReportImporter.Import(html), out ImportResult result);

        Assert.Null(result.Report);
        // Issue 10 row 5: a page nested deeper than the reader follows is refused at the element's line, never flattened.
        Diagnostic tooDeep = Assert.Single(result.Diagnostics);
        Assert.Equal((ImportDiagnosticCodes.HtmlTooDeep, DiagnosticSeverity.Error, (int?)1), (tooDeep.Code, tooDeep.Severity, tooDeep.Location.Line));
        Assert.True(allocated <= Fuzz.ImportOracle.FixedAllocatedBytes + 256L * html.Length, $"{allocated} bytes for {html.Length} characters");
    }

    [Fact]
    public void Import_LargeFlattenedTable_ReadsTheRowOnce_ReportsEachRepeat_InLinearWork()
    {
        string row = "三、本年度办理结果 | (一)予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | ||\n";
        string Text(int rows) => "三、收到和处理政府信息公开申请情况\n" + string.Concat(Enumerable.Repeat(row, rows));
        var options = new ImportOptions { Year = 2024 };

        long small = Allocated(() => ReportImporter.Import(Text(3_500), options), out _);
        long large = Allocated(() => ReportImporter.Import(Text(35_000), options), out ImportResult result);

        var report = Assert.IsType<GovInfoDisclosure.Schema.Model.Format2021.Report2021>(result.Report);
        Assert.Equal(3, report.Applications.Results.Granted.Total.Value);
        Assert.Equal(34_999, result.Diagnostics.Count(d => d.Code == ImportDiagnosticCodes.RowRepeated));
        AssertLinear(small, large);
    }

    [Fact]
    public void Import_HtmlWithManyStrayEndTags_IsNotAReport_InLinearWork()
    {
        // (A one-cell table holding a section heading exactly is a heading, as PDF printers and CMS pages box them.)
        string Html(int n) => "<table><tr><td>总体情况说明</td></tr></table>" + string.Concat(Enumerable.Repeat("文字</x>", n));

        long small = Allocated(() => ReportImporter.Import(Html(20_000)), out _);
        long large = Allocated(() => ReportImporter.Import(Html(200_000)), out ImportResult result);

        Assert.Null(result.Report);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.NotAReport);
        AssertLinear(small, large);
    }

    [Fact]
    public void Import_LayoutTextWithEndlessLabelLines_ReadsTheRealRow_InLinearWork()
    {
        string Text(int lines) => "\f三、收到和处理政府信息公开申请情况\n" + string.Concat(Enumerable.Repeat("   标签文字      其他文字\n", lines))
            + "   (一)予以公开      1      0      0      0      0      0      1\n";
        var options = new ImportOptions { Year = 2024, SourceKind = ImportSourceKind.PdfLayoutText };

        long small = Allocated(() => ReportImporter.Import(Text(10_000), options), out _);
        long large = Allocated(() => ReportImporter.Import(Text(100_000), options), out ImportResult result);

        var report = Assert.IsType<GovInfoDisclosure.Schema.Model.Format2021.Report2021>(result.Report);
        Assert.Equal(1, report.Applications.Results.Granted.Total.Value);
        Assert.Equal(1, report.Applications.Results.Granted.NaturalPerson.Value);
        Assert.All(result.Diagnostics, d => Assert.NotEqual(DiagnosticSeverity.Error, d.Severity));
        AssertLinear(small, large);
    }

    [Fact]
    public void Import_TooLarge_RefusedWithCode()
    {
        ImportResult result = ReportImporter.Import(new string('一', 100), new ImportOptions { MaxInputChars = 10 });

        Assert.Null(result.Report);
        Assert.Equal(ImportDiagnosticCodes.InputTooLarge, Assert.Single(result.Diagnostics).Code);
    }

    /// <summary>Every promise of <see cref="Fuzz.ImportOracle"/>: no throw, catalogued codes, a well-formed report, only printed numbers, bounded work.</summary>
    private static Property ImportsSafely(string text)
    {
        string? broken = Fuzz.ImportOracle.Check(text);
        return (broken is null).Label(broken ?? string.Empty);
    }
}
