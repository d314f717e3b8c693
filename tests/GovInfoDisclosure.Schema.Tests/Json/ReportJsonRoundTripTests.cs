using System.Text;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Json;

public class ReportJsonRoundTripTests
{
    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Fixture_RoundTripsByteForByte(string name)
    {
        byte[] bytes = Fixtures.JsonBytes(name);
        ReportReadResult result = ReportJson.Read(bytes);

        Assert.True(result.IsSuccess, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
        Assert.Equal(Encoding.UTF8.GetString(bytes), ReportJson.Serialize(result.Report!));
        Assert.Equal(bytes, ReportJson.SerializeToUtf8Bytes(result.Report!));
        Assert.Equal(result.Report, ReportJson.Read(ReportJson.Serialize(result.Report!)).Report);
    }

    [Theory]
    [InlineData("2020-county-petitions-bureau-legacy-layout", ReportFormat.Format2019, typeof(Report2019))]
    [InlineData("2024-pingwu-county-government-office", ReportFormat.Format2021, typeof(Report2021))]
    public void Read_SelectsTheRecordByFormat(string name, ReportFormat format, System.Type type)
    {
        GovInfoReport report = ReportJson.Deserialize(Fixtures.Json(name));
        Assert.Equal(format, report.Format);
        Assert.IsType(type, report);
    }

    [Fact]
    public void Read_FormatNeedNotComeFirst()
    {
        JsonObject node = JsonNode.Parse(Fixtures.Json("2024-pingwu-county-government-office"))!.AsObject();
        node.Remove("format");
        node["format"] = "2021";
        ReportReadResult result = ReportJson.Read(node.ToJsonString());
        Assert.True(result.IsSuccess, string.Join("\n", result.Problems));
        Assert.Equal(ReportJson.Deserialize(Fixtures.Json("2024-pingwu-county-government-office")), result.Report);
    }

    [Fact]
    public void BlankMarkAndZero_StayDistinct_ThroughJson()
    {
        var report = (Report2021)ReportJson.Deserialize(Fixtures.Json("2024-pingwu-county-government-office"));
        Applicants row = report.Applications.CarriedOver with
        {
            NaturalPerson = CountCell.Blank,
            CommercialEnterprise = CountCell.FromMark("/"),
            ResearchInstitution = 0,
            PublicInterestOrganization = CountCell.FromMark("无"),
            LegalServiceAgency = CountCell.FromMark("—"),
        };
        Report2021 changed = report with { Applications = report.Applications with { CarriedOver = row } };

        string json = ReportJson.Serialize(changed);
        Assert.Contains("\"naturalPerson\": null", json);
        Assert.Contains("\"commercialEnterprise\": \"/\"", json);
        Assert.Contains("\"publicInterestOrganization\": \"无\"", json);
        Assert.Contains("\"legalServiceAgency\": \"—\"", json);

        var back = (Report2021)ReportJson.Deserialize(json);
        Assert.Equal(changed, back);
        Assert.Equal(CellKind.Blank, back.Applications.CarriedOver.NaturalPerson.Kind);
        Assert.Equal("/", back.Applications.CarriedOver.CommercialEnterprise.Mark);
        Assert.Equal(0, back.Applications.CarriedOver.ResearchInstitution.Value);
        Assert.Equal(json, ReportJson.Serialize(back));
    }

    [Fact]
    public void LegalPersonSubtotal_AbsentBlankAndNumber_AreDistinct()
    {
        var report = (Report2021)ReportJson.Deserialize(Fixtures.Json("2024-pingwu-county-government-office"));
        Assert.Null(report.Applications.NewlyReceived.LegalPersonSubtotal);
        Assert.DoesNotContain("legalPersonSubtotal", ReportJson.Serialize(report));

        Report2021 withBlank = report with { Applications = report.Applications with { NewlyReceived = report.Applications.NewlyReceived with { LegalPersonSubtotal = CountCell.Blank } } };
        string blankJson = ReportJson.Serialize(withBlank);
        Assert.Contains("\"legalPersonSubtotal\": null", blankJson);
        var blankBack = (Report2021)ReportJson.Deserialize(blankJson);
        Assert.Equal(CountCell.Blank, blankBack.Applications.NewlyReceived.LegalPersonSubtotal);

        Report2021 withNumber = report with { Applications = report.Applications with { NewlyReceived = report.Applications.NewlyReceived with { LegalPersonSubtotal = 5 } } };
        var numberBack = (Report2021)ReportJson.Deserialize(ReportJson.Serialize(withNumber));
        Assert.Equal((CountCell)5, numberBack.Applications.NewlyReceived.LegalPersonSubtotal);
    }

    [Fact]
    public void GroupSubtotal_RoundTrips_WithBlankLeaves()
    {
        var report = (Report2021)ReportJson.Deserialize(Fixtures.Json("2024-pingwu-county-government-office"));
        var single = new OtherHandlingResults { Subtotal = report.Applications.Results.OtherHandling.OverdueCorrection };
        Report2021 changed = report with { Applications = report.Applications with { Results = report.Applications.Results with { OtherHandling = single } } };

        string json = ReportJson.Serialize(changed);
        var back = (Report2021)ReportJson.Deserialize(json);
        Assert.Equal(changed, back);
        Assert.True(back.Applications.Results.OtherHandling.Other.Total.IsBlank);
        Assert.Equal(2, back.Applications.Results.OtherHandling.Subtotal!.Total.Value);
        Assert.Contains("\"subtotal\": {", json);
    }

    [Fact]
    public void Amount_KeepsDecimalDigits()
    {
        var report = (Report2021)ReportJson.Deserialize(Fixtures.Json("2024-pingwu-county-government-office"));
        Report2021 changed = report with
        {
            ProactiveDisclosure = report.ProactiveDisclosure with { AdministrativeFees = new FeeAmount { Amount = 31.6441m } },
        };
        string json = ReportJson.Serialize(changed);
        Assert.Contains("\"amount\": 31.6441", json);
        Assert.Equal(31.6441m, ((Report2021)ReportJson.Deserialize(json)).ProactiveDisclosure.AdministrativeFees.Amount.Value);
    }

    [Fact]
    public void LegacyNegativeChange_RoundTrips()
    {
        var report = (Report2019)ReportJson.Deserialize(Fixtures.Json("2020-county-petitions-bureau-legacy-layout"));
        Report2019 changed = report with
        {
            ProactiveDisclosure = report.ProactiveDisclosure with
            {
                AdministrativeLicensing = new LegacyItemCounts { PreviousYearItems = 12, Change = -8, Decisions = 3 },
            },
        };
        var back = (Report2019)ReportJson.Deserialize(ReportJson.Serialize(changed));
        Assert.Equal(-8, back.ProactiveDisclosure.AdministrativeLicensing.Change.Value);
        Assert.Equal(changed, back);
    }

    [Fact]
    public void NewReport_InCode_IsAllBlank_AndSerializes()
    {
        var report = new Report2021 { Agency = "某县某局", Year = 2024, PublishedOn = new CalendarDate(2025, 1, 20) };
        string json = ReportJson.Serialize(report);
        Assert.StartsWith("{\n  \"format\": \"2021\",\n  \"agency\": \"某县某局\",\n  \"year\": 2024,\n  \"publishedOn\": \"2025-01-20\",", json);
        Assert.DoesNotContain(": 0", json);
        Assert.Equal(report, ReportJson.Deserialize(json));
    }

    [Fact]
    public void Bom_IsIgnored()
    {
        byte[] bytes = Fixtures.JsonBytes("2025-huarong-district-bureau");
        byte[] withBom = new byte[bytes.Length + 3];
        withBom[0] = 0xEF;
        withBom[1] = 0xBB;
        withBom[2] = 0xBF;
        bytes.CopyTo(withBom, 3);
        Assert.Equal(ReportJson.Read(bytes).Report, ReportJson.Read(withBom).Report);
    }
}
