using System;
using System.IO;
using System.Linq;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Rules;

/// <summary>Open rule sets: built in, loaded from JSON of the export's shape, added or replacing; a bad file is a located problem.</summary>
public class RuleSetTests
{
    private static string Export(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schemas", name));

    private static string LocalRules => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "examples", "local-rules-hb.json"));

    private static Report2021 Broken()
    {
        Report2021 report = RuleExamples.Pingwu;
        return report with { Applications = report.Applications with { CarriedOver = report.Applications.CarriedOver with { ResearchInstitution = 2, Total = 2 } } };
    }

    private static Report2021 MoreSuitsThanReconsiderations() =>
        RuleExamples.Pingwu.WithOutcomes(o => o with
        {
            LitigationAfterReconsideration = o.LitigationAfterReconsideration with { Upheld = 3, Total = 3 },
            Reconsideration = o.Reconsideration with { Upheld = 1, Total = 1 },
        });

    [Fact]
    public void BuiltIn_HoldsTheFormatsRules_TheNarrativeKindsRegistered()
    {
        ReportRuleSet set = ReportRuleSet.BuiltIn(ReportFormat.Format2021);
        string[] codes = set.Rules.Select(r => r.Code).ToArray();
        Assert.Contains(RuleCodes.ApplicationBalance, codes);
        Assert.Contains(RuleCodes.FeeStatement, codes);
        Assert.Contains(RuleCodes.OverviewFigures, codes);
        Assert.DoesNotContain(RuleCodes.CarryOverContinuity, codes);
        Assert.Equal(ReportFormat.Format2021, set.Format);
        Assert.Same(set, ReportRuleSet.BuiltIn(ReportFormat.Format2021));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportRuleSet.BuiltIn((ReportFormat)7));
    }

    [Theory]
    [InlineData("rules-2021.json", ReportFormat.Format2021)]
    [InlineData("rules-2019.json", ReportFormat.Format2019)]
    public void TheExport_LoadsWithEveryInstance(string file, ReportFormat format)
    {
        RuleSetLoadResult loaded = ReportRuleSet.Load(Export(file), file);
        Assert.Empty(loaded.Problems);
        Assert.Equal(format, loaded.RuleSet!.Format);
        Assert.Equal(ReportRuleSet.BuiltIn(format).InstanceCount, loaded.RuleSet.InstanceCount);
    }

    /// <summary>The exported rules, loaded as data and used instead of the built-in ones, find exactly what the built-in ones find.</summary>
    [Fact]
    public void TheExport_AsReplacement_FindsWhatTheBuiltInRulesFind()
    {
        ReportRuleSet loaded = ReportRuleSet.Load(Export("rules-2021.json")).RuleSet!;
        Report2021 broken = Broken() with { Applications = Broken().Applications with { NewlyReceived = Broken().Applications.NewlyReceived with { Total = default } } };

        ValidationResult builtIn = ReportValidator.Validate(broken);
        ValidationResult replaced = ReportValidator.Validate(broken, new ValidationOptions { RuleSets = new[] { loaded } });

        Assert.NotEmpty(builtIn.Diagnostics);
        Assert.Contains(builtIn.Diagnostics, d => d.Outcome == DiagnosticOutcome.Indeterminate);
        Assert.Equal(builtIn.Diagnostics.Select(d => (d.Code, d.Outcome, string.Join(",", d.Paths), string.Join(",", d.UnknownPaths), d.Expected, d.Actual)),
            replaced.Diagnostics.Select(d => (d.Code, d.Outcome, string.Join(",", d.Paths), string.Join(",", d.UnknownPaths), d.Expected, d.Actual)));
        Assert.Equal(builtIn.Diagnostics.Select(d => d.Message), replaced.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void LocalRule_HB001_IsReportedWithItsCodeCellsAndValues_AfterTheBuiltInOnes()
    {
        RuleSetLoadResult loaded = ReportRuleSet.Load(LocalRules, "local-rules-hb.json");
        Assert.True(loaded.IsSuccess);
        var options = new ValidationOptions { ExtraRuleSets = new[] { loaded.RuleSet! } };

        Assert.Empty(ReportValidator.Validate(RuleExamples.Pingwu, options).Diagnostics);
        ValidationResult result = ReportValidator.Validate(MoreSuitsThanReconsiderations(), options);

        Diagnostic local = Assert.Single(result.Diagnostics, d => d.Code == "HB-001");
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticStage.Rule, DiagnosticOutcome.Fail), (local.Severity, local.Stage, local.Outcome));
        Assert.Equal(new[] { "/reconsiderationAndLitigation/litigationAfterReconsideration/total", "/reconsiderationAndLitigation/reconsideration/total" }, local.Paths);
        Assert.Equal((1m, 3m), (local.Expected!.Value, local.Actual!.Value));
        Assert.True(result.IsValid);
        Assert.Equal("HB-001", result.Diagnostics[^1].Code);

        // A set of the other format does not apply.
        Assert.DoesNotContain(ReportValidator.Validate(RuleExamples.Legacy, options).Diagnostics, d => d.Code == "HB-001");
    }

    [Theory]
    [InlineData("{\"format\": \"2021\", \"rules\": [", ReportRuleSet.Codes.Syntax, "")]
    [InlineData("[]", ReportRuleSet.Codes.Shape, "")]
    [InlineData("{\"rules\": [], \"instances\": []}", ReportRuleSet.Codes.Shape, "/format")]
    [InlineData("{\"format\": \"2022\", \"rules\": [], \"instances\": []}", ReportRuleSet.Codes.Shape, "/format")]
    [InlineData("{\"format\": \"2021\", \"rules\": {}, \"instances\": []}", ReportRuleSet.Codes.Shape, "/rules")]
    [InlineData("{\"format\": \"2021\", \"rules\": [{\"code\": \"HB-001\", \"severity\": \"fatal\"}], \"instances\": []}", ReportRuleSet.Codes.Shape, "/rules/0/severity")]
    [InlineData("{\"format\": \"2021\", \"rules\": [{\"code\": \"HB-001\"}, {\"code\": \"HB-001\"}], \"instances\": []}", ReportRuleSet.Codes.Code, "/rules/1/code")]
    [InlineData("{\"format\": \"2021\", \"rules\": [{\"code\": \" \"}], \"instances\": []}", ReportRuleSet.Codes.Code, "/rules/0/code")]
    [InlineData("{\"format\": \"2021\", \"rules\": [], \"instances\": [{\"code\": \"HB-002\", \"left\": [], \"right\": []}]}", ReportRuleSet.Codes.Code, "/instances/0/code")]
    [InlineData("{\"format\": \"2021\", \"rules\": [{\"code\": \"HB-001\"}], \"instances\": [{\"code\": \"HB-001\", \"left\": [{\"pointer\": \"/agency\"}], \"right\": []}]}", ReportRuleSet.Codes.UnknownCell, "/instances/0/left/0/pointer")]
    [InlineData("{\"format\": \"2021\", \"rules\": [{\"code\": \"HB-001\"}], \"instances\": [{\"code\": \"HB-001\", \"left\": [{\"pointer\": \"/applications/newlyReceived/total\", \"weight\": 2}], \"right\": []}]}", ReportRuleSet.Codes.Shape, "/instances/0/left/0/weight")]
    [InlineData("{\"format\": \"2021\", \"rules\": [{\"code\": \"HB-001\"}], \"instances\": [{\"code\": \"HB-001\", \"left\": [], \"right\": []}]}", ReportRuleSet.Codes.Shape, "/instances/0/left")]
    public void MalformedRulesFile_IsOneLocatedProblem_NeverAnException(string json, string code, string pointer)
    {
        RuleSetLoadResult result = ReportRuleSet.Load(json, "bad.json");

        Assert.Null(result.RuleSet);
        Diagnostic problem = Assert.Single(result.Problems);
        Assert.Equal((code, pointer, DiagnosticStage.Document, DiagnosticSeverity.Error), (problem.Code, problem.Location.Pointer, problem.Stage, problem.Severity));
        if (code == ReportRuleSet.Codes.Syntax)
        {
            Assert.Equal(1, problem.Location.Line);
        }
    }

    /// <summary>Cells the import could not read stay unknown under blank-as-zero; cells printed blank are read as 0.</summary>
    [Fact]
    public void UnreadCells_StayUnknown_UnderBlankAsZero()
    {
        Report2021 report = RuleExamples.Pingwu;
        report = report with { Applications = report.Applications with { NewlyReceived = new Applicants() } };
        var blankAsZero = new ValidationOptions { BlankAsZero = true };

        ValidationResult printedBlank = ReportValidator.Validate(report, blankAsZero);
        Assert.Contains(printedBlank.Diagnostics, d => d.Code == RuleCodes.ApplicationBalance && d.Outcome == DiagnosticOutcome.Fail);

        ValidationResult unread = ReportValidator.Validate(report, blankAsZero with { UnreadCells = new[] { "/applications/newlyReceived" } });
        Assert.True(unread.IsValid);
        Diagnostic balance = unread.Diagnostics.First(d => d.Code == RuleCodes.ApplicationBalance);
        Assert.Equal(DiagnosticOutcome.Indeterminate, balance.Outcome);
        Assert.Equal(new[] { "/applications/newlyReceived/naturalPerson" }, balance.UnknownPaths);
    }

    /// <summary>The narrative rules and the rules between reports are registered checks of their kinds, one per kind or rule.</summary>
    [Fact]
    public void NarrativeAndCrossReportKinds_AreRegisteredChecks()
    {
        foreach (ReportFormat format in new[] { ReportFormat.Format2021, ReportFormat.Format2019 })
        {
            string[] registered = ReportRuleSet.BuiltIn(format).Checks.OfType<GovInfoDisclosure.Schema.Rules.Sets.NarrativeCheck>().Select(c => c.Code).ToArray();
            string[] narrative = RuleCatalogue.All.Where(r => r.Kind == RuleKind.Narrative && r.Formats.Contains(format)).Select(r => r.Code).ToArray();
            Assert.Equal(narrative, registered);
        }

        Assert.Equal(new[] { RuleKind.YearOverYear, RuleKind.Consolidation },
            GovInfoDisclosure.Schema.Rules.Sets.CrossReportChecks.All.Select(c => c.Kind));
        Assert.Equal(RuleCatalogue.All.Where(r => r.Kind is RuleKind.YearOverYear or RuleKind.Consolidation).Select(r => r.Kind).Distinct().OrderBy(k => k),
            GovInfoDisclosure.Schema.Rules.Sets.CrossReportChecks.All.Select(c => c.Kind).OrderBy(k => k));
    }
}
