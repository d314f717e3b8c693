using System;
using System.Diagnostics;
using System.IO;
using GovInfoDisclosure.Cli.Corpus;
using GovInfoDisclosure.Schema.Diagnostics;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli.Corpus;

public class ProgressReporterTests
{
    private static void AddValid(CorpusSummary summary) =>
        summary.Add(new DocumentOutcome(DocumentVerdict.Valid, Array.Empty<Diagnostic>(), string.Empty));

    [Fact]
    public void InPlace_WritesAtMostOncePerInterval_AndEndsTheLine()
    {
        long now = 0;
        var output = new StringWriter();
        var reporter = new ProgressReporter(output, inPlace: true, TimeSpan.FromSeconds(1), () => now);
        var summary = new CorpusSummary();

        AddValid(summary);
        reporter.Update(summary);
        Assert.Equal(string.Empty, output.ToString());

        now = Stopwatch.Frequency; // one second later
        AddValid(summary);
        reporter.Update(summary);
        now += Stopwatch.Frequency / 2;
        reporter.Update(summary); // half a second later: nothing
        Assert.StartsWith("\rgovinfo validate: 2 read, 2 valid, 0 invalid, 0 unreadable (2/s)", output.ToString());
        Assert.DoesNotContain("\n", output.ToString());

        reporter.Finish();
        Assert.EndsWith("\n", output.ToString());
        Assert.Single(output.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void NotInPlace_WritesWholeLines_AndFinishAddsNothing()
    {
        long now = 0;
        var output = new StringWriter();
        var reporter = new ProgressReporter(output, inPlace: false, TimeSpan.FromSeconds(1), () => now);
        var summary = new CorpusSummary();
        for (int second = 1; second <= 3; second++)
        {
            AddValid(summary);
            now = second * Stopwatch.Frequency;
            reporter.Update(summary);
        }

        reporter.Finish();
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain("\r", output.ToString());
        Assert.StartsWith("govinfo validate: 3 read", lines[2]);
    }

    [Fact]
    public void NoUpdateAfterTheInterval_NothingAtAll()
    {
        var output = new StringWriter();
        var reporter = new ProgressReporter(output, inPlace: true, TimeSpan.FromSeconds(1), () => 0);
        reporter.Update(new CorpusSummary());
        reporter.Finish();
        Assert.Equal(string.Empty, output.ToString());
    }
}
