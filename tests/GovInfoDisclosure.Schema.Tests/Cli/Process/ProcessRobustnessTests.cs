using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Cli.Commands;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli.Process;

/// <summary>
/// Issue 10, rows 1–4 and 8, run as written against the real <c>govinfo</c> process: closed and full standard streams,
/// devices, pipes, FIFOs and symlinks in a corpus folder, a closed standard input, a file name in GBK bytes. Each ends
/// within the timeout with its documented exit code and one line that says why — never a stack trace or exit 134.
/// </summary>
public sealed class ProcessRobustnessTests : IDisposable
{
    private const long MiB = 1024 * 1024;

    private readonly string _directory = Directory.CreateTempSubdirectory("govinfo-process-").FullName;

    public ProcessRobustnessTests()
    {
        File.WriteAllText(Path.Combine(_directory, "good.json"), Fixtures.Json(Fixtures.Pingwu));
        File.WriteAllText(Path.Combine(_directory, "not-a-report.txt"), "hello\n");
    }

    // rm, not Directory.Delete: .NET cannot name a file whose name is not UTF-8.
    public void Dispose() => Shell("/", $"rm -rf '{_directory}'");

    private GovinfoProcess.Result Run(string redirections, params string[] args) => GovinfoProcess.Run(_directory, redirections, args);

    /// <summary>The whole text is one line starting with <paramref name="start"/>: no stack trace, no second message.</summary>
    private static void AssertOneLine(string text, string start)
    {
        string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "expected one line, got:\n" + text);
        Assert.StartsWith(start, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", text, StringComparison.Ordinal);
    }

    private static void Shell(string directory, string command)
    {
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { WorkingDirectory = directory, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = System.Diagnostics.Process.Start(start)!;
        Assert.True(process.WaitForExit(10_000), command);
        Assert.Equal(0, process.ExitCode);
    }

    [LinuxFact]
    public void Validate_StandardOutputIsAFullDisk_ExitsOutputFailed_WithOneLineOnStandardError()
    {
        GovinfoProcess.Result r = Run("> /dev/full", "validate", "good.json");
        Assert.Equal(ExitCodes.OutputFailed, r.ExitCode);
        AssertOneLine(r.Error, "govinfo: cannot write to standard output: No space left on device");
    }

    [LinuxFact]
    public void Validate_StandardOutputClosed_ExitsOutputFailed_WithOneLineOnStandardError()
    {
        GovinfoProcess.Result r = Run(">&-", "validate", "good.json");
        Assert.Equal(ExitCodes.OutputFailed, r.ExitCode);
        AssertOneLine(r.Error, "govinfo: cannot write to standard output: it is closed");
    }

    [LinuxFact]
    public void Import_StandardErrorIsAFullDisk_ExitsOutputFailed_WithOneLineOnStandardOutput()
    {
        GovinfoProcess.Result r = Run("2> /dev/full", "import", "not-a-report.txt");
        Assert.Equal(ExitCodes.OutputFailed, r.ExitCode);
        AssertOneLine(r.Out, "govinfo: cannot write to standard error: No space left on device");
    }

    [LinuxFact]
    public void Import_StandardErrorClosed_ExitsOutputFailed_WithOneLineOnStandardOutput()
    {
        GovinfoProcess.Result r = Run("2>&-", "import", "not-a-report.txt");
        Assert.Equal(ExitCodes.OutputFailed, r.ExitCode);
        AssertOneLine(r.Out, "govinfo: cannot write to standard error: it is closed");
    }

    [LinuxFact]
    public void Generate_TwentyThousandReportsToAFullDisk_ExitsOutputFailed()
    {
        GovinfoProcess.Result r = Run("> /dev/full", "generate", "--count", "20000");
        Assert.Equal(ExitCodes.OutputFailed, r.ExitCode);
        AssertOneLine(r.Error, "govinfo: cannot write to standard output: No space left on device");
    }

    [LinuxFact]
    public void ValidateCorpusRun_ToAFullDisk_StopsWithOutputFailed()
    {
        string corpus = Path.Combine(_directory, "corpus");
        Directory.CreateDirectory(corpus);
        for (int i = 0; i < 40; i++)
        {
            File.WriteAllText(Path.Combine(corpus, $"r{i:D2}.json"), Fixtures.Json(Fixtures.Pingwu));
        }

        GovinfoProcess.Result r = Run("> /dev/full", "validate", "--json", "--jobs", "2", "corpus");
        Assert.Equal(ExitCodes.OutputFailed, r.ExitCode);
        AssertOneLine(r.Error, "govinfo: cannot write to standard output: No space left on device");
    }

    [LinuxFact]
    public void DevZero_ForEveryVerbThatReadsAFile_IsRefusedAfterTheLimit()
    {
        var cases = new (string[] Args, string Expected)[]
        {
            (new[] { "import", "/dev/zero" }, $"govinfo import: cannot read '/dev/zero': larger than {InputText.MaxBytes} bytes"),
            (new[] { "render", "/dev/zero", "--as", "html" }, $"govinfo render: cannot read '/dev/zero': larger than {InputText.MaxBytes} bytes"),
            (new[] { "migrate", "/dev/zero" }, JsonProblemCodes.TooLarge),
            (new[] { "compare", "/dev/zero", "good.json" }, JsonProblemCodes.TooLarge),
            (new[] { "validate", "/dev/zero" }, JsonProblemCodes.TooLarge),
        };
        foreach ((string[] args, string expected) in cases)
        {
            GovinfoProcess.Result r = GovinfoProcess.Run(_directory, string.Empty, args, timeout: TimeSpan.FromSeconds(30));
            Assert.Equal((args[0], ExitCodes.Unreadable), (args[0], r.ExitCode));
            Assert.Contains(expected, r.Out + r.Error, StringComparison.Ordinal);
        }
    }

    [LinuxFact]
    public void HundredMegabytesOnAPipe_AreRefused_AfterReadingAtMostTheLimitPlusThePipeBuffer()
    {
        GovinfoProcess.Result validate = GovinfoProcess.Run(_directory, string.Empty, new[] { "validate", "-" }, input: 100 * MiB);
        Assert.Equal(ExitCodes.Unreadable, validate.ExitCode);
        Assert.Contains(JsonProblemCodes.TooLarge, validate.Out, StringComparison.Ordinal);
        Assert.True(validate.BytesWrittenToInput < ReportReadOptions.DefaultMaxDocumentBytes + MiB, $"{validate.BytesWrittenToInput} bytes taken");

        GovinfoProcess.Result import = GovinfoProcess.Run(_directory, string.Empty, new[] { "import", "-" }, input: 100 * MiB, inputByte: (byte)'x');
        Assert.Equal(ExitCodes.Unreadable, import.ExitCode);
        Assert.Contains($"larger than {InputText.MaxBytes} bytes", import.Error, StringComparison.Ordinal);
        Assert.True(import.BytesWrittenToInput < InputText.MaxBytes + MiB, $"{import.BytesWrittenToInput} bytes taken");
    }

    [LinuxFact]
    public void CorpusFolder_WithAFifoAndALinkToDevZero_NeverOpensThem_AndPrintsEveryResultAndTheSummary()
    {
        string corpus = Path.Combine(_directory, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "a.json"), Fixtures.Json(Fixtures.Pingwu));
        File.WriteAllText(Path.Combine(corpus, "d.json"), Fixtures.Json(Fixtures.Pingwu));
        Shell(corpus, "mkfifo b.json && ln -s /dev/zero c.json && mkfifo e.jsonl");

        GovinfoProcess.Result r = GovinfoProcess.Run(_directory, string.Empty, new[] { "validate", "--json", "corpus" }, timeout: TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.Unreadable, r.ExitCode);
        JsonElement[] lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
        Assert.Equal(new[] { "a.json", "b.json", "c.json", "d.json", "e.jsonl" }, lines.Select(l => Path.GetFileName(l.GetProperty("file").GetString())));
        Assert.Equal(new[] { true, false, false, true, false }, lines.Select(l => l.GetProperty("valid").GetBoolean()));
        Assert.Equal(ValidateCommand.FileUnreadable, lines[1].GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Contains("a named pipe (FIFO)", lines[1].GetProperty("diagnostics")[0].GetProperty("message").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Contains("a character device", lines[2].GetProperty("diagnostics")[0].GetProperty("message").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Contains("a named pipe (FIFO)", lines[4].GetProperty("diagnostics")[0].GetProperty("message").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("summary: 5 read, 2 valid, 0 invalid, 3 unreadable", r.Error, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void StandardInputClosed_IsAClearError_ForEveryVerbThatReadsIt_NeverAHang()
    {
        var cases = new[]
        {
            new[] { "validate", "-" },
            new[] { "validate", "--jsonl", "-" },
            new[] { "import", "-" },
            new[] { "migrate", "-" },
            new[] { "render", "-", "--as", "html" },
            new[] { "compare", "-", "good.json" },
        };
        foreach (string[] args in cases)
        {
            GovinfoProcess.Result r = GovinfoProcess.Run(_directory, "<&-", args, timeout: TimeSpan.FromSeconds(30));
            Assert.Equal((string.Join(' ', args), ExitCodes.Unreadable), (string.Join(' ', args), r.ExitCode));
            Assert.Contains("standard input is closed", r.Out + r.Error, StringComparison.Ordinal);
        }
    }

    [LinuxFact]
    public void StandardInputIsATerminal_IsAClearError_NotAWaitForTyping()
    {
        // script(1) runs govinfo on a new pseudo-terminal, whose input nobody types into.
        Assert.True(File.Exists("/usr/bin/script"), "script(1) (util-linux) is needed to give govinfo a terminal");
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/script")
        {
            WorkingDirectory = _directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        foreach (string arg in new[] { "-q", "-e", "-c", GovinfoProcess.Command + " import -", "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        System.Threading.Tasks.Task<string> output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("govinfo import - on a terminal waited for input.");
        }

        process.WaitForExit();
        Assert.Equal(ExitCodes.Unreadable, process.ExitCode);
        Assert.Contains("govinfo import: cannot read '-': standard input is a terminal", output.Result, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void FileNameInGbkBytes_InACorpusFolder_IsRead_AndReportedByAnEscapedName()
    {
        string corpus = Path.Combine(_directory, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "good.json"), Fixtures.Json(Fixtures.Pingwu));

        // 测试 in GBK: B2 E2 CA D4 — not UTF-8, so no .NET string names the file.
        Shell(corpus, "cp good.json \"$(printf '\\262\\342\\312\\324').json\" && mkdir sub && tr -d '\\n' < good.json > \"sub/$(printf '\\262\\342').jsonl\""
            + " && mkdir \"$(printf '\\262\\342')dir\" && cp good.json \"$(printf '\\262\\342')dir/\"");

        GovinfoProcess.Result r = GovinfoProcess.Run(_directory, string.Empty, new[] { "validate", "--json", "corpus" }, timeout: TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.Valid, r.ExitCode);
        JsonElement[] lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
        Assert.Equal(new[] { "corpus/\\xB2\\xE2\\xCA\\xD4.json", "corpus/\\xB2\\xE2dir/good.json", "corpus/good.json", "corpus/sub/\\xB2\\xE2.jsonl" },
            lines.Select(l => l.GetProperty("file").GetString()));
        Assert.All(lines, l => Assert.True(l.GetProperty("valid").GetBoolean(), l.ToString()));
    }
}
