using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Schema.Model;

/// <summary>(三)不予公开 — applications refused disclosure, by the eight grounds of the 条例.</summary>
/// <remarks>
/// A group of the results (三、本年度办理结果) of the application table. The official table prints only the eight leaf rows;
/// some local templates add a subtotal row, kept in <see cref="Subtotal"/>.
/// </remarks>
public sealed record WithheldResults
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly WithheldResults Default = new();

    /// <summary>1.属于国家秘密: the information is a state secret.</summary>
    [JsonRequired]
    public Applicants StateSecret { get; init; } = Applicants.Default;

    /// <summary>2.其他法律行政法规禁止公开: other laws or administrative regulations prohibit disclosure.</summary>
    [JsonRequired]
    public Applicants ProhibitedByLaw { get; init; } = Applicants.Default;

    /// <summary>3.危及“三安全一稳定”: disclosure would endanger national security, public security, economic security or social stability.</summary>
    [JsonRequired]
    public Applicants EndangersSafetyOrStability { get; init; } = Applicants.Default;

    /// <summary>4.保护第三方合法权益: withheld to protect the lawful rights and interests of a third party.</summary>
    [JsonRequired]
    public Applicants ThirdPartyRights { get; init; } = Applicants.Default;

    /// <summary>5.属于三类内部事务信息: internal affairs information (the three kinds of 条例 Art. 16 para. 1).</summary>
    [JsonRequired]
    public Applicants InternalAffairs { get; init; } = Applicants.Default;

    /// <summary>6.属于四类过程性信息: process information (the four kinds of 条例 Art. 16 para. 2).</summary>
    [JsonRequired]
    public Applicants ProcessInformation { get; init; } = Applicants.Default;

    /// <summary>7.属于行政执法案卷: administrative law-enforcement case files.</summary>
    [JsonRequired]
    public Applicants LawEnforcementFiles { get; init; } = Applicants.Default;

    /// <summary>8.属于行政查询事项: matters for administrative query procedures.</summary>
    [JsonRequired]
    public Applicants AdministrativeQuery { get; init; } = Applicants.Default;

    /// <summary>A subtotal row of the group, when the source printed one or when only the group total is known (its leaves are then blank); <see langword="null"/> otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Applicants? Subtotal { get; init; }
}
