using System;
using GovInfoDisclosure.Schema.Import.Interop;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Rendering;

/// <summary>The renderers and the interop refuse a null required part as the core does (never fill it in).</summary>
public class NullPartTests
{
    [Theory]
    [InlineData("/applications")]
    [InlineData("/reconsiderationAndLitigation")]
    [InlineData("/applications/results/notProcessed")]
    public void RenderersAndInterop_NullPart_AreArgumentExceptionNamingThePart(string part)
    {
        var valid = new Report2021 { Agency = "机关", Year = 2024 };
        Report2021 report = part switch
        {
            "/applications" => valid with { Applications = null! },
            "/reconsiderationAndLitigation" => valid with { ReconsiderationAndLitigation = null! },
            _ => valid with { Applications = valid.Applications with { Results = valid.Applications.Results with { NotProcessed = null! } } },
        };

        var calls = new (string Name, Action Call)[]
        {
            ("markdown", () => ReportMarkdownRenderer.Render(report)),
            ("markdown table", () => ReportMarkdownRenderer.RenderTable(report, ReportTable.ProactiveDisclosure)),
            ("html", () => ReportHtmlRenderer.Render(report)),
            ("html table", () => ReportHtmlRenderer.RenderTable(report, ReportTable.ProactiveDisclosure)),
            ("kirogovcompare", () => KiroGovCompareJson.Write(report)),
        };

        foreach ((string name, Action call) in calls)
        {
            ArgumentException ex = Assert.Throws<ArgumentException>(call);
            Assert.True(ex.ParamName == "report", name + ": " + ex.ParamName);
            Assert.True(ex.Message.Contains("part " + part + " is null", StringComparison.Ordinal), name + ": " + ex.Message);
        }
    }

    [Fact]
    public void Renderers_LegacyNullPart_AreArgumentException()
    {
        var report = new Report2019 { Year = 2020 } with { ProactiveDisclosure = null! };

        Assert.Throws<ArgumentException>(() => ReportMarkdownRenderer.Render(report));
        Assert.Throws<ArgumentException>(() => ReportHtmlRenderer.Render(report));
    }
}
