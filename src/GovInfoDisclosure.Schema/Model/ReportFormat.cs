namespace GovInfoDisclosure.Schema.Model;

/// <summary>The table layouts of the annual report, in the order they were issued.</summary>
/// <remarks>
/// The value is the year of the notice that issued the layout, so the values are ordered and leave room between them.
/// Detect a report's layout from its labels, not from the year reported on: some bodies kept using the legacy template
/// after 2020. In JSON the format is the string of the value: <c>"2019"</c> or <c>"2021"</c>.
/// </remarks>
public enum ReportFormat
{
    /// <summary>
    /// The legacy layout: 《中华人民共和国政府信息公开工作年度报告格式(试行)》 issued with 国办公开办函〔2019〕60号, used for the
    /// reports on 2019 and 2020. JSON <c>"2019"</c>.
    /// </summary>
    Format2019 = 2019,

    /// <summary>
    /// The current format: 《中华人民共和国政府信息公开工作年度报告格式》 issued with 国办公开办函〔2021〕30号 (2021-09-26), used
    /// from the reports on 2021. JSON <c>"2021"</c>.
    /// </summary>
    Format2021 = 2021,
}
