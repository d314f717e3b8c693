using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Schema.Model.Format2019;

/// <summary>三、本年度办理结果 — the results block of the legacy application table.</summary>
/// <remarks>
/// Rows (一) to (七); unlike the current format, (六)其他处理 is a single row. (七)总计 should equal the sum of the 19 leaf
/// rows, in each column.
/// </remarks>
public sealed record ApplicationResults2019
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly ApplicationResults2019 Default = new();

    /// <summary>(一)予以公开: disclosed.</summary>
    [JsonRequired]
    public Applicants Granted { get; init; } = Applicants.Default;

    /// <summary>(二)部分公开(区分处理的,只计这一情形,不计其他情形): partly disclosed; an application handled by separation counts here only.</summary>
    [JsonRequired]
    public Applicants PartiallyGranted { get; init; } = Applicants.Default;

    /// <summary>(三)不予公开: not disclosed.</summary>
    [JsonRequired]
    public WithheldResults Withheld { get; init; } = WithheldResults.Default;

    /// <summary>(四)无法提供: could not be provided.</summary>
    [JsonRequired]
    public UnableToProvideResults UnableToProvide { get; init; } = UnableToProvideResults.Default;

    /// <summary>(五)不予处理: not processed.</summary>
    [JsonRequired]
    public NotProcessedResults NotProcessed { get; init; } = NotProcessedResults.Default;

    /// <summary>(六)其他处理: closed in other ways (one row in the legacy layout).</summary>
    [JsonRequired]
    public Applicants OtherHandling { get; init; } = Applicants.Default;

    /// <summary>(七)总计: all results.</summary>
    [JsonRequired]
    public Applicants Total { get; init; } = Applicants.Default;
}
