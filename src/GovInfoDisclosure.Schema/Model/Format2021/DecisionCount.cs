using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Model.Format2021;

/// <summary>A row of blocks 第二十条第(五)项 and 第(六)项 of the current proactive-disclosure table.</summary>
/// <remarks>
/// The single column 本年处理决定数量 (decisions made this year).
/// </remarks>
public sealed record DecisionCount
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly DecisionCount Default = new();

    /// <summary>本年处理决定数量: decisions made this year.</summary>
    [JsonRequired]
    public CountCell Decisions { get; init; }
}
