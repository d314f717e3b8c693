using System;
using System.Linq;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Rules;

/// <summary>The opt-in narrative checks read prose from the document: hostile prose must not make their work grow faster than the prose.</summary>
public class NarrativeRobustnessTests
{
    private static readonly ValidationOptions Narrative = new() { CheckNarrative = true };

    /// <summary>
    /// Work grows in proportion to the prose: ten times the text allocates at most ~10× as much (measured in bytes, not wall
    /// time, so a slow machine cannot fail it), and the outcome is the same as for the short text.
    /// </summary>
    [Theory]
    [InlineData("受理")]
    [InlineData("收到政府信息公开")]
    [InlineData("上年结转")]
    [InlineData("结转下年度")]
    [InlineData("未收到")]
    public void LongRepetitiveOverview_IsCheckedInLinearWork_WithTheSameOutcome(string piece)
    {
        var report = (Report2021)Fixtures.Load(Fixtures.Pingwu);
        GovInfoReport Hostile(int length)
        {
            var text = new StringBuilder();
            while (text.Length < length)
            {
                text.Append(piece);
            }

            return report with { Narrative = report.Narrative! with { Overview = text.ToString(), OtherMatters = text.ToString() } };
        }

        GovInfoReport small = Hostile(40_000), large = Hostile(400_000);
        ReportValidator.Validate(small, Narrative); // warm
        long before = GC.GetAllocatedBytesForCurrentThread();
        ValidationResult smallResult = ReportValidator.Validate(small, Narrative);
        long smallBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        ValidationResult result = ReportValidator.Validate(large, Narrative);
        long largeBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(largeBytes <= 12 * smallBytes + 64 * 1024, $"{piece}: {smallBytes} → {largeBytes} bytes for 10× the prose");
        Assert.True(result.IsValid);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "GID-B8" && d.Outcome == DiagnosticOutcome.Fail);
        Assert.Equal(smallResult.Diagnostics.Select(d => (d.Code, d.Outcome)), result.Diagnostics.Select(d => (d.Code, d.Outcome)));
    }
}
