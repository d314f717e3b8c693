using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Json.Converters;

namespace GovInfoDisclosure.Schema.Model;

/// <summary>One row of the application table (表三): the seven applicant columns of 申请人情况.</summary>
/// <remarks>
/// The columns, in the official order: 自然人 (natural persons); under the group header 法人或其他组织 (legal persons or
/// other organisations) 商业企业, 科研机构, 社会公益组织, 法律服务机构 and 其他; and 总计 (total).
/// The official table has no 法人或其他组织 subtotal column. Some local templates add one (法人或其他组织小计); it is kept in
/// <see cref="LegalPersonSubtotal"/> when the source printed it, and is <see langword="null"/> (absent) otherwise.
/// Every cell starts <see cref="GovInfoDisclosure.Schema.Cells.CellKind.Blank"/>: a cell nobody set is unknown, not zero.
/// Equality is value equality over all cells.
/// </remarks>
public sealed record Applicants
{
    /// <summary>
    /// The value <c>new()</c> gives, shared (the model is immutable): the default of every property of this type, so
    /// that creating the table above it does not build a fresh tree of defaults that a reader then replaces.
    /// </summary>
    internal static readonly Applicants Default = new();

    /// <summary>自然人: applications from natural persons.</summary>
    [JsonRequired]
    public CountCell NaturalPerson { get; init; }

    /// <summary>商业企业: applications from commercial enterprises.</summary>
    [JsonRequired]
    public CountCell CommercialEnterprise { get; init; }

    /// <summary>科研机构: applications from research institutions.</summary>
    [JsonRequired]
    public CountCell ResearchInstitution { get; init; }

    /// <summary>社会公益组织: applications from public-interest organisations.</summary>
    [JsonRequired]
    public CountCell PublicInterestOrganization { get; init; }

    /// <summary>法律服务机构: applications from legal service agencies.</summary>
    [JsonRequired]
    public CountCell LegalServiceAgency { get; init; }

    /// <summary>其他: applications from other legal persons or organisations.</summary>
    [JsonRequired]
    public CountCell OtherOrganization { get; init; }

    /// <summary>总计: the row total, which should equal the sum of the six applicant columns.</summary>
    [JsonRequired]
    public CountCell Total { get; init; }

    /// <summary>法人或其他组织小计: the legal-person subtotal column some local templates add (the sum of the five organisation columns); <see langword="null"/> when the source has no such column, <see cref="GovInfoDisclosure.Schema.Cells.CountCell.Blank"/> when it has the column but left this cell blank.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(OptionalCountCellJsonConverter))]
    public CountCell? LegalPersonSubtotal { get; init; }
}
