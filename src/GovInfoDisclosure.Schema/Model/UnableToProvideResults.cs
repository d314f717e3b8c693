using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Schema.Model;

/// <summary>(四)无法提供 — applications for information that could not be provided.</summary>
/// <remarks>
/// A group of the results (三、本年度办理结果) of the application table.
/// </remarks>
public sealed record UnableToProvideResults
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly UnableToProvideResults Default = new();

    /// <summary>1.本机关不掌握相关政府信息: this body does not hold the information.</summary>
    [JsonRequired]
    public Applicants NotHeld { get; init; } = Applicants.Default;

    /// <summary>2.没有现成信息需要另行制作: no existing information; it would have to be newly made.</summary>
    [JsonRequired]
    public Applicants NeedsCreation { get; init; } = Applicants.Default;

    /// <summary>3.补正后申请内容仍不明确: the request is still unclear after correction.</summary>
    [JsonRequired]
    public Applicants UnclearAfterCorrection { get; init; } = Applicants.Default;

    /// <summary>A subtotal row of the group, when the source printed one or when only the group total is known (its leaves are then blank); <see langword="null"/> otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Applicants? Subtotal { get; init; }
}
