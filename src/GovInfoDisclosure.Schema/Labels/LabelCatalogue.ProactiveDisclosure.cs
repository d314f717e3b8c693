using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Labels;

public sealed partial class LabelCatalogue
{
    private const string ProactiveDisclosureTitle = "二、主动公开政府信息情况";
    private const string Item1 = "第二十条第(一)项";
    private const string Item5 = "第二十条第(五)项";
    private const string Item6 = "第二十条第(六)项";
    private const string Item8 = "第二十条第(八)项";
    private const string Item9 = "第二十条第(九)项";

    // 表二 of the current format (formats.md §2.3, Appendix A).
    private static TableLabel ProactiveDisclosure2021()
    {
        const ReportTable T = ReportTable.ProactiveDisclosure;
        ColumnLabel[] documents =
        {
            new("issued", "本年制发件数", "Issued this year", 1, FieldValueKind.Count),
            new("repealed", "本年废止件数", "Repealed this year", 2, FieldValueKind.Count),
            new("inForce", "现行有效件数", "In force", 3, FieldValueKind.Count),
        };
        ColumnLabel[] decisions = { new("decisions", "本年处理决定数量", "Decisions this year", 1, FieldValueKind.Count) };
        ColumnLabel[] fees =
        {
            new("amount", "本年收费金额(单位:万元)", "Fees collected this year (10,000 yuan)", 1, FieldValueKind.Amount,
                variants: new[] { "本年收费金额" }),
        };

        return new TableLabel(T, "proactiveDisclosure", ProactiveDisclosureTitle, "表二", "Proactive disclosure", new[]
        {
            new RowLabel(T, "rules", new[] { Item1, "规章" }, "规章", "Rules", 1, documents, Item1),
            new RowLabel(T, "normativeDocuments", new[] { Item1, "行政规范性文件" }, "行政规范性文件", "Administrative normative documents", 2, documents, Item1,
                variants: new[] { "规范性文件" }),
            new RowLabel(T, "administrativeLicensing", new[] { Item5, "行政许可" }, "行政许可", "Administrative licensing", 3, decisions, Item5),
            new RowLabel(T, "administrativePenalty", new[] { Item6, "行政处罚" }, "行政处罚", "Administrative penalty", 4, decisions, Item6),
            new RowLabel(T, "administrativeEnforcement", new[] { Item6, "行政强制" }, "行政强制", "Administrative enforcement", 5, decisions, Item6),
            new RowLabel(T, "administrativeFees", new[] { Item8, "行政事业性收费" }, "行政事业性收费", "Administrative fees", 6, fees, Item8),
        }, headerNote: null);
    }

    // 表二 of the legacy layout (formats.md §3.3, Appendix A).
    private static TableLabel ProactiveDisclosure2019()
    {
        const ReportTable T = ReportTable.ProactiveDisclosure;
        ColumnLabel[] documents =
        {
            new("newlyMade", "本年新制作数量", "Newly made this year", 1, FieldValueKind.Count),
            new("newlyPublished", "本年新公开数量", "Newly published this year", 2, FieldValueKind.Count),
            new("publishedTotal", "对外公开总数量", "Published in total", 3, FieldValueKind.Count),
        };
        ColumnLabel[] items =
        {
            new("previousYearItems", "上一年项目数量", "Items last year", 1, FieldValueKind.Count),
            new("change", "本年增/减", "Change this year", 2, FieldValueKind.SignedCount),
            new("decisions", "处理决定数量", "Decisions", 3, FieldValueKind.Count),
        };
        ColumnLabel[] feeItems =
        {
            new("previousYearItems", "上一年项目数量", "Items last year", 1, FieldValueKind.Count),
            new("change", "本年增/减", "Change this year", 2, FieldValueKind.SignedCount),
        };
        ColumnLabel[] procurement =
        {
            new("projects", "采购项目数量", "Procurement projects", 1, FieldValueKind.Count),
            // The template's unit is not verified: "采购总金额" and "采购总金额(单位:万元)" both occur (formats.md §7.3).
            new("amount", "采购总金额", "Total procurement amount (10,000 yuan)", 2, FieldValueKind.Amount,
                variants: new[] { "采购总金额(单位:万元)" }),
        };

        return new TableLabel(T, "proactiveDisclosure", ProactiveDisclosureTitle, "表二", "Proactive disclosure", new[]
        {
            new RowLabel(T, "rules", new[] { Item1, "规章" }, "规章", "Rules", 1, documents, Item1),
            new RowLabel(T, "normativeDocuments", new[] { Item1, "规范性文件" }, "规范性文件", "Normative documents", 2, documents, Item1),
            new RowLabel(T, "administrativeLicensing", new[] { Item5, "行政许可" }, "行政许可", "Administrative licensing", 3, items, Item5),
            new RowLabel(T, "otherExternalServices", new[] { Item5, "其他对外管理服务事项" }, "其他对外管理服务事项", "Other external administrative services", 4, items, Item5),
            new RowLabel(T, "administrativePenalty", new[] { Item6, "行政处罚" }, "行政处罚", "Administrative penalty", 5, items, Item6),
            new RowLabel(T, "administrativeEnforcement", new[] { Item6, "行政强制" }, "行政强制", "Administrative enforcement", 6, items, Item6),
            new RowLabel(T, "administrativeFees", new[] { Item8, "行政事业性收费" }, "行政事业性收费", "Administrative fee items", 7, feeItems, Item8),
            new RowLabel(T, "centralizedProcurement", new[] { Item9, "政府集中采购" }, "政府集中采购", "Centralised government procurement", 8, procurement, Item9),
        }, headerNote: null);
    }
}
