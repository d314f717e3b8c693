using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Schema.Model.Format2021;

/// <summary>(六)其他处理 — applications closed in other ways, in the current format's three rows.</summary>
/// <remarks>
/// The legacy layout had one (六)其他处理 row; the current format splits it in three. When only the total of the group is
/// known (a legacy row migrated, or a current-format table printed with a single (六) row), it stands in
/// <see cref="Subtotal"/> and the three leaves are blank.
/// </remarks>
public sealed record OtherHandlingResults
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly OtherHandlingResults Default = new();

    /// <summary>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: the applicant did not correct the application in time without a proper reason.</summary>
    [JsonRequired]
    public Applicants OverdueCorrection { get; init; } = Applicants.Default;

    /// <summary>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: the applicant did not pay the fee notified in time (信息处理费, from 2021).</summary>
    [JsonRequired]
    public Applicants OverdueFee { get; init; } = Applicants.Default;

    /// <summary>3.其他: other reasons.</summary>
    [JsonRequired]
    public Applicants Other { get; init; } = Applicants.Default;

    /// <summary>The group total, when the source printed a subtotal row or a single (六) row; <see langword="null"/> otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Applicants? Subtotal { get; init; }
}
