using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Rules;

/// <summary>The opt-in narrative checks read prose from the document: hostile prose must not make them slow.</summary>
public class NarrativeRobustnessTests
{
    private static readonly ValidationOptions Narrative = new() { CheckNarrative = true };

    [Theory]
    [InlineData("受理")]
    [InlineData("收到政府信息公开")]
    [InlineData("上年结转")]
    [InlineData("结转下年度")]
    [InlineData("未收到")]
    public void LongRepetitiveOverview_IsCheckedInLinearTime(string piece)
    {
        var report = (Report2021)Fixtures.Load(Fixtures.Pingwu);
        var text = new StringBuilder();
        while (text.Length < 400_000)
        {
            text.Append(piece);
        }

        GovInfoReport hostile = report with { Narrative = report.Narrative! with { Overview = text.ToString(), OtherMatters = text.ToString() } };
        var watch = Stopwatch.StartNew();
        ValidationResult result = ReportValidator.Validate(hostile, Narrative);
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{piece}: {watch.Elapsed}");
        Assert.True(result.IsValid);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "GID-B8" && d.Outcome == DiagnosticOutcome.Fail);
    }
}
