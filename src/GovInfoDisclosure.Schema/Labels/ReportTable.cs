namespace GovInfoDisclosure.Schema.Labels;

/// <summary>The three tables of the report, numbered by the section that holds them.</summary>
public enum ReportTable
{
    /// <summary>表二 — 二、主动公开政府信息情况: proactive disclosure (条例 Art. 20 items).</summary>
    ProactiveDisclosure = 2,

    /// <summary>表三 — 三、收到和处理政府信息公开申请情况: applications received and handled.</summary>
    Applications = 3,

    /// <summary>表四 — 四、政府信息公开行政复议、行政诉讼情况: administrative reconsideration and litigation.</summary>
    ReconsiderationAndLitigation = 4,
}
