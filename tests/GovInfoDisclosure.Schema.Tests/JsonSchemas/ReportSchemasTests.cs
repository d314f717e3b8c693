using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Generation;
using GovInfoDisclosure.Schema.JsonSchemas;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.JsonSchemas;

public class ReportSchemasTests
{
    public static IEnumerable<object[]> Formats => new[] { new object[] { ReportFormat.Format2021 }, new object[] { ReportFormat.Format2019 } };

    private static string Committed(ReportFormat format) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schemas", ReportSchemas.FileName(format)));

    [Theory]
    [MemberData(nameof(Formats))]
    public void CommittedSchema_IsCurrent(ReportFormat format)
    {
        string generated = ReportSchemaGenerator.Generate(format);
        Assert.True(generated == Committed(format),
            $"schemas/{ReportSchemas.FileName(format)} is stale: run 'dotnet run --project src/GovInfoDisclosure.Schema.Generation' and commit the result.");
    }

    [Fact]
    public void CommittedMigrationTable_IsCurrent()
    {
        string committed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schemas", MigrationTableWriter.FileName));
        Assert.True(MigrationTableWriter.Write() == committed,
            $"schemas/{MigrationTableWriter.FileName} is stale: run 'dotnet run --project src/GovInfoDisclosure.Schema.Generation' and commit the result.");
    }

    [Fact]
    public void CommittedLabelDocument_IsCurrent()
    {
        string committed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "docs", LabelDocumentWriter.FileName));
        Assert.True(LabelDocumentWriter.Write() == committed,
            "docs/labels.md is stale: run 'dotnet run --project src/GovInfoDisclosure.Schema.Generation' and commit the result.");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EmbeddedSchema_IsTheCommittedOne(ReportFormat format)
    {
        Assert.Equal(Committed(format), ReportSchemas.GetJson(format));
        JsonObject schema = JsonNode.Parse(ReportSchemas.GetJson(format))!.AsObject();
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
        Assert.Equal(ReportSchemas.Id(format).AbsoluteUri, schema["$id"]!.GetValue<string>());
        Assert.Equal(((int)format).ToString(), schema["properties"]!["format"]!["const"]!.GetValue<string>());
    }

    /// <summary>Walks the schema along every catalogue field: it exists, is labelled, and is required exactly when the catalogue says.</summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public void Schema_DescribesEveryCatalogueField(ReportFormat format)
    {
        JsonObject root = JsonNode.Parse(ReportSchemas.GetJson(format))!.AsObject();
        JsonObject defs = root["$defs"]!.AsObject();
        JsonObject Resolve(JsonObject site)
        {
            string? reference = site["$ref"]?.GetValue<string>()
                ?? site["oneOf"]?.AsArray().Select(a => a?["$ref"]?.GetValue<string>()).FirstOrDefault(r => r is not null);
            return reference is null ? site : defs[reference.Substring("#/$defs/".Length)]!.AsObject();
        }

        foreach (FieldLabel field in LabelCatalogue.For(format).Fields)
        {
            JsonObject node = root;
            string[] tokens = field.Pointer.Substring(1).Split('/');
            bool required = true;
            JsonObject? site = null;
            foreach (string token in tokens)
            {
                JsonObject container = Resolve(node);
                Assert.False(container["additionalProperties"]!.GetValue<bool>());
                required &= container["required"]?.AsArray().Any(r => r!.GetValue<string>() == token) ?? false;
                site = container["properties"]?[token]?.AsObject();
                Assert.True(site is not null, $"{field.Pointer}: no schema for '{token}'");
                Assert.NotNull(site!["title"]);
                node = site;
            }

            Assert.True(required == !field.IsOptional, $"{field.Pointer}: required in schema = {required}, optional in catalogue = {field.IsOptional}");
            string[] types = site!["type"] is JsonArray array ? array.Select(t => t!.GetValue<string>()).ToArray() : new[] { site["type"]?.GetValue<string>() ?? "const" };
            switch (field.ValueKind)
            {
                case FieldValueKind.Count:
                    Assert.Equal(new[] { "integer", "null", "string" }, types.OrderBy(t => t));
                    Assert.Equal(0, site["minimum"]!.GetValue<double>());
                    Assert.Equal(field.Column!.Chinese, site["title"]!.GetValue<string>());
                    break;
                case FieldValueKind.Amount:
                    Assert.Equal(new[] { "null", "number", "string" }, types.OrderBy(t => t));
                    Assert.Equal(0, site["minimum"]!.GetValue<double>());
                    break;
                case FieldValueKind.SignedCount:
                    Assert.Equal(new[] { "integer", "null", "string" }, types.OrderBy(t => t));
                    Assert.True(site["minimum"]!.GetValue<double>() < 0);
                    break;
            }
        }
    }
}
