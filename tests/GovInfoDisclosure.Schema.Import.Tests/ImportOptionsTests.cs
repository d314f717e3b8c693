using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Linq;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Interop;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests;

/// <summary>
/// Issue 10 row 7: options the JSON contract would refuse are refused up front with an <see cref="ArgumentException"/>
/// naming the member, by every entry point; row 9: a statistical period of 1999 is a located error, not a year from
/// elsewhere.
/// </summary>
public class ImportOptionsTests
{
    private const string Linhe = "2024-linhe-district-civil-affairs-bureau";

    public static TheoryData<string, ImportOptions> Refused() => new()
    {
        { "Year", new ImportOptions { Year = int.MaxValue } },
        { "Year", new ImportOptions { Year = -5 } },
        { "Year", new ImportOptions { Year = 1999 } },
        { "Year", new ImportOptions { Year = GovInfoReport.MaximumYear + 1 } },
        { "Agency", new ImportOptions { Agency = string.Empty } },
        { "Agency", new ImportOptions { Agency = "   " } },
        { "Agency", new ImportOptions { Agency = "\u3000\t" } },
        { "Format", new ImportOptions { Format = (ReportFormat)999 } },
        { "SourceKind", new ImportOptions { SourceKind = (ImportSourceKind)999 } },
        { "MaxInputChars", new ImportOptions { MaxInputChars = 0 } },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Issue10_OptionsTheContractWouldRefuse_AreAnArgumentException_AtEveryEntryPoint(string member, ImportOptions options)
    {
        string text = Fixtures.Text(Linhe);
        ArgumentException import = Assert.ThrowsAny<ArgumentException>(() => ReportImporter.Import(text, options));
        ArgumentException interop = Assert.ThrowsAny<ArgumentException>(() => KiroGovCompareJson.Read("{}", options));

        Assert.Equal(("options", typeof(ArgumentException)), (import.ParamName, import.GetType()));
        Assert.Equal(("options", typeof(ArgumentException)), (interop.ParamName, interop.GetType()));
        Assert.StartsWith("ImportOptions." + member + " ", import.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GovInfoReport.MinimumYear)]
    [InlineData(GovInfoReport.MaximumYear)]
    public void Issue10_EveryYearTheContractHolds_IsAccepted_AndTheResultRoundTrips(int year)
    {
        ImportResult result = ReportImporter.Import(Fixtures.Text(Linhe), new ImportOptions { Year = year, Agency = " 某局 " });
        GovInfoReport report = Assert.IsAssignableFrom<GovInfoReport>(result.Report);
        Assert.Equal(year, report.Year);
        Assert.True(ReportJson.Read(ReportJson.Serialize(report)).IsSuccess);
    }

    [Fact]
    public void Issue10_StatisticalPeriodOf1999_IsALocatedError_NeverAYearFromElsewhere()
    {
        string text = Fixtures.Text(Linhe).Replace("2024年1月1日至2024年12月31日", "1999年1月1日至1999年12月31日", StringComparison.Ordinal);
        Assert.Contains("1999年1月1日", text, StringComparison.Ordinal);

        ImportResult result = ReportImporter.Import(text);

        Assert.Null(result.Report);
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((ImportDiagnosticCodes.YearOutOfRange, 1, "/year", 1999m), (error.Code, error.Location.Line!.Value, error.Location.Pointer, error.Actual!.Value));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is ImportDiagnosticCodes.YearInferred or ImportDiagnosticCodes.YearMissing);

        // The caller who knows the year can still import it.
        Assert.Equal(2024, ReportImporter.Import(text, new ImportOptions { Year = 2024 }).Report?.Year);
    }
}
