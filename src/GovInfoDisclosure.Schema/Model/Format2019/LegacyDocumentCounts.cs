using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Model.Format2019;

/// <summary>A row of block 第二十条第(一)项 of the legacy proactive-disclosure table.</summary>
/// <remarks>
/// Columns 本年新制作数量, 本年新公开数量 and 对外公开总数量. 对外公开总数量 is cumulative (it includes repealed documents),
/// so it is not the current format's 现行有效件数.
/// </remarks>
public sealed record LegacyDocumentCounts
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly LegacyDocumentCounts Default = new();

    /// <summary>本年新制作数量: documents newly made this year.</summary>
    [JsonRequired]
    public CountCell NewlyMade { get; init; }

    /// <summary>本年新公开数量: documents newly published this year.</summary>
    [JsonRequired]
    public CountCell NewlyPublished { get; init; }

    /// <summary>对外公开总数量: documents published in total.</summary>
    [JsonRequired]
    public CountCell PublishedTotal { get; init; }
}
