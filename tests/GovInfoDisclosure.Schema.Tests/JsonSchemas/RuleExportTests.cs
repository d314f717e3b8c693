using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Generation;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.JsonSchemas;

/// <summary>The exported rules (schemas/rules-*.json): current, complete, and naming only cells of their format.</summary>
public class RuleExportTests
{
    public static IEnumerable<object[]> Formats => new[] { new object[] { ReportFormat.Format2021 }, new object[] { ReportFormat.Format2019 } };

    private static string Committed(ReportFormat format) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schemas", RuleExportWriter.FileName(format)));

    [Theory]
    [MemberData(nameof(Formats))]
    public void CommittedRuleExport_IsCurrent(ReportFormat format)
    {
        Assert.True(RuleExportWriter.Write(format) == Committed(format),
            $"schemas/{RuleExportWriter.FileName(format)} is stale: run 'dotnet run --project src/GovInfoDisclosure.Schema.Generation' and commit the result.");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Export_ListsEveryRuleOfTheFormat_InCatalogueOrder(ReportFormat format)
    {
        JsonObject export = JsonNode.Parse(Committed(format))!.AsObject();

        Assert.Equal(((int)format).ToString(), export["format"]!.GetValue<string>());
        Assert.Equal(
            RuleCatalogue.All.Where(r => r.Formats.Contains(format)).Select(r => r.Code),
            export["rules"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()));
        foreach (JsonNode? rule in export["rules"]!.AsArray())
        {
            RuleDefinition definition = RuleCatalogue.Get(rule!["code"]!.GetValue<string>());
            Assert.Equal(definition.FailMessage.Zh, rule["messages"]!["fail"]!["zh"]!.GetValue<string>());
            Assert.Equal(definition.IndeterminateMessage.En, rule["messages"]!["indeterminate"]!["en"]!.GetValue<string>());
        }
    }

    /// <summary>
    /// Every per-report rule the catalogue claims for the format (sum, balance, bound, non-negative) has instances, and the
    /// instances of a rule come together, in catalogue order.
    /// </summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public void Instances_CoverEveryPerReportRule_InCatalogueOrder(ReportFormat format)
    {
        JsonArray instances = JsonNode.Parse(Committed(format))!["instances"]!.AsArray();
        string[] codes = instances.Select(i => i!["code"]!.GetValue<string>()).ToArray();
        string[] claimed = RuleCatalogue.All
            .Where(r => r.Formats.Contains(format) && r.Kind is RuleKind.Sum or RuleKind.Balance or RuleKind.Bound or RuleKind.NonNegative)
            .Select(r => r.Code).ToArray();

        Assert.Equal(claimed, codes.Distinct());
        int runs = 1 + Enumerable.Range(1, codes.Length - 1).Count(i => codes[i] != codes[i - 1]);
        Assert.Equal(claimed.Length, runs);
    }

    /// <summary>Every pointer of every instance is a count cell of the format's label catalogue (of the previous report's format for cross-year terms).</summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public void Instances_NameCountCellsOfTheirFormat(ReportFormat format)
    {
        JsonObject export = JsonNode.Parse(Committed(format))!.AsObject();
        var sets = new List<(JsonArray Instances, ReportFormat Previous)> { (export["instances"]!.AsArray(), format) };
        foreach (JsonNode? crossYear in export["crossYear"]!.AsArray())
        {
            sets.Add((crossYear!["instances"]!.AsArray(), (ReportFormat)int.Parse(crossYear["previousFormat"]!.GetValue<string>())));
        }

        int pointers = 0;
        foreach ((JsonArray instances, ReportFormat previous) in sets)
        {
            foreach (JsonNode? instance in instances)
            {
                Assert.Equal(instance!["left"]![0]!["pointer"]!.GetValue<string>(), instance["anchor"]!.GetValue<string>());
                Assert.Contains(instance["comparison"]!.GetValue<string>(), new[] { "=", "≤", "≥" });
                foreach (JsonNode? term in instance["left"]!.AsArray().Concat(instance["right"]!.AsArray()))
                {
                    Assert.Contains(term!["weight"]!.GetValue<int>(), new[] { 1, -1 });
                    ReportFormat of = term["document"]?.GetValue<string>() == "previous" ? previous : format;
                    IEnumerable<JsonNode?> cells = term["leaves"] is JsonArray leaves ? leaves.Append(term["subtotal"]) : new[] { term };
                    foreach (JsonNode? cell in cells)
                    {
                        string pointer = cell!["pointer"]!.GetValue<string>();
                        Assert.True(LabelCatalogue.For(of).TryGetField(pointer, out FieldLabel field), pointer);
                        Assert.True(field.ValueKind is FieldValueKind.Count or FieldValueKind.SignedCount, pointer);
                        pointers++;
                    }
                }
            }
        }

        Assert.True(pointers > 100);
    }
}
