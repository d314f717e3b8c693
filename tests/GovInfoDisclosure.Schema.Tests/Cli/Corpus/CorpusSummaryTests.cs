using System;
using System.IO;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Cli.Corpus;
using GovInfoDisclosure.Schema.Diagnostics;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli.Corpus;

public class CorpusSummaryTests
{
    private static Diagnostic D(string code, DiagnosticOutcome outcome) =>
        new(code, DiagnosticSeverity.Error, outcome, Array.Empty<string>(), Array.Empty<string>(), null, null, new BilingualText("中", "en"));

    [Fact]
    public void Counts_DocumentsAndCodes_AndKeepsTheHighestExitCode()
    {
        var summary = new CorpusSummary();
        Assert.Equal(ExitCodes.Valid, summary.ExitCode);

        summary.Add(new DocumentOutcome(DocumentVerdict.Valid, new[] { D("GID-B2", DiagnosticOutcome.Indeterminate) }, "a"));
        summary.Add(new DocumentOutcome(DocumentVerdict.Invalid, new[] { D("GID-B1", DiagnosticOutcome.Fail), D("GID-B2", DiagnosticOutcome.Fail) }, "b"));
        Assert.Equal(ExitCodes.Invalid, summary.ExitCode);
        summary.Add(new DocumentOutcome(DocumentVerdict.Unreadable, new[] { D("JSON-SYNTAX", DiagnosticOutcome.Fail) }, "c"));
        summary.Add(new DocumentOutcome(DocumentVerdict.Invalid, new[] { D("GID-B1", DiagnosticOutcome.Fail) }, "d"));

        Assert.Equal((4L, 1L, 2L, 1L), (summary.Read, summary.Valid, summary.Invalid, summary.Unreadable));
        Assert.Equal(ExitCodes.Unreadable, summary.ExitCode);
        Assert.Equal((2L, 0L), summary.CountOf("GID-B1"));
        Assert.Equal((1L, 1L), summary.CountOf("GID-B2"));
        Assert.Equal((0L, 0L), summary.CountOf("GID-C1"));

        var text = new StringWriter();
        summary.Write(text);
        string[] lines = text.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal("summary: 4 read, 1 valid, 2 invalid, 1 unreadable", lines[0]);

        // One line per code, in ordinal order.
        Assert.Equal(new[] { "GID-B1", "GID-B2", "JSON-SYNTAX" }, Array.ConvertAll(lines[1..], l => l.Trim().Split(' ')[0]));
        Assert.Matches(@"^  GID-B2\s+fail\s+1\s+indeterminate\s+1$", lines[2]);
    }
}
