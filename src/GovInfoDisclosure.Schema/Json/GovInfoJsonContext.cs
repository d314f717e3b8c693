using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Schema.Json;

/// <summary>
/// The source-generated System.Text.Json metadata for every type of the canonical JSON document: trimming- and
/// AOT-safe, no reflection at run time.
/// </summary>
/// <remarks>
/// Use <see cref="ReportJson"/> to read and write reports; it applies these settings plus the ones the attribute
/// cannot express (relaxed escaping, so Chinese text stays readable). The settings are the contract's:
/// camelCase names, unknown properties rejected, duplicate properties rejected, <see langword="null"/> only where the
/// model is nullable, two-space indentation with <c>"\n"</c> line ends.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    AllowOutOfOrderMetadataProperties = true,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    MaxDepth = ReportJson.MaxDepth)]
[JsonSerializable(typeof(GovInfoReport))]
[JsonSerializable(typeof(Report2021))]
[JsonSerializable(typeof(Report2019))]
public sealed partial class GovInfoJsonContext : JsonSerializerContext
{
}
