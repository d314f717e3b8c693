using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Schema.Model;

/// <summary>四、政府信息公开行政复议、行政诉讼情况 — the reconsideration and litigation table (表四), identical in both formats.</summary>
/// <remarks>
/// One data row of fifteen cells in three blocks: 行政复议 (administrative reconsideration), and under 行政诉讼
/// (administrative litigation) 未经复议直接起诉 (suits filed without reconsideration) and 复议后起诉 (suits filed after
/// reconsideration). When a reconsideration body is co-defendant, only the original body counts the case
/// (国办公开办函〔2016〕201号).
/// </remarks>
public sealed record ReconsiderationAndLitigation
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly ReconsiderationAndLitigation Default = new();

    /// <summary>行政复议: applications for administrative reconsideration.</summary>
    [JsonRequired]
    public CaseOutcomes Reconsideration { get; init; } = CaseOutcomes.Default;

    /// <summary>行政诉讼 — 未经复议直接起诉: administrative suits filed without prior reconsideration.</summary>
    [JsonRequired]
    public CaseOutcomes LitigationWithoutReconsideration { get; init; } = CaseOutcomes.Default;

    /// <summary>行政诉讼 — 复议后起诉: administrative suits filed after reconsideration.</summary>
    [JsonRequired]
    public CaseOutcomes LitigationAfterReconsideration { get; init; } = CaseOutcomes.Default;
}
