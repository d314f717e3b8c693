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
}
