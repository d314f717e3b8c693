using GovInfoDisclosure.Schema.Diagnostics;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Interop;
using GovInfoDisclosure.Schema.Import.Tests.Properties;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;
using Xunit;
using static GovInfoDisclosure.Schema.Import.Tests.ImportAssert;

namespace GovInfoDisclosure.Schema.Import.Tests.Interop;

/// <summary>The table JSON of KIROGOVCOMPARE, read and written.</summary>
public class KiroGovCompareJsonTests
{
    [Fact]
    public void Read_SectionsDocument_MapsEveryTable()
    {
        string json = Fixtures.File2("kirogovcompare/report.json");

        ImportResult result = KiroGovCompareJson.Read(json);

        Assert.True(KiroGovCompareJson.LooksLikeKiroGovCompare(json));
        Report2021 report = Current(result);
        Assert.Equal(("某市生态环境局", 2024), (report.Agency, report.Year));
        Assert.Equal(new DocumentCounts { Issued = 3, Repealed = 2, InForce = 7 }, report.ProactiveDisclosure.NormativeDocuments);
        Has(result, ImportDiagnosticCodes.CellTextNumber, "/proactiveDisclosure/normativeDocuments/issued");
        Assert.Equal(CountCell.FromMark("/"), report.ProactiveDisclosure.AdministrativePenalty.Decisions);
        Assert.Equal(CountCell.Blank, report.ProactiveDisclosure.AdministrativeEnforcement.Decisions);
        Assert.Equal(1.5m, report.ProactiveDisclosure.AdministrativeFees.Amount.Value);
        Assert.Equal((11, 5, 16), (report.Applications.NewlyReceived.NaturalPerson.Value, report.Applications.NewlyReceived.CommercialEnterprise.Value,
            report.Applications.NewlyReceived.Total.Value));
        Assert.Equal(16, report.Applications.Results.Total.Total.Value);
        Assert.Equal(1, report.ReconsiderationAndLitigation.Reconsideration.Upheld.Value);
        Assert.Equal("2024年,我局推进政务公开。", report.Narrative!.Overview);
        Assert.Equal("无。", report.Narrative.OtherMatters);
    }

    [Fact]
    public void Read_BadCells_LeftBlankWithCodes()
    {
        ImportResult result = KiroGovCompareJson.Read(Fixtures.File2("kirogovcompare/report.json"));

        const string After = "/reconsiderationAndLitigation/litigationAfterReconsideration/";
        Has(result, ImportDiagnosticCodes.InteropWrongType, After + "upheld");
        Has(result, ImportDiagnosticCodes.CellNegative, After + "corrected");
        Has(result, ImportDiagnosticCodes.CellNotInteger, After + "otherOutcome");
        CaseOutcomes outcomes = Current(result).ReconsiderationAndLitigation.LitigationAfterReconsideration;
        Assert.Equal((CellKind.Blank, CellKind.Blank, CellKind.Blank, 0), (outcomes.Upheld.Kind, outcomes.Corrected.Kind, outcomes.OtherOutcome.Kind, outcomes.Pending.Value!.Value));
    }

    [Theory]
    [InlineData("not json", ImportDiagnosticCodes.InteropInvalidJson)]
    [InlineData("[1,2]", ImportDiagnosticCodes.InteropInvalidJson)]
    [InlineData("{\"foo\":1}", ImportDiagnosticCodes.NotAReport)]
    [InlineData("{\"tableData\":{}}", ImportDiagnosticCodes.YearMissing)]
    public void Read_NotADocument_NoReport(string json, string code)
    {
        ImportResult result = KiroGovCompareJson.Read(json);

        Assert.Null(result.Report);
        Has(result, code);
    }

    [Fact]
    public void Read_YearFromOptions_WhenDocumentHasNone()
    {
        ImportResult result = KiroGovCompareJson.Read("{\"tableData\":{}}", new ImportOptions { Year = 2023 });

        Assert.Equal(2023, Current(result).Year);
    }

    [Fact]
    public void Write_Sample_UsesItsPaths()
    {
        var report = (Report2021)ReportJson.Deserialize(Fixtures.Json(Pingwu));

        using JsonDocument json = JsonDocument.Parse(KiroGovCompareJson.Write(report));

        JsonElement root = json.RootElement;
        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        Assert.Equal(5, root.GetProperty("tableData").GetProperty("legalPerson").GetProperty("commercial").GetProperty("newReceived").GetInt32());
        Assert.Equal(7, root.GetProperty("tableData").GetProperty("total").GetProperty("results").GetProperty("unableToProvide").GetProperty("noInfo").GetInt32());
        Assert.Equal(1, root.GetProperty("tableData").GetProperty("total").GetProperty("results").GetProperty("carriedForward").GetInt32());
        Assert.Equal(7, root.GetProperty("activeDisclosureData").GetProperty("normativeDocuments").GetProperty("valid").GetInt32());
        Assert.Equal(0, root.GetProperty("reviewLitigationData").GetProperty("litigationPostReview").GetProperty("unfinished").GetInt32());
    }

    [Property(MaxTest = 100)]
    public Property WriteThenRead_GivesBackTheTables() =>
        Prop.ForAll(ReportGenerators.Report2021().ToArbitrary(), generated =>
        {
            // The shape has no place for local subtotals, the sign-off or the prose of 二–四; compare what it carries.
            Report2021 report = WithoutLocalAdditions(generated) with { Narrative = null, PublishedOn = null };

            ImportResult result = KiroGovCompareJson.Read(KiroGovCompareJson.Write(report));

            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(report, result.Report);
        });

    private static Report2021 WithoutLocalAdditions(Report2021 report)
    {
        static Applicants Plain(Applicants a) => a with { LegalPersonSubtotal = null };
        ApplicationTable2021 a = report.Applications;
        ApplicationResults2021 r = a.Results;
        return report with
        {
            Applications = new ApplicationTable2021
            {
                NewlyReceived = Plain(a.NewlyReceived),
                CarriedOver = Plain(a.CarriedOver),
                CarriedForward = Plain(a.CarriedForward),
                Results = new ApplicationResults2021
                {
                    Granted = Plain(r.Granted),
                    PartiallyGranted = Plain(r.PartiallyGranted),
                    Total = Plain(r.Total),
                    Withheld = new WithheldResults
                    {
                        StateSecret = Plain(r.Withheld.StateSecret), ProhibitedByLaw = Plain(r.Withheld.ProhibitedByLaw),
                        EndangersSafetyOrStability = Plain(r.Withheld.EndangersSafetyOrStability), ThirdPartyRights = Plain(r.Withheld.ThirdPartyRights),
                        InternalAffairs = Plain(r.Withheld.InternalAffairs), ProcessInformation = Plain(r.Withheld.ProcessInformation),
                        LawEnforcementFiles = Plain(r.Withheld.LawEnforcementFiles), AdministrativeQuery = Plain(r.Withheld.AdministrativeQuery),
                    },
                    UnableToProvide = new UnableToProvideResults
                    {
                        NotHeld = Plain(r.UnableToProvide.NotHeld), NeedsCreation = Plain(r.UnableToProvide.NeedsCreation),
                        UnclearAfterCorrection = Plain(r.UnableToProvide.UnclearAfterCorrection),
                    },
                    NotProcessed = new NotProcessedResults
                    {
                        PetitionOrComplaint = Plain(r.NotProcessed.PetitionOrComplaint), Duplicate = Plain(r.NotProcessed.Duplicate),
                        Publication = Plain(r.NotProcessed.Publication), ExcessiveRepeated = Plain(r.NotProcessed.ExcessiveRepeated),
                        ConfirmationOfObtained = Plain(r.NotProcessed.ConfirmationOfObtained),
                    },
                    OtherHandling = new OtherHandlingResults
                    {
                        OverdueCorrection = Plain(r.OtherHandling.OverdueCorrection), OverdueFee = Plain(r.OtherHandling.OverdueFee),
                        Other = Plain(r.OtherHandling.Other),
                    },
                },
            },
        };
    }
}
