using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Json.Converters;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Schema.Model;

/// <summary>
/// A government-information-disclosure annual report (政府信息公开工作年度报告) of one body for one year, in one of the
/// <see cref="ReportFormat"/>s: <see cref="Report2021"/> or <see cref="Report2019"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every body of government at or above county level publishes one each year (条例 Art. 49–50). The report has six
/// sections; sections 二, 三 and 四 are tables whose cells this model types exactly. Only the two layouts of this library
/// derive from this type.
/// </para>
/// <para>
/// Reports are immutable: change one with a <c>with</c> expression. Equality is value equality over every member.
/// A report created in code starts with every cell blank (unknown) and <see cref="Agency"/> <see langword="null"/>.
/// </para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "format", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(Report2021), "2021")]
[JsonDerivedType(typeof(Report2019), "2019")]
public abstract record GovInfoReport
{
    /// <summary>The earliest year a report can be on: 2008, the first year of the 条例 (国务院令第492号).</summary>
    public const int MinimumYear = 2008;

    /// <summary>The latest year this library accepts for a report.</summary>
    public const int MaximumYear = 2100;

    private protected GovInfoReport()
    {
    }

    /// <summary>The table layout of the report. In JSON this is the <c>"format"</c> discriminator.</summary>
    [JsonIgnore]
    public abstract ReportFormat Format { get; }

    /// <summary>
    /// 发布机关: the body that publishes the report, as the report names it; <see langword="null"/> when the source does
    /// not name it (some web pages only say "我局").
    /// </summary>
    [JsonRequired]
    [JsonPropertyOrder(-10)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? Agency { get; init; }

    /// <summary>报告年度: the year reported on (statistical period 1月1日 to 12月31日), between <see cref="MinimumYear"/> and <see cref="MaximumYear"/>.</summary>
    [JsonRequired]
    [JsonPropertyOrder(-9)]
    [JsonConverter(typeof(ReportYearJsonConverter))]
    public int Year { get; init; }

    /// <summary>落款日期: the date the report is signed, when it prints one; <see langword="null"/> otherwise.</summary>
    [JsonPropertyOrder(-8)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CalendarDate? PublishedOn { get; init; }

    /// <summary>The report's prose (sections 一, 五, 六 and text around the tables); <see langword="null"/> when none is kept.</summary>
    [JsonPropertyOrder(-7)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportNarrative? Narrative { get; init; }

    /// <summary>四、政府信息公开行政复议、行政诉讼情况: the reconsideration and litigation table, the same in both formats.</summary>
    [JsonRequired]
    [JsonPropertyOrder(10)]
    public ReconsiderationAndLitigation ReconsiderationAndLitigation { get; init; } = ReconsiderationAndLitigation.Default;
}
