using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Model.Format2019;

/// <summary>The row 行政事业性收费 of block 第二十条第(八)项 of the legacy proactive-disclosure table.</summary>
/// <remarks>
/// Counts of fee items (收费项目), not money: 上一年项目数量 and 本年增/减. Never map them to the current format's amount.
/// </remarks>
public sealed record LegacyFeeItems
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly LegacyFeeItems Default = new();

    /// <summary>上一年项目数量: number of fee items at the end of last year.</summary>
    [JsonRequired]
    public CountCell PreviousYearItems { get; init; }

    /// <summary>本年增/减: net change in the number of fee items this year (negative for a decrease).</summary>
    [JsonRequired]
    public SignedCountCell Change { get; init; }
}
