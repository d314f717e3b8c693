using GovInfoDisclosure.Schema.Diagnostics;
using System.Linq;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests;

/// <summary>Helpers shared by the import tests: run an import and assert on codes and pointers, never on prose.</summary>
internal static class ImportAssert
{
    public const string Linxia = "2025-linxia-county-petitions-bureau";
    public const string Legacy = "2020-county-petitions-bureau-legacy-layout";
    public const string Pingwu = "2024-pingwu-county-government-office";
    public const string Huarong = "2025-huarong-district-bureau";
    public const string Linhe = "2024-linhe-district-civil-affairs-bureau";

    /// <summary>A sample text with one exact piece replaced (the piece must occur).</summary>
    public static string Edit(string sample, string find, string replace)
    {
        string text = Fixtures.Text(sample);
        Assert.Contains(find, text);
        return text.Replace(find, replace);
    }

    public static Report2021 Current(ImportResult result) => Assert.IsType<Report2021>(result.Report);

    public static Report2019 Legacy2019(ImportResult result) => Assert.IsType<Report2019>(result.Report);

    public static Diagnostic Single(ImportResult result, string code) => Assert.Single(Templated(result).Diagnostics, d => d.Code == code);

    public static void Has(ImportResult result, string code, string? pointer = null) =>
        Assert.Contains(Templated(result).Diagnostics, d => d.Code == code && (pointer is null || d.Location.Pointer == pointer));

    public static void Lacks(ImportResult result, string code) => Assert.DoesNotContain(Templated(result).Diagnostics, d => d.Code == code);

    /// <summary>
    /// The result, after checking that every import diagnostic in it is its code's template filled with exactly the
    /// template's arguments (so every test that asserts a code checks the rendering of all the codes it meets).
    /// </summary>
    public static ImportResult Templated(ImportResult result)
    {
        string[] problems = result.Diagnostics
            .Where(d => d.Stage is DiagnosticStage.Import or DiagnosticStage.Input)
            .SelectMany(Diagnostics.ImportMessageTemplateTests.TemplateProblems)
            .ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        return result;
    }

    public static void NoErrors(ImportResult result) =>
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

    public static void NoWarningsOrErrors(ImportResult result) =>
        Assert.True(result.Diagnostics.All(d => d.Severity == DiagnosticSeverity.Info),
            string.Join("\n", result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info)));
}
