using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Model.Format2019;

/// <summary>The row 政府集中采购 of block 第二十条第(九)项 of the legacy proactive-disclosure table.</summary>
/// <remarks>
/// Columns 采购项目数量 and 采购总金额. Templates print the amount header both with and without "(单位:万元)"; the model
/// always holds 万元, and sources that print yuan are converted on import.
/// </remarks>
public sealed record ProcurementSummary
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly ProcurementSummary Default = new();

    /// <summary>采购项目数量: number of procurement projects.</summary>
    [JsonRequired]
    public CountCell Projects { get; init; }

    /// <summary>采购总金额(单位:万元): total procurement amount, in 万元.</summary>
    [JsonRequired]
    public AmountCell Amount { get; init; }
}
