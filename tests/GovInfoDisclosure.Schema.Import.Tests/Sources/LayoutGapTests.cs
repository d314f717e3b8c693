using System.Linq;
using GovInfoDisclosure.Schema.Import.Sources;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Sources;

/// <summary>
/// A blank line in layout text is a gap between two rows of a table: a label-only line below it does not continue the row
/// above, nor does a label-only line above a gap begin the row below. Cut from <c>pdftotext -layout</c> of a web page
/// printed by Chrome, where the values of (四)1 stand on a line of their own under its label and the next label follows a
/// gap; joining across the gap put (四)1's values under (四)2 without a word.
/// </summary>
public class LayoutGapTests
{
    [Fact]
    public void Read_LabelBelowAGap_DoesNotTakeTheValuesAboveIt()
    {
        // The values stay without a label ("1.2.本机关…" is no label of the catalogue) and the import names them
        // IMP-ROW-UNLABELLED; before, they were (四)2's without a word.
        // Verbatim: the "2." of (四)2 printed into (四)1's label, the "3." of (四)3 into (四)2's, their values scattered.
        string text = string.Join("\n",
            "三、收到和处理政府信息公开申请情况",
            "      （四）无 1.2.本机关不掌握相关政府信息",
            "                              3075 50   0  0  89  8 3222",
            "",
            "      法提供 3.没有现成信息需要另行制作",
            "               补正后申请内容仍不明确",
            "                              177 3",
            "                              19    0",
            "");

        SourceDocument document = LayoutTextReader.Read(text);

        SourceBlock row = Assert.Single(document.Blocks, b => b.Kind == SourceBlockKind.Row && b.Cells.Any(c => c.Text == "3075"));
        Assert.DoesNotContain(row.Cells, c => c.Text.Contains("没有现成信息", System.StringComparison.Ordinal));
    }

    /// <summary><c>pdftotext -raw</c> of a browser's PDF prints a row's first value against its CJK label.</summary>
    [Fact]
    public void Read_FirstValueGluedToTheLabel_IsAValueOfItsOwn()
    {
        string text = string.Join("\n", "二、主动公开政府信息情况", "行政规范性文件0 0 1", "行政事业性收费0", "截至2024年底共公开1件", "");

        SourceDocument document = LayoutTextReader.Read(text);

        Assert.Contains(document.Blocks, b => b.Cells.Select(c => c.Text).SequenceEqual(new[] { "行政规范性文件", "0", "0", "1" }));
        Assert.Contains(document.Blocks, b => b.Cells.Select(c => c.Text).SequenceEqual(new[] { "行政事业性收费", "0" }));
        Assert.DoesNotContain(document.Blocks, b => b.Cells.Any(c => c.Text == "1" ) && b.Text.StartsWith("截至", System.StringComparison.Ordinal));
    }
}
