using System;
using System.Linq;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Migration;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Migration;

public class ReportMigratorTests
{
    private static Report2019 LegacySample() => (Report2019)ReportJson.Deserialize(Fixtures.Json("2020-county-petitions-bureau-legacy-layout"));

    [Fact]
    public void Carries_CoverEveryFieldOfBothFormatsOnce()
    {
        var carries = ReportMigrator.GetCarries(ReportFormat.Format2019);
        string[] sources = carries.Where(c => c.SourcePointer is not null).Select(c => c.SourcePointer!).ToArray();
        string[] targets = carries.Where(c => c.TargetPointer is not null).Select(c => c.TargetPointer!).ToArray();

        Assert.Equal(LabelCatalogue.Format2019.Fields.Select(f => f.Pointer).Where(p => p != "/format").OrderBy(p => p, StringComparer.Ordinal), sources.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(LabelCatalogue.Format2021.Fields.Select(f => f.Pointer).Where(p => p != "/format").OrderBy(p => p, StringComparer.Ordinal), targets.OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(carries, c => Assert.Equal(c.Kind == CarryKind.Dropped, c.TargetPointer is null));
        Assert.All(carries, c => Assert.Equal(c.Kind == CarryKind.NotCarried, c.SourcePointer is null));
    }

    [Theory]
    [InlineData("/proactiveDisclosure/rules/newlyMade", CarryKind.Approximate, "/proactiveDisclosure/rules/issued")]
    [InlineData("/proactiveDisclosure/normativeDocuments/newlyMade", CarryKind.Approximate, "/proactiveDisclosure/normativeDocuments/issued")]
    [InlineData("/proactiveDisclosure/normativeDocuments/newlyPublished", CarryKind.Dropped, null)]
    [InlineData("/proactiveDisclosure/normativeDocuments/publishedTotal", CarryKind.Dropped, null)]
    [InlineData("/proactiveDisclosure/administrativeLicensing/decisions", CarryKind.Exact, "/proactiveDisclosure/administrativeLicensing/decisions")]
    [InlineData("/proactiveDisclosure/administrativeLicensing/previousYearItems", CarryKind.Dropped, null)]
    [InlineData("/proactiveDisclosure/administrativePenalty/change", CarryKind.Dropped, null)]
    [InlineData("/proactiveDisclosure/otherExternalServices/decisions", CarryKind.Dropped, null)]
    [InlineData("/proactiveDisclosure/administrativeFees/previousYearItems", CarryKind.Dropped, null)]
    [InlineData("/proactiveDisclosure/centralizedProcurement/amount", CarryKind.Dropped, null)]
    [InlineData("/applications/results/otherHandling/naturalPerson", CarryKind.Exact, "/applications/results/otherHandling/subtotal/naturalPerson")]
    [InlineData("/applications/results/withheld/stateSecret/total", CarryKind.Exact, "/applications/results/withheld/stateSecret/total")]
    [InlineData("/reconsiderationAndLitigation/litigationAfterReconsideration/pending", CarryKind.Exact, "/reconsiderationAndLitigation/litigationAfterReconsideration/pending")]
    [InlineData("/narrative/overview", CarryKind.Exact, "/narrative/overview")]
    public void Carry_FollowsTheSpecificationTable(string source, CarryKind kind, string? target)
    {
        FieldCarry carry = ReportMigrator.GetCarries(ReportFormat.Format2019).Single(c => c.SourcePointer == source);
        Assert.Equal(kind, carry.Kind);
        Assert.Equal(target, carry.TargetPointer);
        if (kind == CarryKind.Exact && source == target)
        {
            Assert.Equal("The same field in both formats: copied.", carry.Reason.En);
        }
        else
        {
            // Every other carry cites the row of the specification's migration table that justifies it.
            Assert.Matches("§4 row [0-9]+", carry.Reason.En);
            Assert.Matches("§4 第[0-9]+行", carry.Reason.Zh);
        }
    }

    [Theory]
    [InlineData("/proactiveDisclosure/rules/repealed")]
    [InlineData("/proactiveDisclosure/normativeDocuments/inForce")]
    [InlineData("/proactiveDisclosure/administrativeFees/amount")]
    [InlineData("/applications/results/otherHandling/overdueFee/total")]
    public void NewFields_AreNotCarried(string target)
    {
        FieldCarry carry = ReportMigrator.GetCarries(ReportFormat.Format2019).Single(c => c.TargetPointer == target);
        Assert.Equal(CarryKind.NotCarried, carry.Kind);
    }

    [Fact]
    public void LegacySample_Migrates_WithoutInventingData()
    {
        Report2019 legacy = LegacySample();
        MigrationResult result = ReportMigrator.ToCurrent(legacy);
        Report2021 report = result.Report;

        Assert.Equal(ReportFormat.Format2019, result.SourceFormat);
        Assert.Equal(new[] { ReportFormat.Format2021 }, result.Steps);
        Assert.Equal(legacy.Year, report.Year);
        Assert.Equal(legacy.Agency, report.Agency);
        Assert.Equal(legacy.Narrative, report.Narrative);
        Assert.Equal(legacy.ReconsiderationAndLitigation, report.ReconsiderationAndLitigation);

        // 规范性文件 1 / 1 / 1 → 制发 1 (approximate), 废止 and 现行有效 unknown.
        Assert.Equal(1, report.ProactiveDisclosure.NormativeDocuments.Issued.Value);
        Assert.True(report.ProactiveDisclosure.NormativeDocuments.Repealed.IsBlank);
        Assert.True(report.ProactiveDisclosure.NormativeDocuments.InForce.IsBlank);
        Assert.True(report.ProactiveDisclosure.AdministrativeFees.Amount.IsBlank);
        Assert.Equal(legacy.ProactiveDisclosure.AdministrativePenalty.Decisions, report.ProactiveDisclosure.AdministrativePenalty.Decisions);

        // 表三: everything but (六) is copied; (六) becomes the group subtotal, its three rows blank.
        Assert.Equal(legacy.Applications.NewlyReceived, report.Applications.NewlyReceived);
        Assert.Equal(legacy.Applications.Results.Withheld, report.Applications.Results.Withheld);
        Assert.Equal(legacy.Applications.Results.Total, report.Applications.Results.Total);
        Assert.Equal(legacy.Applications.Results.OtherHandling, report.Applications.Results.OtherHandling.Subtotal);
        Assert.Equal(new Applicants(), report.Applications.Results.OtherHandling.OverdueFee);

        // Notes: exactly the non-exact fields, with the legacy values kept.
        Assert.Equal(result.Fields.Where(f => f.Kind != CarryKind.Exact), result.Notes);
        Assert.Equal(2, result.Notes.Count(n => n.Kind == CarryKind.Approximate));
        Assert.Equal(2 + 2 + 3 + 2 * 3 + 2 + 2, result.Notes.Count(n => n.Kind == CarryKind.Dropped));
        Assert.Equal(2 + 2 + 1 + 3 * 7, result.Notes.Count(n => n.Kind == CarryKind.NotCarried));
        MigrationNote published = result.Notes.Single(n => n.SourcePointer == "/proactiveDisclosure/normativeDocuments/publishedTotal");
        Assert.Equal("1", published.SourceJson);
        Assert.Null(published.TargetPointer);
    }

    [Fact]
    public void MarksAndBlanks_AreCarriedAsTheyAre()
    {
        Report2019 legacy = LegacySample();
        legacy = legacy with
        {
            Applications = legacy.Applications with
            {
                CarriedOver = legacy.Applications.CarriedOver with { NaturalPerson = GovInfoDisclosure.Schema.Cells.CountCell.FromMark("/"), Total = default },
            },
            ProactiveDisclosure = legacy.ProactiveDisclosure with { CentralizedProcurement = new ProcurementSummary { Projects = 2, Amount = 25.1m } },
        };
        MigrationResult result = ReportMigrator.ToCurrent(legacy);
        Assert.Equal("/", result.Report.Applications.CarriedOver.NaturalPerson.Mark);
        Assert.True(result.Report.Applications.CarriedOver.Total.IsBlank);
        Assert.Equal("25.1", result.Notes.Single(n => n.SourcePointer == "/proactiveDisclosure/centralizedProcurement/amount").SourceJson);
    }

    [Fact]
    public void CurrentReport_IsReturnedAsIs()
    {
        var report = (Report2021)ReportJson.Deserialize(Fixtures.Json("2024-pingwu-county-government-office"));
        MigrationResult result = ReportMigrator.ToCurrent(report);
        Assert.Same(report, result.Report);
        Assert.Empty(result.Steps);
        Assert.Empty(result.Fields);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Migration_DoesNotChangeTheSource()
    {
        Report2019 legacy = LegacySample();
        string before = ReportJson.Serialize(legacy);
        ReportMigrator.ToCurrent(legacy);
        Assert.Equal(before, ReportJson.Serialize(legacy));
    }

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 100)]
    public bool AnyLegacyReport_Migrates_CarryingExactlyWhatTheTableSays(GovInfoReport report)
    {
        if (report is not Report2019 legacy)
        {
            return true;
        }

        MigrationResult result = ReportMigrator.ToCurrent(legacy);
        JsonNode source = JsonNode.Parse(ReportJson.Serialize(legacy))!;
        JsonNode target = JsonNode.Parse(ReportJson.Serialize(result.Report))!;
        foreach (MigrationNote note in result.Fields)
        {
            JsonNode? expected = note.Kind == CarryKind.NotCarried ? null : JsonNodes.Get(source, note.SourcePointer!);
            if (note.TargetPointer is not null && !JsonNode.DeepEquals(expected, JsonNodes.Get(target, note.TargetPointer)))
            {
                return false;
            }
        }

        return result.Notes.SequenceEqual(result.Fields.Where(f => f.Kind != CarryKind.Exact))
            && ReportMigrator.ToCurrent(result.Report).Report == result.Report;
    }
}

/// <summary>Migration and validation together: nothing migrated breaks a strict rule that held before.</summary>
public class ReportMigratorValidationTests
{
    [Fact]
    public void LegacySample_MigratesToAReportWithNoErrors()
    {
        var legacy = (Report2019)ReportJson.Deserialize(Fixtures.Json(Fixtures.Legacy));
        GovInfoDisclosure.Schema.Diagnostics.ValidationResult result = GovInfoDisclosure.Schema.Rules.ReportValidator.Validate(ReportMigrator.ToCurrent(legacy).Report);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics.Select(d => d.Code + " " + string.Join(",", d.Paths))));
        Assert.Equal(0, result.ErrorCount);
    }

    [Fact]
    public void AnyValidLegacyReport_MigratesWithoutStrictFailures_AndNotesExactlyTheNonExactFields()
    {
        Prop.ForAll(
            GovInfoDisclosure.Schema.Tests.Rules.ReportGenerators.ValidReport().Where(r => r is Report2019).ToArbitrary(),
            report =>
            {
                MigrationResult migrated = ReportMigrator.ToCurrent(report);
                var result = GovInfoDisclosure.Schema.Rules.ReportValidator.Validate(migrated.Report);
                return result.IsValid
                    && result.Diagnostics.All(d => d.Outcome != GovInfoDisclosure.Schema.Diagnostics.DiagnosticOutcome.Fail)
                    && migrated.Notes.SequenceEqual(migrated.Fields.Where(f => f.Kind != CarryKind.Exact));
            }).QuickCheckThrowOnFailure();
    }
}
