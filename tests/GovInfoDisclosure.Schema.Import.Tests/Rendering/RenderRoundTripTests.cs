using GovInfoDisclosure.Schema.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Import.Tests.Properties;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Rendering;

/// <summary>Render then import gives back the same report: the samples, and generated reports of both layouts.</summary>
public class RenderRoundTripTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Samples), MemberType = typeof(Fixtures))]
    public void Html_Sample_RoundTrips(string name)
    {
        GovInfoReport report = ReportJson.Deserialize(Fixtures.Json(name));
        AssertRoundTrip(report, ReportHtmlRenderer.Render(report), ImportSourceKind.Html);
    }

    [Theory]
    [MemberData(nameof(Fixtures.Samples), MemberType = typeof(Fixtures))]
    public void Markdown_Sample_RoundTrips(string name)
    {
        GovInfoReport report = ReportJson.Deserialize(Fixtures.Json(name));
        AssertRoundTrip(report, ReportMarkdownRenderer.Render(report), ImportSourceKind.Markdown);
    }

    [Property(MaxTest = 150)]
    public Property Html_GeneratedReport_RoundTrips() =>
        Prop.ForAll(ReportGenerators.Report().ToArbitrary(), report =>
            RoundTrips(report, ReportHtmlRenderer.Render(report)));

    [Property(MaxTest = 150)]
    public Property Markdown_GeneratedReport_RoundTrips() =>
        Prop.ForAll(ReportGenerators.Report().ToArbitrary(), report =>
            RoundTrips(report, ReportMarkdownRenderer.Render(report)));

    private static bool RoundTrips(GovInfoReport report, string rendered)
    {
        ImportResult result = ReportImporter.Import(rendered);
        bool same = result.Report is not null && result.Report.Equals(report) && !result.HasErrors;
        if (!same)
        {
            throw new Xunit.Sdk.XunitException(
                "Round trip differs.\nExpected: " + ReportJson.Serialize(report) + "\nActual:   "
                + (result.Report is null ? "(none)" : ReportJson.Serialize(result.Report)) + "\nDiagnostics:\n"
                + string.Join("\n", result.Diagnostics) + "\nRendered:\n" + rendered);
        }

        return true;
    }

    private static void AssertRoundTrip(GovInfoReport report, string rendered, ImportSourceKind kind)
    {
        ImportResult result = ReportImporter.Import(rendered);
        Assert.Equal(kind, result.SourceKind);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(ReportJson.Serialize(report), ReportJson.Serialize(result.Report!));
        Assert.Equal(report, result.Report);
    }
}
