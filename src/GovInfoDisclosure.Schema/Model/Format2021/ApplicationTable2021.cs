using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Schema.Model.Format2021;

/// <summary>三、收到和处理政府信息公开申请情况 — the application table (表三) of the current format.</summary>
/// <remarks>
/// The header note states its own arithmetic, in every column: "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"
/// — 一 + 二 = 三's (七)总计 + 四.
/// </remarks>
public sealed record ApplicationTable2021
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly ApplicationTable2021 Default = new();

    /// <summary>一、本年新收政府信息公开申请数量: applications received this year.</summary>
    [JsonRequired]
    public Applicants NewlyReceived { get; init; } = Applicants.Default;

    /// <summary>二、上年结转政府信息公开申请数量: applications carried over from last year.</summary>
    [JsonRequired]
    public Applicants CarriedOver { get; init; } = Applicants.Default;

    /// <summary>三、本年度办理结果: results of this year.</summary>
    [JsonRequired]
    public ApplicationResults2021 Results { get; init; } = ApplicationResults2021.Default;

    /// <summary>四、结转下年度继续办理: applications carried forward to next year.</summary>
    [JsonRequired]
    public Applicants CarriedForward { get; init; } = Applicants.Default;
}
