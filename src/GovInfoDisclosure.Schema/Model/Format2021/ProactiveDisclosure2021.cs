using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Schema.Model.Format2021;

/// <summary>二、主动公开政府信息情况 — the proactive-disclosure table of the current format (国办公开办函〔2021〕30号).</summary>
/// <remarks>
/// Items (一), (五), (六) and (八) of 条例 Art. 20, one block each: 第二十条第(一)项 (规章, 行政规范性文件),
/// 第二十条第(五)项 (行政许可), 第二十条第(六)项 (行政处罚, 行政强制) and 第二十条第(八)项 (行政事业性收费).
/// </remarks>
public sealed record ProactiveDisclosure2021
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly ProactiveDisclosure2021 Default = new();

    /// <summary>规章: rules (government regulations).</summary>
    [JsonRequired]
    public DocumentCounts Rules { get; init; } = DocumentCounts.Default;

    /// <summary>行政规范性文件: administrative normative documents.</summary>
    [JsonRequired]
    public DocumentCounts NormativeDocuments { get; init; } = DocumentCounts.Default;

    /// <summary>行政许可: administrative licensing (第二十条第(五)项).</summary>
    [JsonRequired]
    public DecisionCount AdministrativeLicensing { get; init; } = DecisionCount.Default;

    /// <summary>行政处罚: administrative penalties (第二十条第(六)项).</summary>
    [JsonRequired]
    public DecisionCount AdministrativePenalty { get; init; } = DecisionCount.Default;

    /// <summary>行政强制: administrative enforcement measures (第二十条第(六)项).</summary>
    [JsonRequired]
    public DecisionCount AdministrativeEnforcement { get; init; } = DecisionCount.Default;

    /// <summary>行政事业性收费: administrative fees (第二十条第(八)项).</summary>
    [JsonRequired]
    public FeeAmount AdministrativeFees { get; init; } = FeeAmount.Default;
}
