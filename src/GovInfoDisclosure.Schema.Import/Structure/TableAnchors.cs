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

        if (n == "行政复议" || n == "行政诉讼")
        {
            return ReportTable.ReconsiderationAndLitigation;
        }

        return null;
    }
}
