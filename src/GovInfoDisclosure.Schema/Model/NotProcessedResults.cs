using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Schema.Model;

/// <summary>(五)不予处理 — applications not processed.</summary>
/// <remarks>
/// A group of the results (三、本年度办理结果) of the application table.
/// </remarks>
public sealed record NotProcessedResults
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly NotProcessedResults Default = new();

    /// <summary>1.信访举报投诉类申请: petitions, reports or complaints filed as applications.</summary>
    [JsonRequired]
    public Applicants PetitionOrComplaint { get; init; } = Applicants.Default;

    /// <summary>2.重复申请: duplicate applications.</summary>
    [JsonRequired]
    public Applicants Duplicate { get; init; } = Applicants.Default;

    /// <summary>3.要求提供公开出版物: requests for published material.</summary>
    [JsonRequired]
    public Applicants Publication { get; init; } = Applicants.Default;

    /// <summary>4.无正当理由大量反复申请: massive, repeated applications without a proper reason.</summary>
    [JsonRequired]
    public Applicants ExcessiveRepeated { get; init; } = Applicants.Default;

    /// <summary>5.要求行政机关确认或重新出具已获取信息: requests to confirm or re-issue information already obtained.</summary>
    [JsonRequired]
    public Applicants ConfirmationOfObtained { get; init; } = Applicants.Default;

    /// <summary>A subtotal row of the group, when the source printed one or when only the group total is known (its leaves are then blank); <see langword="null"/> otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Applicants? Subtotal { get; init; }
}
