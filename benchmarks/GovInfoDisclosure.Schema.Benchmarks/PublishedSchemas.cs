using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.JsonSchemas;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Benchmarks;

/// <summary>The published JSON Schema of a format, in the drafts the reference validators read.</summary>
public static class PublishedSchemas
{
    /// <summary>The published schema (draft 2020-12), as shipped in the package.</summary>
    public static string Draft2020(ReportFormat format) => ReportSchemas.GetJson(format);

    /// <summary>
    /// The same schema rewritten for draft-04, which NJsonSchema reads: <c>$defs</c> become <c>definitions</c>, the one
    /// <c>const</c> (the format) becomes a one-value <c>enum</c>. NJsonSchema does not resolve <c>#/$defs/...</c> references
    /// (2019-09/2020-12 support is an open request), and the raw draft-04 output of the generator has no <c>format</c> property
    /// (it is the type discriminator), so it refuses every real document.
    /// </summary>
    public static string Draft04(ReportFormat format) => Convert(JsonNode.Parse(Draft2020(format))!).ToJsonString();

    private static JsonNode Convert(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    switch (key)
                    {
                        case "$schema":
                            result[key] = "http://json-schema.org/draft-04/schema#";
                            break;
                        case "$defs":
                            result["definitions"] = Convert(value!);
                            break;
                        case "$ref":
                            result[key] = value!.GetValue<string>().Replace("#/$defs/", "#/definitions/");
                            break;
                        case "const":
                            result["enum"] = new JsonArray(value!.DeepClone());
                            break;
                        default:
                            result[key] = value is null ? null : Convert(value);
                            break;
                    }
                }

                return result;
            case JsonArray array:
                var items = new JsonArray();
                foreach (JsonNode? item in array)
                {
                    items.Add(item is null ? null : Convert(item));
                }

                return items;
            default:
                return node.DeepClone();
        }
    }
}
