using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Model.Format2019;

/// <summary>A row of blocks 第二十条第(五)项 and 第(六)项 of the legacy proactive-disclosure table.</summary>
/// <remarks>
/// Columns 上一年项目数量 (items at the end of last year), 本年增/减 (net change this year, may be negative) and
/// 处理决定数量 (decisions). 上一年项目数量 + 本年增/减 should not be negative.
/// </remarks>
public sealed record LegacyItemCounts
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly LegacyItemCounts Default = new();

    /// <summary>上一年项目数量: number of items at the end of last year.</summary>
    [JsonRequired]
    public CountCell PreviousYearItems { get; init; }

    /// <summary>本年增/减: net change in the number of items this year (negative for a decrease).</summary>
    [JsonRequired]
    public SignedCountCell Change { get; init; }

    /// <summary>处理决定数量: decisions made.</summary>
    [JsonRequired]
    public CountCell Decisions { get; init; }
}
