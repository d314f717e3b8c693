using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Samples;

/// <summary>
/// The fixtures in docs/samples were transcribed by hand from the scraped texts. These tests check the transcription
/// against the texts, independently of any importer.
/// </summary>
public class SampleTranscriptionTests
{
    /// <summary>
    /// Every cell: the numbers printed as table cells between the headings 二 and 五, in reading order, are exactly the
    /// fixture's official cells in the catalogue's order (表二 row by row, 表三 row by row, 表四 left to right).
    /// </summary>
    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void EveryTableCell_MatchesTheSampleText(string name)
    {
        string text = Fixtures.Text(name);
        int start = text.IndexOf("二、主动公开政府信息情况", StringComparison.Ordinal);
        int end = text.IndexOf("五、存在的主要问题及改进情况", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start);
        string[] printed = text.Substring(start, end - start)
            .Split('\n', '|')
            .Select(cell => cell.Trim())
            .Where(cell => Regex.IsMatch(cell, @"^-?\d+(\.\d+)?$"))
            .ToArray();

        GovInfoReport report = ReportJson.Deserialize(Fixtures.Json(name));
        JsonNode json = JsonNode.Parse(ReportJson.Serialize(report))!;
        string[] transcribed = LabelCatalogue.For(report.Format).Fields
            .Where(f => f.IsCell && !f.IsOptional)
            .Select(f => JsonNodes.Get(json, f.Pointer)!.ToJsonString())
            .ToArray();

        Assert.Equal(printed, transcribed);
    }

    [Fact]
    public void Pingwu_HasTheNumbersTheSamplesReadmeLists()
    {
        var report = (Report2021)ReportJson.Deserialize(Fixtures.Json("2024-pingwu-county-government-office"));
        var applications = report.Applications;
        Assert.Equal(new int?[] { 11, 5, 0, 0, 0, 0, 16 }, Row(applications.NewlyReceived));
        Assert.Equal(new int?[] { 1, 0, 0, 0, 0, 0, 1 }, Row(applications.Results.Granted));
        Assert.Equal(new int?[] { 3, 0, 0, 0, 0, 0, 3 }, Row(applications.Results.Withheld.EndangersSafetyOrStability));
        Assert.Equal(new int?[] { 2, 0, 0, 0, 0, 0, 2 }, Row(applications.Results.Withheld.InternalAffairs));
        Assert.Equal(new int?[] { 2, 5, 0, 0, 0, 0, 7 }, Row(applications.Results.UnableToProvide.NotHeld));
        Assert.Equal(new int?[] { 2, 0, 0, 0, 0, 0, 2 }, Row(applications.Results.OtherHandling.OverdueCorrection));
        Assert.Equal(new int?[] { 10, 5, 0, 0, 0, 0, 15 }, Row(applications.Results.Total));
        Assert.Equal(new int?[] { 1, 0, 0, 0, 0, 0, 1 }, Row(applications.CarriedForward));
        Assert.Equal(3, report.ProactiveDisclosure.NormativeDocuments.Issued.Value);
        Assert.Equal(2, report.ProactiveDisclosure.NormativeDocuments.Repealed.Value);
        Assert.Equal(7, report.ProactiveDisclosure.NormativeDocuments.InForce.Value);
        Assert.Equal("平武县人民政府办公室", report.Agency);
        Assert.Equal(2024, report.Year);
        Assert.Equal(new CalendarDate(2025, 1, 21), report.PublishedOn);
    }

    [Theory]
    [InlineData("2025-linxia-county-petitions-bureau", "临夏县信访局", 2025, ReportFormat.Format2021)]
    [InlineData("2020-county-petitions-bureau-legacy-layout", null, 2020, ReportFormat.Format2019)]
    [InlineData("2025-huarong-district-bureau", null, 2025, ReportFormat.Format2021)]
    [InlineData("2024-linhe-district-civil-affairs-bureau", "临河区民政局", 2024, ReportFormat.Format2021)]
    public void Envelope_MatchesTheSampleText(string name, string? agency, int year, ReportFormat format)
    {
        GovInfoReport report = ReportJson.Deserialize(Fixtures.Json(name));
        Assert.Equal(agency, report.Agency);
        Assert.Equal(year, report.Year);
        Assert.Equal(format, report.Format);
    }

    /// <summary>Every narrative text is verbatim: each of its lines stands as a line of the sample text.</summary>
    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Narrative_IsVerbatim(string name)
    {
        HashSet<string> lines = Fixtures.Text(name).Split('\n').Select(l => l.TrimEnd()).ToHashSet();
        ReportNarrative narrative = ReportJson.Deserialize(Fixtures.Json(name)).Narrative!;
        string?[] texts = { narrative.Preamble, narrative.Overview, narrative.ProactiveDisclosure, narrative.Applications, narrative.ReconsiderationAndLitigation, narrative.ProblemsAndImprovements, narrative.OtherMatters, narrative.Closing };
        Assert.Contains(texts, t => t is not null);
        foreach (string line in texts.Where(t => t is not null).SelectMany(t => t!.Split('\n')))
        {
            Assert.Contains(line, lines);
        }
    }

    private static int?[] Row(Applicants row) =>
        new[] { row.NaturalPerson, row.CommercialEnterprise, row.ResearchInstitution, row.PublicInterestOrganization, row.LegalServiceAgency, row.OtherOrganization, row.Total }
            .Select(c => c.Value).ToArray();
}
