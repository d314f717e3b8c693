using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Model.Format2021;

/// <summary>A row of block 第二十条第(一)项 of the current proactive-disclosure table: documents issued, repealed and in force.</summary>
/// <remarks>
/// Columns 本年制发件数, 本年废止件数 and 现行有效件数. Within one year no arithmetic ties the three: a report with 0 / 0 / 1
/// is valid. Across years, 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数 is only a plausibility check.
/// </remarks>
public sealed record DocumentCounts
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly DocumentCounts Default = new();

    /// <summary>本年制发件数: documents issued this year.</summary>
    [JsonRequired]
    public CountCell Issued { get; init; }

    /// <summary>本年废止件数: documents repealed this year.</summary>
    [JsonRequired]
    public CountCell Repealed { get; init; }

    /// <summary>现行有效件数: documents currently in force.</summary>
    [JsonRequired]
    public CountCell InForce { get; init; }
}
