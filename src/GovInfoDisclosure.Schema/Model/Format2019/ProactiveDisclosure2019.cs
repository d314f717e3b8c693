using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Schema.Model.Format2019;

/// <summary>二、主动公开政府信息情况 — the proactive-disclosure table of the legacy layout (国办公开办函〔2019〕60号).</summary>
/// <remarks>
/// Items (一), (五), (六), (八) and (九) of 条例 Art. 20: 第二十条第(一)项 (规章, 规范性文件), 第(五)项 (行政许可,
/// 其他对外管理服务事项), 第(六)项 (行政处罚, 行政强制), 第(八)项 (行政事业性收费) and 第(九)项 (政府集中采购).
/// </remarks>
public sealed record ProactiveDisclosure2019
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly ProactiveDisclosure2019 Default = new();

    /// <summary>规章: rules (government regulations).</summary>
    [JsonRequired]
    public LegacyDocumentCounts Rules { get; init; } = LegacyDocumentCounts.Default;

    /// <summary>规范性文件: normative documents.</summary>
    [JsonRequired]
    public LegacyDocumentCounts NormativeDocuments { get; init; } = LegacyDocumentCounts.Default;

    /// <summary>行政许可: administrative licensing (第二十条第(五)项).</summary>
    [JsonRequired]
    public LegacyItemCounts AdministrativeLicensing { get; init; } = LegacyItemCounts.Default;

    /// <summary>其他对外管理服务事项: other external administrative services (第二十条第(五)项).</summary>
    [JsonRequired]
    public LegacyItemCounts OtherExternalServices { get; init; } = LegacyItemCounts.Default;

    /// <summary>行政处罚: administrative penalties (第二十条第(六)项).</summary>
    [JsonRequired]
    public LegacyItemCounts AdministrativePenalty { get; init; } = LegacyItemCounts.Default;

    /// <summary>行政强制: administrative enforcement measures (第二十条第(六)项).</summary>
    [JsonRequired]
    public LegacyItemCounts AdministrativeEnforcement { get; init; } = LegacyItemCounts.Default;

    /// <summary>行政事业性收费: administrative fee items (第二十条第(八)项).</summary>
    [JsonRequired]
    public LegacyFeeItems AdministrativeFees { get; init; } = LegacyFeeItems.Default;

    /// <summary>政府集中采购: centralised government procurement (第二十条第(九)项).</summary>
    [JsonRequired]
    public ProcurementSummary CentralizedProcurement { get; init; } = ProcurementSummary.Default;
}
