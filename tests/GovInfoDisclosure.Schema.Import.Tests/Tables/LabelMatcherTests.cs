using GovInfoDisclosure.Schema.Import.Tables;
using GovInfoDisclosure.Schema.Labels;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Tables;

/// <summary>Label matching against the catalogue: exact, by ordinal-free text at the same level, annotated, cut short — never across levels.</summary>
public class LabelMatcherTests
{
    private static readonly LabelMatcher Applications2021 = LabelMatcher.For(LabelCatalogue.Format2021.GetTable(ReportTable.Applications));
    private static readonly LabelMatcher Applications2019 = LabelMatcher.For(LabelCatalogue.Format2019.GetTable(ReportTable.Applications));
    private static readonly LabelMatcher Proactive2021 = LabelMatcher.For(LabelCatalogue.Format2021.GetTable(ReportTable.ProactiveDisclosure));

    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量", "newlyReceived", "Exact")]
    [InlineData("本年新收政府信息公开申请数量", "newlyReceived", "Exact")]
    [InlineData("（一）予以公开", "results/granted", "Exact")]
    [InlineData("1、属于国家秘密", "results/withheld/stateSecret", "Exact")]
    [InlineData("(二)部分公开", "results/partiallyGranted", "Truncated")]
    [InlineData("(三)不予公开1.属于国家秘密", "results/withheld/stateSecret", "Exact")]
    [InlineData("3.其他", "results/otherHandling/other", "Exact")]
    [InlineData("(七)总计", "results/total", "Exact")]
    public void Match_DataRow_FindsRow(string text, string key, string quality)
    {
        LabelMatch match = Applications2021.Match(text, headerContext: false);

        Assert.Equal(("Row", key, quality), (match.Kind.ToString(), match.Row!.Key, match.Quality.ToString()));
    }

    [Theory]
    [InlineData("(六)其他", "None")]
    [InlineData("(六)其他处理", "Group")]
    [InlineData("三、本年度办理结果", "Group")]
    [InlineData("(三)不予公开小计", "Subtotal")]
    [InlineData("(三)不予公开(总计)", "Subtotal")]
    [InlineData("小计", "Subtotal")]
    [InlineData("其他主动公开文件", "None")]
    public void Match_NotALeaf_KindAsExpected(string text, string kind) =>
        Assert.Equal(kind, Applications2021.Match(text, headerContext: false).Kind.ToString());

    [Fact]
    public void Match_LegacyOtherHandling_IsARow() =>
        Assert.Equal("results/otherHandling", Applications2019.Match("(六)其他处理", headerContext: false).Row!.Key);

    [Theory]
    [InlineData("其他", "otherOrganization", "Exact")]
    [InlineData("总计", "total", "Exact")]
    [InlineData("商业", "commercialEnterprise", "Fragment")]
    [InlineData("小计", "legalPersonSubtotal", "Exact")]
    public void Match_Header_ColumnsWinOverRows(string text, string column, string quality)
    {
        LabelMatch match = Applications2021.Match(text, headerContext: true);

        Assert.Equal(("Column", column, quality), (match.Kind.ToString(), match.Column!.Key, match.Quality.ToString()));
    }

    [Theory]
    [InlineData("规章(设区的市、自治州人民政府应提供相关数据)", "rules", "Annotated")]
    [InlineData("规范性文件", "normativeDocuments", "Variant")]
    [InlineData("行政规范性文件", "normativeDocuments", "Exact")]
    public void Match_ProactiveRows_AnnotationsAndVariants(string text, string key, string quality)
    {
        LabelMatch match = Proactive2021.Match(text, headerContext: true);

        Assert.Equal(("Row", key, quality), (match.Kind.ToString(), match.Row!.Key, match.Quality.ToString()));
    }
}
