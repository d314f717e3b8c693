using System;
using System.Linq;
using GovInfoDisclosure.Schema.Import.Sources;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Sources;

/// <summary>The tolerant HTML reader: tables as rows of cells, text blocks as lines, metadata from the head.</summary>
public class HtmlReaderTests
{
    [Fact]
    public void Read_TableWithSpansAndEntities_RowsAsPrinted()
    {
        const string html = "<table><tr><td colspan=\"3\" rowspan=2>一、本年新收&nbsp;政府信息公开申请数量</td><td><p><span>1&#x31;</span></p></td>"
            + "<td>&nbsp;</td></tr><tr><TD>（一）予以<br/>公开<TD>３</table>";

        SourceDocument document = HtmlReader.Read(html);

        SourceBlock[] rows = document.Blocks.Where(b => b.Kind == SourceBlockKind.Row).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal(new[] { "一、本年新收\u00A0政府信息公开申请数量", "11", string.Empty }, rows[0].Cells.Select(c => c.Text));
        Assert.Equal(new[] { "（一）予以 公开", "３" }, rows[1].Cells.Select(c => c.Text));
        Assert.True(rows[0].IsGrid);
    }

    [Fact]
    public void Read_LayoutTableAroundDataTable_OuterCellsAreText()
    {
        const string html = "<table><tr><td>导航</td></tr><tr><td><p>一、总体情况</p><p>正文。</p>"
            + "<table><tr><td>规章</td><td>0</td></tr></table><p>结尾。</p></td></tr></table>";

        SourceDocument document = HtmlReader.Read(html);

        Assert.Equal(new[] { "导航", "一、总体情况", "正文。", "结尾。" },
            document.Blocks.Where(b => b.Kind == SourceBlockKind.Text).Select(b => b.Text));
        Assert.Single(document.Blocks, b => b.Kind == SourceBlockKind.Row);
    }

    [Fact]
    public void Read_HeadMetadataScriptAndComments_NotText()
    {
        const string html = "<html><head><title>某局2024年政府信息公开工作年度报告</title><meta name=\"govinfo:year\" content=\"2024\">"
            + "<script>document.write('<p>一、总体情况</p>');</script><style>p{}</style></head>"
            + "<body><!-- <p>二、隐藏</p> --><h2>一、总体情况</h2><p>A &amp; B &lt;C&gt;</p></body></html>";

        SourceDocument document = HtmlReader.Read(html);

        Assert.Equal("某局2024年政府信息公开工作年度报告", document.Title);
        Assert.Equal("2024", document.Metadata["year"]);
        SourceBlock[] text = document.Blocks.Where(b => b.Kind == SourceBlockKind.Text).ToArray();
        Assert.Equal(new[] { "一、总体情况", "A & B <C>" }, text.Select(b => b.Text));
        Assert.True(text[0].IsHeading);
    }

    [Fact]
    public void Read_LineNumbers_PointIntoSource()
    {
        const string html = "<p>一、总体情况</p>\n\n<table>\n<tr>\n<td>规章</td>\n<td>0</td></tr></table>";

        SourceDocument document = HtmlReader.Read(html);

        Assert.Equal(1, document.Blocks.First(b => b.Kind == SourceBlockKind.Text).Line);
        SourceBlock row = document.Blocks.Single(b => b.Kind == SourceBlockKind.Row);
        Assert.Equal(new[] { 5, 6 }, row.Cells.Select(c => c.Line));
    }

    [Fact]
    public void Read_ChineseWrappedInSource_NoSpaceInserted()
    {
        SourceDocument document = HtmlReader.Read("<p>全面推进\n    政务公开 work\n  flow</p>");

        Assert.Equal("全面推进政务公开 work flow", Assert.Single(document.Blocks).Text);
    }

    [Theory]
    [InlineData("<")]
    [InlineData("<table><tr><td>")]
    [InlineData("</td></tr></table></p></div>")]
    [InlineData("<td colspan=>x</td>")]
    [InlineData("<a href='x\n>y</a>")]
    [InlineData("&#xFFFFFFFF; &#0; &#55296; &unknown; &amp")]
    [InlineData("<!--")]
    [InlineData("<script>")]
    public void Read_Malformed_NeverThrows(string html)
    {
        SourceDocument document = HtmlReader.Read(html);

        // An outcome, not just "no exception": markup never leaks into the text read, and nothing read is invented.
        Assert.All(document.Blocks, block => Assert.DoesNotMatch("<\\s*/?\\s*(td|tr|table|p|div|a|script)\\b", block.Text));
        Assert.All(document.Blocks, block => Assert.DoesNotContain("href", block.Text, StringComparison.Ordinal));
        Assert.True(document.Blocks.Sum(b => b.Text.Length) <= html.Length, "more text than the page holds");
    }
}
