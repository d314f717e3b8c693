using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Model;

/// <summary>One block of the reconsideration and litigation table (表四): the five outcome columns.</summary>
/// <remarks>
/// The columns, in the official order: 结果维持 (upheld), 结果纠正 (corrected), 其他结果 (other outcome), 尚未审结 (pending)
/// and 总计 (total, which should equal the sum of the other four).
/// Every cell starts <see cref="GovInfoDisclosure.Schema.Cells.CellKind.Blank"/>: a cell nobody set is unknown, not zero.
/// </remarks>
public sealed record CaseOutcomes
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly CaseOutcomes Default = new();

    /// <summary>结果维持: cases in which the body's decision was upheld.</summary>
    [JsonRequired]
    public CountCell Upheld { get; init; }

    /// <summary>结果纠正: cases in which the decision was corrected.</summary>
    [JsonRequired]
    public CountCell Corrected { get; init; }

    /// <summary>其他结果: cases with another outcome.</summary>
    [JsonRequired]
    public CountCell OtherOutcome { get; init; }

    /// <summary>尚未审结: cases not yet concluded.</summary>
    [JsonRequired]
    public CountCell Pending { get; init; }

    /// <summary>总计: all cases of the block.</summary>
    [JsonRequired]
    public CountCell Total { get; init; }
}
