namespace GovInfoDisclosure.Schema.Labels;

public sealed partial class LabelCatalogue
{
    // 表四, identical in both formats (formats.md §2.5, §3.5).
    private static TableLabel ReconsiderationAndLitigation()
    {
        const ReportTable T = ReportTable.ReconsiderationAndLitigation;
        ColumnLabel[] outcomes =
        {
            new("upheld", "结果维持", "Upheld", 1, FieldValueKind.Count),
            new("corrected", "结果纠正", "Corrected", 2, FieldValueKind.Count),
            new("otherOutcome", "其他结果", "Other outcome", 3, FieldValueKind.Count),
            new("pending", "尚未审结", "Pending", 4, FieldValueKind.Count),
            new("total", "总计", "Total", 5, FieldValueKind.Count),
        };

        return new TableLabel(T, "reconsiderationAndLitigation", "四、政府信息公开行政复议、行政诉讼情况", "表四",
            "Administrative reconsideration and litigation", new[]
            {
                new RowLabel(T, "reconsideration", new[] { "行政复议" }, "行政复议", "Administrative reconsideration", 1, outcomes),
                new RowLabel(T, "litigationWithoutReconsideration", new[] { "行政诉讼", "未经复议直接起诉" }, "未经复议直接起诉",
                    "Litigation without reconsideration", 2, outcomes),
                new RowLabel(T, "litigationAfterReconsideration", new[] { "行政诉讼", "复议后起诉" }, "复议后起诉",
                    "Litigation after reconsideration", 3, outcomes),
            }, headerNote: null);
    }
}
