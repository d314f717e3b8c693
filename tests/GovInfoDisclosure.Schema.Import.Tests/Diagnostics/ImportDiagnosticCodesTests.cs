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
        var diagnostic = new ImportDiagnostic(ImportDiagnosticCodes.RowAmbiguous, ImportSeverity.Error, ImportLocation.None,
            new GovInfoDisclosure.Schema.Diagnostics.BilingualText("中", "en"), new string('x', 500));

        Assert.Equal(ImportDiagnostic.MaxRawTextLength + 1, diagnostic.RawText!.Length);
    }
}
