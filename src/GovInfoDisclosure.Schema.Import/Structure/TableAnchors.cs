using System;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Structure;

/// <summary>Cell texts that open a table wherever they appear, so that tables are found even when section headings are missing.</summary>
internal static class TableAnchors
{
    public static ReportTable? Detect(string cellText)
    {
        string n = LabelText.Normalize(cellText);
        if (n.Length == 0)
        {
            return null;
        }

        if (n.StartsWith("第二十条", StringComparison.Ordinal) || n == "信息内容")
        {
            return ReportTable.ProactiveDisclosure;
        }

        if (n.StartsWith("(本列数据的勾稽关系", StringComparison.Ordinal) || n == "申请人情况"
            || LabelText.StripOrdinal(n) == "本年新收政府信息公开申请数量")
        {
            return ReportTable.Applications;
        }

        // Also the header torn apart or run together ("行政复议行政诉讼", "行政复议 行政诉讼 结果维持…"), lest 表四 be absorbed into 表三.
        if (n == "行政复议" || n == "行政诉讼"
            || (n.StartsWith("行政复议", StringComparison.Ordinal) && n.IndexOf("行政诉讼", StringComparison.Ordinal) > 0 && n.Length <= 40))
        {
            return ReportTable.ReconsiderationAndLitigation;
        }

        return null;
    }
}
