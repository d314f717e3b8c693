using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.BadInput;

/// <summary>Tests that measure the memory of the whole process: they run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessMemoryCollection
{
    public const string Name = "process memory";
}

/// <summary>
/// The bad-input suite of <c>govinfo validate</c>: a corpus of hostile files and lines, each reported with its code and
/// location, in bounded time and memory, and one bad file never stops the others.
/// </summary>
[Collection(ProcessMemoryCollection.Name)]
public sealed class CliBadInputTests : IDisposable
{
    private const long MiB = 1024 * 1024;

    private readonly string _directory = Directory.CreateTempSubdirectory("govinfo-bad-").FullName;

    public CliBadInputTests()
    {
        // The files the arguments property may name.
        Write("good.json", Fixtures.Json(Fixtures.Pingwu));
        Write("bad.json", "{\"format\":\"2021\",\"year\":1e3}");
        Write("bad.jsonl", "[]\n{}\n\u0000\n");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (int ExitCode, string Out, string Error) Run(params string[] args) => RunIn(_directory, Array.Empty<byte>(), args);

    private static (int ExitCode, string Out, string Error) RunIn(string directory, byte[] stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = CommandLine.Run(args, new CliConsole(output, error, () => new MemoryStream(stdin), directory));
        return (exitCode, output.ToString(), error.ToString());
    }

    private void Write(string name, byte[] content) => File.WriteAllBytes(Path.Combine(_directory, name), content);

    private void Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    /// <summary>A file of <paramref name="size"/> zero bytes, sparse on disk: written in no time.</summary>
    private void WriteSparse(string name, long size, byte[]? tail = null)
    {
        using var stream = new FileStream(Path.Combine(_directory, name), FileMode.Create);
        stream.SetLength(size);
        if (tail is not null)
        {
            stream.Seek(0, SeekOrigin.End);
            stream.Write(tail);
        }
    }

    private static JsonElement[] JsonLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    private static int Verdict(byte[] document)
    {
        ReportReadResult read = ReportJson.Read(document);
        return read.Report is { } report
            ? (GovInfoDisclosure.Schema.Rules.ReportValidator.Validate(report).IsValid ? ExitCodes.Valid : ExitCodes.Invalid)
            : GovInfoDisclosure.Cli.Commands.ProblemClass.IsUnreadable(read.Problems) ? ExitCodes.Unreadable : ExitCodes.Invalid;
    }

    private static string Code(JsonElement line) => line.GetProperty("diagnostics")[0].GetProperty("code").GetString()!;

    private static string Path0(JsonElement line) => line.GetProperty("diagnostics")[0].GetProperty("paths") is { ValueKind: JsonValueKind.Array } p && p.GetArrayLength() > 0 ? p[0].GetString()! : "(none)";

    private static T Bounded<T>(Func<T> run, long maxAllocatedBytes, int maxSeconds)
    {
        GC.Collect();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        T result = run();
        Assert.True(clock.Elapsed.TotalSeconds < maxSeconds, $"took {clock.Elapsed.TotalSeconds:F1} s");
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < maxAllocatedBytes, $"allocated {allocated / MiB} MiB");
        return result;
    }

    [Fact]
    public void DirectoryOfHostileFiles_EachGetsItsCodeAndLocation_AndTheGoodOnesStayGood()
    {
        string sample = Fixtures.Json(Fixtures.Pingwu);
        var garbage = new byte[MiB];
        new Random(6).NextBytes(garbage);
        byte[] invalidUtf8 = Encoding.UTF8.GetBytes(sample.Replace("平武县人民政府办公室", "AGENCY"));
        invalidUtf8[Encoding.UTF8.GetString(invalidUtf8).IndexOf("AGENCY", StringComparison.Ordinal)] = 0xFF;

        var expected = new (string File, string Code, string Path)[]
        {
            ("01-empty.json", JsonProblemCodes.Syntax, ""),
            ("02-bom-only.json", JsonProblemCodes.Syntax, ""),
            ("03-garbage.json", JsonProblemCodes.Syntax, ""),
            ("04-invalid-utf8.json", JsonProblemCodes.Syntax, "/agency"),
            ("05-deep.json", JsonProblemCodes.WrongType, ""),
            ("06-beyond-long.json", JsonProblemCodes.OutOfRange, "/applications/carriedOver/total"),
            ("07-float-count.json", JsonProblemCodes.NotAnInteger, "/applications/carriedOver/total"),
            ("08-duplicate.json", JsonProblemCodes.DuplicateProperty, "/year"),
            ("09-wrong-format.json", JsonProblemCodes.UnknownFormat, "/format"),
            ("10-hundred-megabytes.json", JsonProblemCodes.TooLarge, ""),
            ("11-truncated.json", JsonProblemCodes.Syntax, ""),
            ("12-good.json", "valid", ""),
        };
        Directory.CreateDirectory(Path.Combine(_directory, "hostile"));
        Write("hostile/01-empty.json", Array.Empty<byte>());
        Write("hostile/02-bom-only.json", new byte[] { 0xEF, 0xBB, 0xBF });
        Write("hostile/03-garbage.json", garbage);
        Write("hostile/04-invalid-utf8.json", invalidUtf8);
        Write("hostile/05-deep.json", new string('[', 10_000) + new string(']', 10_000));
        Write("hostile/07-float-count.json", ReplaceCarriedOverTotal(sample, "0.5"));
        Write("hostile/08-duplicate.json", sample.Replace("\"year\": 2024,", "\"year\": 2024,\n  \"year\": 2024,"));
        Write("hostile/09-wrong-format.json", sample.Replace("\"format\": \"2021\"", "\"format\": \"2022\""));
        WriteSparse("hostile/10-hundred-megabytes.json", 100 * MiB);
        Write("hostile/11-truncated.json", sample.Substring(0, sample.Length / 2));
        Write("hostile/12-good.json", sample);
        Write("hostile/06-beyond-long.json", ReplaceCarriedOverTotal(sample, "92233720368547758079223372036854775807"));

        var (exitCode, output, _) = Bounded(() => Run("validate", "--json", "hostile"), 200 * MiB, 60);

        Assert.Equal(ExitCodes.Unreadable, exitCode);
        JsonElement[] lines = JsonLines(output);
        Assert.Equal(expected.Select(e => Path.Combine("hostile", e.File)), lines.Select(l => l.GetProperty("file").GetString()));
        for (int i = 0; i < expected.Length; i++)
        {
            if (expected[i].Code == "valid")
            {
                Assert.True(lines[i].GetProperty("valid").GetBoolean());
                continue;
            }

            Assert.Equal((expected[i].File, expected[i].Code, expected[i].Path), (expected[i].File, Code(lines[i]), Path0(lines[i])));
        }
    }

    private static string ReplaceCarriedOverTotal(string sample, string raw)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(sample)!.AsObject();
        JsonNodes.Set(node, "/applications/carriedOver/total", "__RAW__");
        return node.ToJsonString().Replace("\"__RAW__\"", raw);
    }

    [Fact]
    public void JsonLinesWithAHundredMegabyteLine_RefusesIt_InBoundedMemory_AndReadsTheNextLines()
    {
        string good = System.Text.Json.Nodes.JsonNode.Parse(Fixtures.Json(Fixtures.Pingwu))!.ToJsonString();
        Write("head.jsonl", good + "\n");
        WriteSparse("huge.jsonl", 100 * MiB, Encoding.UTF8.GetBytes("\n" + good + "\n" + good));

        var (exitCode, output, error) = Bounded(() => Run("validate", "--json", "head.jsonl", "huge.jsonl"), 64 * MiB, 60);

        Assert.Equal(ExitCodes.Unreadable, exitCode);
        JsonElement[] lines = JsonLines(output);
        Assert.Equal(new[] { true, false, true, true }, lines.Select(l => l.GetProperty("valid").GetBoolean()));
        Assert.Equal(JsonProblemCodes.TooLarge, Code(lines[1]));
        Assert.Equal(1, lines[1].GetProperty("line").GetInt64());
        Assert.Contains($"{100 * MiB} bytes", lines[1].GetProperty("diagnostics")[0].GetProperty("message").GetProperty("en").GetString());
        Assert.Equal(new long[] { 2, 3 }, lines.Skip(2).Select(l => l.GetProperty("line").GetInt64()));
        Assert.StartsWith("summary: 4 read, 3 valid, 0 invalid, 1 unreadable", error);
    }

    [Fact]
    public void HundredMegabyteFile_IsRefusedWithoutBeingRead()
    {
        WriteSparse("huge.json", 100 * MiB);
        var (exitCode, output, _) = Bounded(() => Run("validate", "huge.json"), 16 * MiB, 20);
        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains("JSON-TOO-LARGE (document)", output);
    }

    [Fact]
    public void HundredMegabytesOnStandardInput_IsRefused_InBoundedMemory()
    {
        var stdin = new byte[100 * MiB];
        var (exitCode, output, _) = Bounded(() => RunIn(_directory, stdin, "validate", "-"), 32 * MiB, 20);
        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains("JSON-TOO-LARGE", output);
    }

    public static Arbitrary<string[]> Arguments()
    {
        string[] vocabulary =
        {
            "validate", "rules", "migrate", "schema", "generate", "help", "--version", "--help", "--json", "--jsonl", "--narrative",
            "--blank-as-zero", "--progress", "--jobs", "0", "1", "3", "-1", "abc", "--count", "5", "--seed", "--broken", "101",
            "--format", "2021", "2019", "2030", "-", "--", "missing.json", "missing.jsonl", "bad.json", "bad.jsonl", "good.json",
        };
        Gen<string> token = Gen.Frequency(
            (6, Gen.Elements(vocabulary)),
            // Any other text that cannot name a directory above or around the test's own (a walk of "/" would take long).
            (1, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && s.Any(c => !char.IsDigit(c)) && s.Trim().Length > 0
                && !s.StartsWith('/') && !s.StartsWith('.') && !s.StartsWith('~') && !s.Contains("..", StringComparison.Ordinal))));
        return Gen.ArrayOf(token).Select(a => a.Take(8).ToArray()).ToArbitrary();
    }

    [Property(Arbitrary = new[] { typeof(CliBadInputTests) }, MaxTest = 300)]
    public bool AnyArguments_ToAnyCommand_GiveAnExitCode_NeverAnException(string[] arguments)
    {
        var (exitCode, _, _) = RunIn(_directory, Encoding.UTF8.GetBytes("{\"format\":\"2021\"}\nnot json\n"), arguments);
        return exitCode is ExitCodes.Valid or ExitCodes.Invalid or ExitCodes.Unreadable;
    }

    [Property(MaxTest = 100)]
    public Property JsonLinesOfArbitraryBytes_OneResultPerLine_NeverAnException(byte[][] lines)
    {
        byte[][] clean = (lines ?? Array.Empty<byte[]>()).Select(l => (l ?? Array.Empty<byte>()).Where(b => b != (byte)'\n').ToArray()).ToArray();
        byte[] content = clean.SelectMany(l => l.Append((byte)'\n')).ToArray();
        var (exitCode, output, _) = RunIn(_directory, content, "validate", "--json", "--jsonl", "-");

        // What each line is, judged by the library directly.
        var expected = clean.Select((l, i) => (Line: i + 1L, Bytes: l.Length > 0 && l[^1] == (byte)'\r' ? l[..^1] : l))
            .Where(e => e.Bytes.Any(b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r')))
            .Select(e => (e.Line, Verdict: Verdict(e.Bytes)))
            .ToArray();
        JsonElement[] results = JsonLines(output);
        return (results.Select(r => r.GetProperty("line").GetInt64()).SequenceEqual(expected.Select(e => e.Line))
                && results.All(r => r.GetProperty("file").GetString() == "-")
                && results.Select(r => r.GetProperty("valid").GetBoolean()).SequenceEqual(expected.Select(e => e.Verdict == ExitCodes.Valid))
                && exitCode == expected.Select(e => e.Verdict).DefaultIfEmpty(ExitCodes.Unreadable).Max()) // no line: nothing validated
            .Label(output);
    }
}
