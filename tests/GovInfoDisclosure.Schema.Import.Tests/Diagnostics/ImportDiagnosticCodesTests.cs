using GovInfoDisclosure.Schema.Diagnostics;
using System.Linq;
using System.Reflection;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Diagnostics;

/// <summary>The code catalogue: every constant has a severity, codes are unique and stable in form.</summary>
public class ImportDiagnosticCodesTests
{
    private static readonly string[] Constants = typeof(ImportDiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Constants_AreUniqueAndPrefixed()
    {
        Assert.Equal(Constants.Length, Constants.Distinct().Count());
        Assert.All(Constants, code => Assert.Matches("^IMP-[A-Z]+(-[A-Z]+)*$", code));
    }

    [Fact]
    public void All_ListsExactlyTheConstants()
    {
        Assert.Equal(Constants.OrderBy(c => c), ImportDiagnosticCodes.All.Keys.OrderBy(c => c));
    }

    [Fact]
    public void SeverityOf_UnknownCode_Throws() =>
        Assert.Throws<System.ArgumentException>(() => ImportDiagnosticCodes.SeverityOf("IMP-NOPE"));

    [Fact]
    public void Diagnostic_RawText_CutAtLimit()
    {
        Diagnostic diagnostic = DiagnosticCatalogue.Create(ImportDiagnosticCodes.RowAmbiguous, DiagnosticOutcome.Fail, null,
            System.Array.Empty<DiagnosticArgument>(), rawText: new string('x', 500));

        Assert.Equal(Diagnostic.MaxRawTextLength + 1, diagnostic.RawText!.Length);
    }

    [Fact]
    public void EveryImportCode_IsInTheOneCatalogue_WithStageImportOrInput()
    {
        foreach (string code in Constants)
        {
            DiagnosticDefinition definition = DiagnosticCatalogue.Get(code);
            Assert.Equal(ImportDiagnosticCodes.SeverityOf(code), definition.Severity);
            Assert.Contains(definition.Stage, new[] { DiagnosticStage.Import, DiagnosticStage.Input });
        }
    }

    /// <summary>A diagnostic built from its template: the message is the catalogue's template filled with its arguments.</summary>
    [Fact]
    public void FooterDropped_IsRenderedFromItsTemplate_WithTypedCount()
    {
        ImportResult result = ReportImporter.Import(Fixtures.Text("2025-huarong-district-bureau"));

        Diagnostic footer = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.FooterDropped);
        Assert.True(footer.TryGetArgument("lines", out BilingualText lines));
        Assert.Equal(footer.Actual!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), lines.En);
        Assert.True(footer.Actual > 0);
        Assert.Equal(DiagnosticCatalogue.Get(footer.Code).Render(footer.Outcome, footer.Arguments), footer.Message);
        Assert.Equal((DiagnosticSeverity.Info, DiagnosticStage.Import, 398), (footer.Severity, footer.Stage, footer.Location.Line!.Value));
    }
}
