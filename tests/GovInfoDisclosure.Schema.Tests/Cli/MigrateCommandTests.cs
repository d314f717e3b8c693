using System.IO;
using System.Linq;
using System.Text.Json;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Migration;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli;

public class MigrateCommandTests
{
    private static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = CommandLine.Run(args, new CliConsole(output, error, () => Stream.Null, Directory.GetCurrentDirectory()));
        return (exitCode, output.ToString(), error.ToString());
    }

    private static readonly string Legacy = Fixtures.JsonPath("2020-county-petitions-bureau-legacy-layout");

    /// <summary>2 approximate, 17 dropped and 26 not-carried fields (see ReportMigratorTests).</summary>
    private const int ExpectedNoteCount = 45;

    [Fact]
    public void Migrate_WritesTheCurrentReport_AndNotesToStandardError()
    {
        var (exitCode, output, error) = Run("migrate", Legacy);
        Assert.Equal(ExitCodes.Valid, exitCode);
        var report = Assert.IsType<Report2021>(ReportJson.Deserialize(output));
        Assert.Equal(ReportMigrator.ToCurrent(ReportJson.Deserialize(Fixtures.Json("2020-county-petitions-bureau-legacy-layout"))).Report, report);
        string[] lines = error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ExpectedNoteCount, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("dropped") && l.Contains("/proactiveDisclosure/centralizedProcurement/amount"));
        Assert.Contains(lines, l => l.StartsWith("not-carried") && l.Contains("/applications/results/otherHandling/overdueFee/total"));
    }

    [Fact]
    public void Migrate_Json_HoldsReportAndNotes()
    {
        var (exitCode, output, _) = Run("migrate", Legacy, "--json");
        Assert.Equal(ExitCodes.Valid, exitCode);
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.Equal("2021", document.RootElement.GetProperty("report").GetProperty("format").GetString());
        JsonElement[] notes = document.RootElement.GetProperty("notes").EnumerateArray().ToArray();
        Assert.Equal(ExpectedNoteCount, notes.Length);
        JsonElement made = notes.Single(n => n.GetProperty("source").GetString() == "/proactiveDisclosure/normativeDocuments/newlyMade");
        Assert.Equal("approximate", made.GetProperty("kind").GetString());
        Assert.Equal(1, made.GetProperty("sourceValue").GetInt32());
        Assert.Contains("§4", made.GetProperty("reason").GetProperty("en").GetString());
    }

    [Fact]
    public void Migrate_CurrentReport_IsUnchanged()
    {
        var (exitCode, output, error) = Run("migrate", Fixtures.JsonPath("2024-pingwu-county-government-office"));
        Assert.Equal(ExitCodes.Valid, exitCode);
        Assert.Equal(Fixtures.Json("2024-pingwu-county-government-office"), output.TrimEnd('\n'));
        Assert.Contains("already in the current format", error);
    }

    [Fact]
    public void Migrate_Unreadable_ExitsTwo()
    {
        var (exitCode, _, error) = Run("migrate", "no-such-file.json");
        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains("no-such-file.json", error);
        Assert.Equal(ExitCodes.Unreadable, Run("migrate").ExitCode);
        Assert.Equal(ExitCodes.Unreadable, Run("migrate", Legacy, "--bogus").ExitCode);
    }
}
