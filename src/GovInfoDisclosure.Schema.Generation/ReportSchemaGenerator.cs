using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.JsonSchemas;
using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.Generation.TypeMappers;

namespace GovInfoDisclosure.Schema.Generation;

/// <summary>
/// Generates the published JSON Schema (draft 2020-12) of one format: NJsonSchema reads the record types with the
/// library's own serializer options (names, required members, cells through type mappers), then the draft-04 output
/// is converted to 2020-12 and given the Chinese titles and descriptions of the label catalogue.
/// </summary>
internal static class ReportSchemaGenerator
{
    private const int MaxCount = int.MaxValue;

    /// <summary>A mark is a string with at least one non-space character.</summary>
    private const string NotBlankPattern = "\\S";

    /// <summary>The raw draft-04 output of NJsonSchema for the format's record type.</summary>
    public static string GenerateDraft04(ReportFormat format)
    {
        var settings = new SystemTextJsonSchemaGeneratorSettings
        {
            SerializerOptions = ReportJson.SerializerOptions,
            FlattenInheritanceHierarchy = true,
            AlwaysAllowAdditionalObjectProperties = false,
            DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull,
        };

        // A cell has its own JsonConverter, so the generator cannot see its shape: describe it (pitfalls C1).
        settings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(CountCell), s => { s.Type = JsonObjectType.Integer | JsonObjectType.Null | JsonObjectType.String; s.Minimum = 0; }));
        settings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(SignedCountCell), s => s.Type = JsonObjectType.Integer | JsonObjectType.Null | JsonObjectType.String));
        settings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(AmountCell), s => { s.Type = JsonObjectType.Number | JsonObjectType.Null | JsonObjectType.String; s.Minimum = 0; }));
        settings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(CalendarDate), s => { s.Type = JsonObjectType.String; s.Format = "date"; }));
        Type type = FormatDescriptor.For(format).RecordType;
        return JsonSchema.FromType(type, settings).ToJson();
    }

    /// <summary>The published schema: draft 2020-12, labelled from the catalogue, as indented JSON text.</summary>
    public static string Generate(ReportFormat format)
    {
        LabelCatalogue catalogue = LabelCatalogue.For(format);
        JsonObject draft04 = JsonNode.Parse(GenerateDraft04(format))!.AsObject();
        JsonObject defs = draft04["definitions"]?.AsObject() ?? new JsonObject();
        draft04.Remove("definitions");
        RewriteReferences(draft04);
        RewriteReferences(defs);

        string formatText = ((int)format).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = ReportSchemas.Id(format).AbsoluteUri,
            ["title"] = format == ReportFormat.Format2021 ? "政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）" : "政府信息公开工作年度报告（国办公开办函〔2019〕60号试行格式）",
            ["description"] = (format == ReportFormat.Format2021
                ? "Annual report on government information disclosure, current format of 国办公开办函〔2021〕30号 (reports on 2021 and later)."
                : "Annual report on government information disclosure, legacy layout of 国办公开办函〔2019〕60号 (reports on 2019 and 2020).")
                + " Canonical JSON of GovInfoDisclosure.Schema; cells are a number, null (blank) or a string (printed mark).",
            ["type"] = "object",
            ["additionalProperties"] = false,
        };

        // Properties in the canonical order, "format" first.
        JsonObject generated = draft04["properties"]!.AsObject();
        var properties = new JsonObject { ["format"] = new JsonObject { ["const"] = formatText } };
        foreach (string name in new[] { "agency", "year", "publishedOn", "narrative", "proactiveDisclosure", "applications", "reconsiderationAndLitigation" })
        {
            properties[name] = generated[name]!.DeepClone();
        }

        root["properties"] = properties;
        var required = new JsonArray("format");
        foreach (JsonNode? name in draft04["required"]!.AsArray())
        {
            required.Add(name!.DeepClone());
        }

        root["required"] = required;
        root["$defs"] = defs;

        var labeller = new Labeller(catalogue, defs);
        labeller.LabelObject(root, string.Empty);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>draft-04 → 2020-12: <c>#/definitions/X</c> → <c>#/$defs/X</c>, one-armed <c>oneOf</c> → <c>$ref</c>.</summary>
    private static void RewriteReferences(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["oneOf"] is JsonArray { Count: 1 } single && single[0] is JsonObject only && only["$ref"] is not null)
                {
                    obj.Remove("oneOf");
                    obj["$ref"] = only["$ref"]!.GetValue<string>();
                }

                if (obj["$ref"] is JsonValue reference)
                {
                    obj["$ref"] = reference.GetValue<string>().Replace("#/definitions/", "#/$defs/");
                }

                foreach (KeyValuePair<string, JsonNode?> member in obj.ToArray())
                {
                    RewriteReferences(member.Value);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    RewriteReferences(item);
                }

                break;
        }
    }

    /// <summary>Puts the catalogue's labels and the contract's value constraints on the schema.</summary>
    private sealed class Labeller
    {
        private readonly LabelCatalogue _catalogue;
        private readonly JsonObject _defs;

        public Labeller(LabelCatalogue catalogue, JsonObject defs)
        {
            _catalogue = catalogue;
            _defs = defs;
        }

        public void LabelObject(JsonObject schema, string pointer)
        {
            if (schema["properties"] is not JsonObject properties)
            {
                return;
            }

            foreach (KeyValuePair<string, JsonNode?> member in properties.ToArray())
            {
                var site = member.Value!.AsObject();
                string child = pointer + "/" + member.Key;
                if (_catalogue.TryGetField(child, out FieldLabel field))
                {
                    LabelLeaf(site, field);
                    continue;
                }

                (string title, string description) = ObjectLabel(child);
                site.Remove("description");
                site["title"] = title;
                site["description"] = description;
                if (Resolve(site) is { } target)
                {
                    LabelObject(target, child);
                }
            }
        }

        private JsonObject? Resolve(JsonObject site)
        {
            string? reference = site["$ref"]?.GetValue<string>()
                ?? (site["oneOf"] as JsonArray)?.Select(arm => arm?["$ref"]?.GetValue<string>()).FirstOrDefault(r => r is not null);
            return reference is null ? null : _defs[reference.Substring("#/$defs/".Length)]?.AsObject();
        }

        private void LabelLeaf(JsonObject schema, FieldLabel field)
        {
            schema.Remove("format");
            schema.Remove("description");
            if (field.Column is { } column)
            {
                // A column's schema may be shared by every row (one definition): label it by the column only.
                schema["title"] = column.Chinese;
                schema["description"] = (column.ChineseGroup is null ? string.Empty : column.ChineseGroup + " ") + column.Chinese + " — " + column.English + ".";
            }
            else
            {
                schema["title"] = field.Chinese;
                schema["description"] = field.Chinese + " — " + field.English + ".";
            }

            switch (field.ValueKind)
            {
                case FieldValueKind.Count:
                    schema["maximum"] = MaxCount;
                    schema["pattern"] = NotBlankPattern;
                    break;
                case FieldValueKind.SignedCount:
                    schema["minimum"] = int.MinValue;
                    schema["maximum"] = MaxCount;
                    schema["pattern"] = NotBlankPattern;
                    break;
                case FieldValueKind.Amount:
                    schema["pattern"] = NotBlankPattern;
                    break;
                case FieldValueKind.Year:
                    schema["minimum"] = GovInfoReport.MinimumYear;
                    schema["maximum"] = GovInfoReport.MaximumYear;
                    break;
                case FieldValueKind.Date:
                    schema["format"] = "date";
                    schema["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
                    break;
                case FieldValueKind.Text:
                    schema["pattern"] = NotBlankPattern;
                    break;
            }
        }

        private (string Title, string Description) ObjectLabel(string pointer)
        {
            if (pointer == "/narrative")
            {
                return ("报告正文", "报告各部分的文字（不含表格）— The report's prose, section by section.");
            }

            foreach (TableLabel table in _catalogue.Tables)
            {
                string tablePointer = "/" + table.Key;
                if (pointer == tablePointer)
                {
                    return (table.ChineseTitle, table.ShortChinese + " " + table.ChineseTitle + " — " + table.English + ".");
                }

                if (!pointer.StartsWith(tablePointer + "/", StringComparison.Ordinal))
                {
                    continue;
                }

                string key = pointer.Substring(tablePointer.Length + 1);
                foreach (RowLabel row in table.Rows)
                {
                    if (row.Key == key)
                    {
                        return (row.Chinese, table.ShortChinese + " " + string.Join(" ", row.ChinesePath) + " — " + row.English + ".");
                    }
                }

                // A group of rows, e.g. results/withheld: its label is the row paths' element at that depth.
                int depth = key.Split('/').Length - 1;
                foreach (RowLabel row in table.Rows)
                {
                    if (row.Key.StartsWith(key + "/", StringComparison.Ordinal) && row.ChinesePath.Count > depth)
                    {
                        string label = row.ChinesePath[depth];
                        return (label, table.ShortChinese + " " + string.Join(" ", row.ChinesePath.Take(depth + 1)) + ".");
                    }
                }
            }

            throw new InvalidOperationException("No label for " + pointer);
        }
    }
}
