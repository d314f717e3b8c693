using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Labels;

public sealed partial class LabelCatalogue
{
    // The same six headings in both formats (formats.md §2.2, §3.2; Appendix A).
    private static IReadOnlyList<SectionLabel> StandardSections() => new[]
    {
        new SectionLabel(1, "一、总体情况", "Overview", "overview", null),
        new SectionLabel(2, "二、主动公开政府信息情况", "Proactive disclosure", "proactiveDisclosure", ReportTable.ProactiveDisclosure),
        new SectionLabel(3, "三、收到和处理政府信息公开申请情况", "Applications received and handled", "applications", ReportTable.Applications),
        new SectionLabel(4, "四、政府信息公开行政复议、行政诉讼情况", "Administrative reconsideration and litigation", "reconsiderationAndLitigation", ReportTable.ReconsiderationAndLitigation),
        new SectionLabel(5, "五、存在的主要问题及改进情况", "Main problems and improvements", "problemsAndImprovements", null),
        new SectionLabel(6, "六、其他需要报告的事项", "Other matters", "otherMatters", null),
    };
}
