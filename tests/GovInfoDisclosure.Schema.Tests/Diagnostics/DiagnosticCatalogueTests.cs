using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Generation;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using GovInfoDisclosure.Schema.Tests.Rules;
using GovInfoDisclosure.Schema.Tests.Support;
using FsCheck.Fluent;
using GovInfoDisclosure.Schema.Tests.Properties;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Diagnostics;

/// <summary>The one diagnostic catalogue: every code of every stage, its templates, and the generated page and data.</summary>
public class DiagnosticCatalogueTests
{
    private static string[] ConstantsOf(Type type) => type
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Codes_AreUnique_AndEveryRuleJsonRulesFileAndInputCodeIsListed()
    {
        string[] codes = DiagnosticCatalogue.All.Select(d => d.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Subset(codes.ToHashSet(), RuleCatalogue.All.Select(r => r.Code).ToHashSet());
        Assert.Subset(codes.ToHashSet(), ConstantsOf(typeof(JsonProblemCodes)).ToHashSet());
        Assert.Subset(codes.ToHashSet(), ConstantsOf(typeof(ReportRuleSet.Codes)).ToHashSet());
        Assert.Contains(DiagnosticCatalogue.FileUnreadable, codes);
        Assert.Contains(DiagnosticCatalogue.InternalError, codes);
        Assert.All(DiagnosticCatalogue.All, d => Assert.Same(d, DiagnosticCatalogue.Get(d.Code)));
    }

    [Fact]
    public void RuleCodes_KeepTheirSeverity_AndCrossReportKindsHaveTheirStage()
    {
        foreach (RuleDefinition rule in RuleCatalogue.All)
        {
            DiagnosticDefinition definition = DiagnosticCatalogue.Get(rule.Code);
            Assert.Equal(rule.Severity, definition.Severity);
            Assert.Same(rule, definition.Rule);
            Assert.Equal(rule.Kind is RuleKind.YearOverYear or RuleKind.Consolidation ? DiagnosticStage.CrossReport : DiagnosticStage.Rule, definition.Stage);
        }

        Assert.Equal(DiagnosticStage.Document, DiagnosticCatalogue.Get(JsonProblemCodes.Negative).Stage);
        Assert.Equal(DiagnosticStage.Input, DiagnosticCatalogue.Get(DiagnosticCatalogue.FileUnreadable).Stage);
    }

    /// <summary>The template keys are derived from the catalogue; each key's zh and en templates use the same placeholders.</summary>
    [Fact]
    public void EveryTemplateKey_ZhAndEnShareThePlaceholders()
    {
        var keys = new List<string>();
        foreach (DiagnosticDefinition definition in DiagnosticCatalogue.All)
        {
            foreach (KeyValuePair<string, MessageTemplate> template in definition.Templates)
            {
                keys.Add(template.Key);
                Assert.True(template.Key == definition.Code + ":fail" || template.Key == definition.Code + ":indeterminate", template.Key);
                Assert.Equal(MessageTemplate.PlaceholdersOf(template.Value.Zh).OrderBy(p => p, StringComparer.Ordinal),
                    MessageTemplate.PlaceholdersOf(template.Value.En).OrderBy(p => p, StringComparer.Ordinal));
            }
        }

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("GID-B1:indeterminate", keys);
        Assert.Contains("IMP-ROW-AMBIGUOUS:fail", keys);
    }

    [Fact]
    public void Create_RendersTheCodesTemplate_AndKeepsTheArguments()
    {
        Diagnostic diagnostic = DiagnosticCatalogue.Create(DiagnosticCatalogue.FileUnreadable, DiagnosticOutcome.Fail, null,
            new[] { new DiagnosticArgument("reason", new BilingualText("拒绝访问", "access denied")) });

        Assert.Equal((DiagnosticSeverity.Error, DiagnosticStage.Input), (diagnostic.Severity, diagnostic.Stage));
        Assert.True(diagnostic.TryGetArgument("reason", out BilingualText reason));
        Assert.Equal("access denied", reason.En);
        Assert.DoesNotContain("{reason}", diagnostic.Message.En);
        Assert.True(diagnostic.Location.IsNone);
    }

    [Fact]
    public void DocsCodesMd_IsTheGeneratedPage()
    {
        string committed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "docs", CodesDocumentWriter.FileName));
        Assert.True(CodesDocumentWriter.Write() == committed.Replace("\r\n", "\n"),
            "docs/codes.md is stale: run 'dotnet run --project src/GovInfoDisclosure.Schema.Generation' and commit the result.");
    }

    [Fact]
    public void SchemasDiagnosticCodesJson_IsTheGeneratedData()
    {
        string committed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schemas", CodesDocumentWriter.DataFileName));
        Assert.True(CodesDocumentWriter.WriteData() == committed.Replace("\r\n", "\n"),
            "schemas/diagnostic-codes.json is stale: run 'dotnet run --project src/GovInfoDisclosure.Schema.Generation' and commit the result.");
    }

    /// <summary>Diagnostics of a bad document, of a failing report with huge cells, and of the CLI's input code in one set.</summary>
    [Fact]
    public void DiagnosticsOfEveryStage_GoIntoOneHashSet_WithValueEquality()
    {
        string broken = Fixtures.Json(Fixtures.Pingwu).Replace("\"agency\": \"平武县人民政府办公室\"", "\"agency\": \"\"");
        Assert.NotEqual(Fixtures.Json(Fixtures.Pingwu), broken);
        IReadOnlyList<Diagnostic> problems = ReportJson.Read(System.Text.Encoding.UTF8.GetBytes(broken)).Problems;
        Assert.NotEmpty(problems);

        Report2021 huge = RuleExamples.Pingwu;
        huge = huge with { Applications = huge.Applications with { CarriedOver = huge.Applications.CarriedOver with { NaturalPerson = int.MaxValue, Total = int.MaxValue } } };
        IReadOnlyList<Diagnostic> rules = ReportValidator.Validate(huge).Diagnostics;
        Assert.NotEmpty(rules);

        Diagnostic input = DiagnosticCatalogue.Create(DiagnosticCatalogue.FileUnreadable, DiagnosticOutcome.Fail, null,
            new[] { new DiagnosticArgument("reason", new BilingualText("x", "x")) });

        var all = new HashSet<Diagnostic>(problems.Concat(rules).Append(input));
        Assert.Equal(problems.Count + rules.Count + 1, all.Count);

        // The same findings again are equal and hash alike.
        var again = ReportJson.Read(System.Text.Encoding.UTF8.GetBytes(broken)).Problems.Concat(ReportValidator.Validate(huge).Diagnostics);
        Assert.All(again, d => Assert.Contains(d, all));
        Assert.Equal(new[] { DiagnosticStage.Document, DiagnosticStage.Rule, DiagnosticStage.Input }.OrderBy(s => s),
            all.Select(d => d.Stage).Distinct().OrderBy(s => s));
    }

    public static IEnumerable<object[]> BadDocuments() => new[]
    {
        new object[] { "{\"format\": \"2021\", ", JsonProblemCodes.Syntax },
        new object[] { "{\"format\": 2021}", JsonProblemCodes.UnknownFormat },
        new object[] { "{\"format\": \"2022\"}", JsonProblemCodes.UnknownFormat },
        new object[] { "{\"agency\": \"x\"}", JsonProblemCodes.MissingFormat },
        new object[] { "{\"format\": \"2021\", \"year\": 1900, \"agency\": \"\", \"oops\": 1, \"year\": 2}", JsonProblemCodes.OutOfRange },
        new object[] { "{\"format\": \"2021\", \"year\": 1900, \"agency\": \"\", \"oops\": 1}", JsonProblemCodes.UnknownProperty },
        new object[] { "{\"format\": \"2021\", \"agency\": \"\"}", JsonProblemCodes.EmptyString },
        new object[] { "{\"format\": \"2021\", \"agency\": []}", JsonProblemCodes.WrongType },
        new object[] { "{\"format\": \"2021\"}", JsonProblemCodes.MissingProperty },
    };

    /// <summary>A JSON problem's message is its code's template filled with its arguments: no placeholder left unfilled.</summary>
    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void JsonProblems_AreRenderedFromTheirTemplates(string json, string code)
    {
        IReadOnlyList<Diagnostic> problems = ReportJson.Read(System.Text.Encoding.UTF8.GetBytes(json)).Problems;

        Assert.Contains(problems, p => p.Code == code);
        foreach (Diagnostic problem in problems)
        {
            DiagnosticDefinition definition = DiagnosticCatalogue.Get(problem.Code);
            Assert.Equal((definition.Severity, definition.Stage), (problem.Severity, problem.Stage));
            Assert.Equal(definition.Render(problem.Outcome, problem.Arguments), problem.Message);
            Assert.Subset(problem.Arguments.Select(a => a.Name).ToHashSet(), MessageTemplate.PlaceholdersOf(definition.FailMessage.Zh).ToHashSet());
        }
    }

    private static readonly string?[] Keys = { null, "", "/applications", "naturalPerson", "results/withheld/stateSecret" };

    /// <summary>Equality laws (reflexive, symmetric, hash-consistent) for the location and the template argument.</summary>
    [Fact]
    public void DiagnosticLocation_Laws() => EqualityLaws.Check(
        Gen.Elements(new int?[] { null, 1, 42, int.MaxValue }).SelectMany(line =>
            Gen.Elements(Keys).SelectMany(pointer =>
                Gen.Elements(new long?[] { null, 0, long.MaxValue }).SelectMany(bytePosition =>
                    Gen.Elements(Keys).Select(row => new DiagnosticLocation
                    {
                        Line = line, Column = line, BytePositionInLine = bytePosition, Pointer = pointer, Row = row, ColumnKey = row,
                        Table = line is null ? null : GovInfoDisclosure.Schema.Labels.ReportTable.Applications,
                    })))),
        l => l with { });

    [Fact]
    public void DiagnosticArgument_Laws() => EqualityLaws.Check(
        Gen.Elements("table", "reason", "长").SelectMany(name => Gen.Elements("表三", new string('x', 3000), "").Select(v => new DiagnosticArgument(name, new BilingualText(v, v + "en")))),
        a => new DiagnosticArgument(new string(a.Name.ToCharArray()), new BilingualText(new string(a.Value.Zh.ToCharArray()), new string(a.Value.En.ToCharArray()))));
}
