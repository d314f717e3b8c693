using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests;

/// <summary>Every sample of ../shared/samples imports to exactly the fixture of the model issue, without an error.</summary>
public class SampleImportTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Samples), MemberType = typeof(Fixtures))]
    public void Import_Sample_EqualsFixture(string name)
    {
        GovInfoReport expected = ReportJson.Deserialize(Fixtures.Json(name));

        ImportResult result = ReportImporter.Import(Fixtures.Text(name));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotNull(result.Report);
        Assert.Equal(ReportJson.Serialize(expected), ReportJson.Serialize(result.Report!));
        Assert.Equal(expected, result.Report);
    }
}
