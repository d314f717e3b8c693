using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Sources;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>
/// Tells the two layouts apart from their labels (formats.md §1), never from the year alone: a 2022 report may still
/// use the legacy template.
/// </summary>
internal static class FormatDetector
{
    private static readonly string[] LegacyMarkers =
    {
        "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "第二十条第(九)项", "政府集中采购",
        "其他对外管理服务事项", "采购项目数量", "采购总金额",
    };

    private static readonly string[] CurrentMarkers =
    {
        "本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额", "本年处理决定数量",
        "申请人无正当理由逾期不补正", "申请人逾期未按收费通知要求缴纳费用",
    };

    /// <summary>Counts the markers of each layout among the cells of the table blocks.</summary>
    public static (int Legacy, int Current) Count(IEnumerable<SourceBlock> blocks)
    {
        var legacy = new HashSet<string>(StringComparer.Ordinal);
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (SourceBlock block in blocks)
        {
            foreach (SourceCell cell in block.Cells)
            {
                string n = LabelText.StripOrdinal(LabelText.Normalize(cell.Text));
                if (n.Length == 0)
                {
                    continue;
                }

                foreach (string marker in LegacyMarkers)
                {
                    if (n.StartsWith(marker, StringComparison.Ordinal))
                    {
                        legacy.Add(marker);
                    }
                }

                foreach (string marker in CurrentMarkers)
                {
                    if (n.StartsWith(marker, StringComparison.Ordinal))
                    {
                        current.Add(marker);
                    }
                }
            }
        }

        return (legacy.Count, current.Count);
    }
}
