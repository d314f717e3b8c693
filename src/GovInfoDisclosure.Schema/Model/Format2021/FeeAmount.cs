using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Model.Format2021;

/// <summary>The row 行政事业性收费 of block 第二十条第(八)项 of the current proactive-disclosure table.</summary>
/// <remarks>
/// The single column 本年收费金额(单位:万元): administrative fees collected this year, in 万元. This is not the
/// 信息处理费 (information-processing fee) reported in section 六, which is usually stated in yuan.
/// </remarks>
public sealed record FeeAmount
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly FeeAmount Default = new();

    /// <summary>本年收费金额(单位:万元): administrative fees collected this year, in 万元.</summary>
    [JsonRequired]
    public AmountCell Amount { get; init; }
}
