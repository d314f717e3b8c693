using System;
using System.Diagnostics;
using System.IO;
using GovInfoDisclosure.Cli;
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
        reporter.Update(summary, 100);
        Assert.Equal(string.Empty, output.ToString());

        now = Stopwatch.Frequency; // one second later
        AddValid(summary);
        reporter.Update(summary, 200);
        now += Stopwatch.Frequency / 2;
        reporter.Update(summary, 300); // half a second later: nothing
        Assert.Equal("\rgovinfo validate: 2 read: 2 valid, 0 invalid, 0 unreadable  2/s\u001b[K", output.ToString());

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
            reporter.Update(summary, second);
        }

        reporter.Finish();
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain("\r", output.ToString());
        Assert.Equal("govinfo validate: 3 read: 3 valid, 0 invalid, 0 unreadable  1/s", lines[2]);
    }

    [Fact]
    public void WithTheTotal_ShowsBarShareAndTimeLeft()
    {
        long now = 0;
        var output = new StringWriter();
        var reporter = new ProgressReporter(output, inPlace: false, TimeSpan.FromSeconds(1), () => now);
        reporter.SetTotal(4000);
        var summary = new CorpusSummary();
        for (int i = 0; i < 1500; i++)
        {
            AddValid(summary);
        }

        now = 10 * Stopwatch.Frequency; // a quarter of the bytes in 10 s: 30 s left
        reporter.Update(summary, 1000);
        Assert.Equal("govinfo validate: [#####...............] 25%  1,500 read: 1,500 valid, 0 invalid, 0 unreadable  150/s  ETA 0:30" + Environment.NewLine,
            output.ToString());
    }

    [Fact]
    public void Chinese_AndExport_AndDoneBeyondTheTotal()
    {
        long now = 0;
        var output = new StringWriter();
        var reporter = new ProgressReporter(output, inPlace: false, TimeSpan.FromSeconds(1), () => now, CliLanguage.Chinese, "export");
        reporter.SetTotal(100);
        now = 2 * Stopwatch.Frequency;
        reporter.Update(7, 1, 150); // more bytes than walked (a file grew): 100 %, no estimate
        Assert.Equal("govinfo export：[####################] 100%  已写 7 份报告，跳过 1  4 份/秒" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void UnknownTotal_NoBarNoEstimate()
    {
        long now = 0;
        var output = new StringWriter();
        var reporter = new ProgressReporter(output, inPlace: false, TimeSpan.FromSeconds(1), () => now, CliLanguage.English, "export");
        reporter.SetTotal(null);
        now = Stopwatch.Frequency;
        reporter.Update(1, 0, 10);
        Assert.Equal("govinfo export: 1 report written  1/s" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void InPlace_IsCutToTheTerminalWidth_CountingWideCharactersTwice()
    {
        long now = 0;
        var output = new StringWriter();
        var reporter = new ProgressReporter(output, inPlace: true, TimeSpan.FromSeconds(1), () => now, CliLanguage.Chinese, "validate", columns: 30);
        var summary = new CorpusSummary();
        AddValid(summary);
        now = Stopwatch.Frequency;
        reporter.Update(summary, 1);
        string line = output.ToString().TrimStart('\r').Replace("\u001b[K", string.Empty);
        Assert.True(ProgressReporter.DisplayWidth(line) <= 29, line);
        Assert.StartsWith("govinfo validate：已读 1", line);
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(0.2, "0:01")]
    [InlineData(59, "0:59")]
    [InlineData(61, "1:01")]
    [InlineData(3600, "1:00:00")]
    [InlineData(3725, "1:02:05")]
    public void FormatDuration_MinutesSecondsThenHours(double seconds, string expected) =>
        Assert.Equal(expected, ProgressReporter.FormatDuration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void NoUpdateAfterTheInterval_NothingAtAll()
    {
        var output = new StringWriter();
        var reporter = new ProgressReporter(output, inPlace: true, TimeSpan.FromSeconds(1), () => 0);
        reporter.Update(new CorpusSummary(), 0);
        reporter.Finish();
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public void Start_NeverWithQuiet_AndOnlyWhenAskedOrByDefault()
    {
        var quiet = new CliConsole(TextWriter.Null, TextWriter.Null, () => Stream.Null, Path.GetTempPath()).With(CliLanguage.English, quiet: true);
        Assert.Null(ProgressReporter.Start(quiet, requested: true, onByDefault: true, "validate", new[] { "-" }, PathFilter.Everything));
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, () => Stream.Null, Path.GetTempPath());
        Assert.Null(ProgressReporter.Start(console, requested: null, onByDefault: false, "validate", new[] { "-" }, PathFilter.Everything));
        Assert.Null(ProgressReporter.Start(console, requested: false, onByDefault: true, "validate", new[] { "-" }, PathFilter.Everything));
        ProgressReporter? started = ProgressReporter.Start(console, requested: true, onByDefault: false, "validate", new[] { "-" }, PathFilter.Everything);
        Assert.NotNull(started);
        started!.Finish();
    }
}
