using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using GovInfoDisclosure.Schema.Rules.Engine;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Rules;

public class RuleCatalogueTests
{
    private static readonly ReportFormat[] Formats = { ReportFormat.Format2019, ReportFormat.Format2021 };

    public static IEnumerable<object[]> Codes() => RuleCatalogue.All.Select(r => new object[] { r.Code });

    [Fact]
    public void Codes_AreUnique()
    {
        string[] codes = RuleCatalogue.All.Select(r => r.Code).ToArray();

        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    [Fact]
    public void RuleCodes_AndCatalogue_NameTheSameCodes()
    {
        string[] constants = typeof(RuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(c => c, System.StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(constants, RuleCatalogue.All.Select(r => r.Code).OrderBy(c => c, System.StringComparer.Ordinal).ToArray());
        Assert.All(constants, c => Assert.Matches("^GID-[A-Z]+[0-9]+[A-Z]?$", c));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Templates_ZhAndEn_ShareTheirPlaceholders(string code)
    {
        RuleDefinition rule = RuleCatalogue.Get(code);

        foreach (MessageTemplate template in new[] { rule.FailMessage, rule.IndeterminateMessage })
        {
            Assert.Equal(
                MessageTemplate.PlaceholdersOf(template.Zh).OrderBy(p => p),
                MessageTemplate.PlaceholdersOf(template.En).OrderBy(p => p));
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Definition_IsComplete(string code)
    {
        RuleDefinition rule = RuleCatalogue.Get(code);

        Assert.NotEmpty(rule.Formats);
        Assert.False(string.IsNullOrWhiteSpace(rule.BasisLabel));
        Assert.StartsWith(rule.Code.StartsWith("GID-S") ? "issue 3" : "formats.md", rule.SpecReference);
        foreach (BilingualText text in new[] { rule.Title, rule.Formula, rule.Description })
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Zh));
            Assert.False(string.IsNullOrWhiteSpace(text.En));
        }

        Assert.Equal(rule.Kind == RuleKind.Narrative, rule.IsOptIn);
        Assert.Equal(rule.Kind == RuleKind.CellType, rule.EnforcedBy is not null);
        Assert.Equal(rule.Severity == DiagnosticSeverity.Error, rule.Kind is not (RuleKind.Bound or RuleKind.Narrative or RuleKind.YearOverYear));
    }

    [Fact]
    public void RelationRules_UseTheEnginePlaceholders()
    {
        foreach (RuleSet set in AllSets())
        {
            foreach (RuleRelation relation in set.Relations)
            {
                Assert.Equal(new[] { "table", "scope", "left", "op", "right" }, MessageTemplate.PlaceholdersOf(relation.Rule.FailMessage.Zh));
                Assert.Equal(new[] { "table", "scope", "relation", "unknown" }, MessageTemplate.PlaceholdersOf(relation.Rule.IndeterminateMessage.Zh));
            }
        }
    }

    [Fact]
    public void EveryRuleSet_Compiles_AndEveryInstanceNamesCellsOfItsFormat()
    {
        foreach (RuleSet set in AllSets())
        {
            Assert.NotEmpty(set.Instances);
            Assert.Equal(Enumerable.Range(0, set.Instances.Length), set.Instances.Select(i => i.Ordinal));
            foreach (RuleInstance instance in set.Instances)
            {
                Assert.Contains(set.Format, instance.Rule.Formats);
                Assert.All(instance.Left.Concat(instance.Right), t => Assert.True(t.Cell >= 0 || t.Leaves is { Length: > 0 }));
            }
        }
    }

    [Theory]
    [InlineData(ReportFormat.Format2021, new[] { "GID-B1", "GID-B2", "GID-B2G", "GID-B3", "GID-B3P", "GID-C1", "GID-C2", "GID-C3" })]
    [InlineData(ReportFormat.Format2019, new[] { "GID-B1", "GID-B2", "GID-B2G", "GID-B3", "GID-B3P", "GID-C1", "GID-C2", "GID-C3", "GID-LA3", "GID-LA1" })]
    public void FormatRuleSet_HasExactlyItsRules_InCatalogueOrder(ReportFormat format, string[] codes)
    {
        RuleSet set = RuleSet.For(format);
        List<string> order = RuleCatalogue.All.Select(r => r.Code).ToList();

        Assert.Equal(codes.OrderBy(order.IndexOf), set.Instances.Select(i => i.Rule.Code).Distinct());
        // Every in-report rule of the catalogue that claims the format is in the format's file.
        string[] claimed = RuleCatalogue.All
            .Where(r => r.Formats.Contains(format) && r.Kind is RuleKind.Sum or RuleKind.Balance or RuleKind.Bound or RuleKind.NonNegative)
            .Select(r => r.Code).ToArray();
        Assert.Equal(claimed.OrderBy(c => c), codes.OrderBy(c => c));
    }

    [Fact]
    public void InstanceCounts_FollowTheScopes()
    {
        // 表三 has 8 columns (7 official + 法人或其他组织小计) and 29 rows in the current format (25 + 4 subtotal rows).
        Assert.Equal(8, Count(ReportFormat.Format2021, RuleCodes.ApplicationBalance));
        Assert.Equal(8, Count(ReportFormat.Format2021, RuleCodes.ResultsTotal));
        Assert.Equal(32, Count(ReportFormat.Format2021, RuleCodes.GroupSubtotal));
        Assert.Equal(24, Count(ReportFormat.Format2019, RuleCodes.GroupSubtotal));
        Assert.Equal(29, Count(ReportFormat.Format2021, RuleCodes.RowTotal));
        Assert.Equal(26, Count(ReportFormat.Format2019, RuleCodes.RowTotal));
        Assert.Equal(5, Count(ReportFormat.Format2019, RuleCodes.ItemCountNonNegative));
        Assert.Equal(2, Count(ReportFormat.Format2019, RuleCodes.NewlyPublishedBound));
        Assert.Equal(1, Count(ReportFormat.Format2021, RuleCodes.ReconsiderationTotal));
    }

    [Fact]
    public void CrossYearSets_HaveTheirRules()
    {
        string Codes(ReportFormat p, ReportFormat c) => string.Join(",", RuleSet.CrossYear(p, c).Instances.Select(i => i.Rule.Code).Distinct());

        Assert.Equal("GID-B6,GID-A2,GID-A3", Codes(ReportFormat.Format2021, ReportFormat.Format2021));
        Assert.Equal("GID-B6", Codes(ReportFormat.Format2019, ReportFormat.Format2021));
        Assert.Equal("GID-B6", Codes(ReportFormat.Format2021, ReportFormat.Format2019));
        Assert.Equal("GID-B6,GID-LA4,GID-LA5", Codes(ReportFormat.Format2019, ReportFormat.Format2019));
    }

    [Fact]
    public void TryGet_UnknownCode_ReturnsFalse()
    {
        Assert.False(RuleCatalogue.TryGet("GID-NOPE", out _));
        Assert.Throws<System.ArgumentException>(() => RuleCatalogue.Get("GID-NOPE"));
    }

    [Fact]
    public void MessageTemplate_Render_FillsBothLanguagesAndKeepsUnknownPlaceholders()
    {
        var template = new MessageTemplate("{a}与{b}，{c}", "{a} and {b}, {c}");

        BilingualText text = template.Render(new Dictionary<string, BilingualText> { ["a"] = new("甲", "A"), ["b"] = new("乙", "B") });

        Assert.Equal("甲与乙，{c}", text.Zh);
        Assert.Equal("A and B, {c}", text.En);
        Assert.Equal(new[] { "a", "b", "c" }, MessageTemplate.PlaceholdersOf("{a}{b}{a} {c} {} {1}"));
    }

    private static int Count(ReportFormat format, string code) => RuleSet.For(format).Instances.Count(i => i.Rule.Code == code);

    private static IEnumerable<RuleSet> AllSets()
    {
        foreach (ReportFormat format in Formats)
        {
            yield return RuleSet.For(format);
            foreach (ReportFormat previous in Formats)
            {
                yield return RuleSet.CrossYear(previous, format);
            }
        }
    }
}
