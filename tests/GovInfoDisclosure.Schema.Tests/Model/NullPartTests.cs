using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Migration;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Model;

/// <summary>
/// A report with a null required part is refused one way by every entry point of the core: an
/// <see cref="ArgumentException"/> for parameter <c>report</c> whose message names the part's JSON Pointer.
/// </summary>
public class NullPartTests
{
    public static IEnumerable<object[]> Broken()
    {
        foreach (string key in Cases().Keys)
        {
            yield return new object[] { key };
        }
    }

    /// <summary>The broken reports, keyed "format part" (the key is the test case's name).</summary>
    private static Dictionary<string, GovInfoReport> Cases()
    {
        var cases = new Dictionary<string, GovInfoReport>(StringComparer.Ordinal);
        foreach (object[] entry in Reports())
        {
            var report = (GovInfoReport)entry[0];
            cases.Add((int)report.Format + " " + (string)entry[1], report);
        }

        return cases;
    }

    private static IEnumerable<object[]> Reports()
    {
        var current = new Report2021 { Agency = "机关", Year = 2024 };
        var legacy = new Report2019 { Agency = "机关", Year = 2020 };
        yield return new object[] { current with { Applications = null! }, "/applications" };
        yield return new object[] { current with { ReconsiderationAndLitigation = null! }, "/reconsiderationAndLitigation" };
        yield return new object[] { current with { ProactiveDisclosure = null! }, "/proactiveDisclosure" };
        yield return new object[] { current with { Applications = current.Applications with { Results = current.Applications.Results with { Withheld = null! } } }, "/applications/results/withheld" };
        yield return new object[] { current with { Applications = current.Applications with { CarriedForward = null! } }, "/applications/carriedForward" };
        yield return new object[] { current with { ReconsiderationAndLitigation = new ReconsiderationAndLitigation { Reconsideration = null! } }, "/reconsiderationAndLitigation/reconsideration" };
        yield return new object[] { legacy with { Applications = null! }, "/applications" };
        yield return new object[] { legacy with { ProactiveDisclosure = legacy.ProactiveDisclosure with { CentralizedProcurement = null! } }, "/proactiveDisclosure/centralizedProcurement" };
        yield return new object[] { legacy with { Applications = legacy.Applications with { Results = legacy.Applications.Results with { OtherHandling = null! } } }, "/applications/results/otherHandling" };
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void EveryEntryPoint_NullPart_IsArgumentExceptionNamingThePart(string key)
    {
        GovInfoReport report = Cases()[key];
        string part = key.Substring(key.IndexOf(' ') + 1);
        GovInfoReport valid = report.Format == ReportFormat.Format2021 ? new Report2021 { Year = report.Year - 1 } : new Report2019 { Year = report.Year - 1 };
        var entryPoints = new (string Name, Action Call)[]
        {
            ("Validate", () => ReportValidator.Validate(report)),
            ("Validate blank-as-zero", () => ReportValidator.Validate(report, new GovInfoDisclosure.Schema.Diagnostics.ValidationOptions { BlankAsZero = true })),
            ("CompareYears current", () => CrossReportValidator.CompareYears(valid, report)),
            ("CompareYears previous", () => CrossReportValidator.CompareYears(report, valid with { Year = report.Year + 1 })),
            ("CompareYears not consecutive", () => CrossReportValidator.CompareYears(report, valid)),
            ("CheckConsolidated", () => CrossReportValidator.CheckConsolidated(report, new GovInfoReport?[] { valid })),
            ("CheckConsolidated part", () => CrossReportValidator.CheckConsolidated(valid, new GovInfoReport?[] { report })),
            ("Sum", () => ReportConsolidation.Sum(new[] { valid with { Year = report.Year }, report })),
            ("Serialize", () => ReportJson.Serialize(report)),
            ("SerializeToUtf8Bytes", () => ReportJson.SerializeToUtf8Bytes(report)),
            ("ToCurrent", () => ReportMigrator.ToCurrent(report)),
            ("Read", () => ReportCells.Read(report)),
            ("ThrowIfIncomplete", () => ReportCells.ThrowIfIncomplete(report)),
        };

        foreach ((string name, Action call) in entryPoints)
        {
            ArgumentException ex = Assert.Throws<ArgumentException>(call);
            Assert.True(ex.ParamName == "report", name + ": " + ex.ParamName);
            Assert.True(ex.Message.Contains("part " + part + " is null", StringComparison.Ordinal), name + ": " + ex.Message);
        }
    }

    [Fact]
    public void CompleteReport_IsNotRefused()
    {
        ReportCells.ThrowIfIncomplete(new Report2021 { Year = 2024 });
        ReportCells.ThrowIfIncomplete(new Report2019 { Year = 2020 } with { Narrative = null, PublishedOn = null });
    }
}
