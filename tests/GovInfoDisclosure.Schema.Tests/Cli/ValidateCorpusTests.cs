using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Cli.Corpus;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli;

/// <summary><c>govinfo validate</c> on directories and JSON Lines files, and <c>govinfo generate</c>.</summary>
public sealed class ValidateCorpusTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("govinfo-corpus-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (int ExitCode, string Out, string Error) Run(params string[] args) => RunWithInput(Array.Empty<byte>(), args);

    private (int ExitCode, string Out, string Error) RunWithInput(byte[] stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(stdin), _directory);
        int exitCode = CommandLine.Run(args, console);
        return (exitCode, output.ToString(), error.ToString());
    }

    private string Write(string relativePath, string content) => Write(relativePath, Encoding.UTF8.GetBytes(content));

    private string Write(string relativePath, byte[] content)
    {
        string path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return relativePath;
    }

    private static string Compact(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static JsonElement[] JsonLines(string output) => Lines(output).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    private string Generate(string name, int count, int seed = 1, int broken = 30)
    {
        var generator = new CorpusGenerator((ulong)seed, broken);
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append(generator.Line(i).Line).Append('\n');
        }

        return Write(name, text.ToString());
    }

    [Fact]
    public void Directory_IsWalkedRecursively_InNameOrder_JsonJsonLinesAndPublishedReports()
    {
        Write("b/z.json", Fixtures.Json(Fixtures.Pingwu));
        Write("b/a/y.json", Fixtures.Json(Fixtures.Legacy));
        Write("a.json", "{\"format\":\"2030\"}");
        Write("c.jsonl", Compact(Fixtures.Json(Fixtures.Pingwu)) + "\n\n" + "not json\n");
        Write("b/notes.txt", "not a report");
        Write("b/README", "{}");

        var (exitCode, output, error) = Run("validate", "--json", ".");

        Assert.Equal(ExitCodes.Unreadable, exitCode);
        JsonElement[] lines = JsonLines(output);
        Assert.Equal(
            new[] { Path.Combine(".", "a.json"), Path.Combine(".", "b", "a", "y.json"), Path.Combine(".", "b", "notes.txt"), Path.Combine(".", "b", "z.json"), Path.Combine(".", "c.jsonl"), Path.Combine(".", "c.jsonl") },
            lines.Select(l => l.GetProperty("file").GetString()));
        Assert.Equal(new bool[] { false, true, false, true, true, false }, lines.Select(l => l.GetProperty("valid").GetBoolean()));
        Assert.Equal("IMP-NOT-A-REPORT", lines[2].GetProperty("diagnostics").EnumerateArray().Last().GetProperty("code").GetString());
        Assert.Equal(new[] { 1L, 3L }, lines.Skip(4).Select(l => l.GetProperty("line").GetInt64()));
        Assert.False(lines[0].TryGetProperty("line", out _));
        Assert.Equal("summary: 6 read, 3 valid, 0 invalid, 3 unreadable", Lines(error)[0]);
    }

    private void WriteGlobTree()
    {
        Write("reports/2023/a.json", Fixtures.Json(Fixtures.Pingwu));
        Write("reports/2023/a-draft.json", Fixtures.Json(Fixtures.Pingwu));
        Write("reports/2023/old/b.json", Fixtures.Json(Fixtures.Legacy));
        Write("reports/2024/C.JSON", Fixtures.Json(Fixtures.Legacy));
        Write("reports/2024/d.jsonl", Compact(Fixtures.Json(Fixtures.Pingwu)) + "\n");
        Write("reports/2024/notes.xml", "<x/>");
    }

    private static string[] Files(string jsonOutput) => JsonLines(jsonOutput).Select(l => l.GetProperty("file").GetString()!.Replace('\\', '/')).ToArray();

    [Theory]
    [InlineData(new[] { "--include", "*.json" }, new[] { "reports/2023/a-draft.json", "reports/2023/a.json", "reports/2023/old/b.json", "reports/2024/C.JSON" })]
    [InlineData(new[] { "--include", "2024/**" }, new[] { "reports/2024/C.JSON", "reports/2024/d.jsonl" })]
    [InlineData(new[] { "--include=reports/2023/*.json" }, new[] { "reports/2023/a-draft.json", "reports/2023/a.json" })]
    [InlineData(new[] { "--exclude", "*draft*", "--exclude", "old" }, new[] { "reports/2023/a.json", "reports/2024/C.JSON", "reports/2024/d.jsonl" })]
    [InlineData(new[] { "--include", "*.{json,xml}", "--exclude", "**/old/**" }, new[] { "reports/2023/a-draft.json", "reports/2023/a.json", "reports/2024/C.JSON" })]
    public void IncludeExclude_ChooseAmongTheSupportedFiles(string[] globs, string[] expected)
    {
        WriteGlobTree();

        var (exitCode, output, error) = Run(new[] { "validate", "--json", "reports" }.Concat(globs).ToArray());

        Assert.Equal(ExitCodes.Valid, exitCode);
        Assert.Equal(expected, Files(output));
        Assert.StartsWith($"summary: {expected.Length} read, {expected.Length} valid", error);
    }

    [Fact]
    public void IncludeExclude_ApplyToFilesNamedOnTheCommandLine_NotToStandardInput()
    {
        WriteGlobTree();

        var (exitCode, output, _) = Run("validate", "--json", "--exclude", "*draft*", "reports/2023/a-draft.json", "reports/2023/a.json");

        Assert.Equal(ExitCodes.Valid, exitCode);
        Assert.Equal(new[] { "reports/2023/a.json" }, Files(output));

        var (stdinExit, stdinOutput, _) = RunWithInput(Encoding.UTF8.GetBytes(Fixtures.Json(Fixtures.Pingwu)), "validate", "--json", "--include", "*.pdf", "-");
        Assert.Equal(ExitCodes.Valid, stdinExit);
        Assert.Equal(new[] { "-" }, Files(stdinOutput));
    }

    [Fact]
    public void IncludeExclude_LeavingNothing_SaysSoWithTheGlobs_AndExits2()
    {
        WriteGlobTree();

        var (exitCode, output, error) = Run("validate", "--lang", "en", "reports", "--include", "*.pdf", "--exclude", "x");

        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Equal(string.Empty, output.Replace("summary: 0 read, 0 valid, 0 invalid, 0 unreadable", string.Empty).Trim());
        Assert.Contains("govinfo validate: no report found in reports (directories are searched for *.json, *.jsonl and published reports: *.pdf, *.docx, *.html, *.txt, *.md; only files allowed by --include *.pdf --exclude x).", error);
    }

    [Theory]
    [InlineData("--include", "[abc", "the --include pattern '[abc' is malformed: a '[' has no matching ']'.")]
    [InlineData("--exclude", "{a,b", "the --exclude pattern '{a,b' is malformed: a '{' has no matching '}'.")]
    public void MalformedGlob_IsAUsageError(string option, string glob, string message)
    {
        WriteGlobTree();

        var (exitCode, output, error) = Run("validate", "--lang", "en", "reports", option, glob);

        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error);
    }

    [Fact]
    public void TotalBytes_IsTheSizeOfTheFilesTheRunReads()
    {
        WriteGlobTree();
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, () => Stream.Null, _directory);
        Assert.True(PathFilter.TryCreate(new[] { "*.json" }, new[] { "old" }, out PathFilter? filter, out _));

        long? total = CorpusInputs.TotalBytes(new[] { "reports" }, console, filter, default);

        long expected = new[] { "reports/2023/a.json", "reports/2023/a-draft.json", "reports/2024/C.JSON" }.Sum(f => new FileInfo(Path.Combine(_directory, f)).Length);
        Assert.Equal(expected, total);
        Assert.Equal(expected, CorpusInputs.Enumerate(new[] { "reports" }, false, console, 1 << 20, filter).Sum(d => d.Size));
        Assert.Null(CorpusInputs.TotalBytes(new[] { "reports", "-" }, console, filter, default));
    }

    [Fact]
    public void JsonLines_Human_NamesFileAndLine_AndOneBadLineNeverStopsTheOthers()
    {
        string good = Compact(Fixtures.Json(Fixtures.Pingwu));
        string negative = good.Replace("\"carriedOver\":{\"naturalPerson\":0", "\"carriedOver\":{\"naturalPerson\":-1");
        Assert.NotEqual(good, negative);
        Write("corpus.jsonl", string.Join("\r\n", "\u0000\u0001garbage", good, "", negative, "{\"format\":\"2021\",", good));

        var (exitCode, output, _) = Run("validate", "corpus.jsonl");

        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains("corpus.jsonl:1: unreadable — 1 problem", output);
        Assert.Contains("corpus.jsonl:2: valid — format 2021, 平武县人民政府办公室, 2024", output);
        Assert.Contains("corpus.jsonl:4: invalid — 1 problem", output);
        Assert.Contains("  JSON-NEGATIVE /applications/carriedOver/naturalPerson (byte ", output);
        Assert.Contains("corpus.jsonl:5: unreadable — 1 problem", output);
        Assert.Contains("corpus.jsonl:6: valid", output);
        Assert.Contains("summary: 5 read, 2 valid, 1 invalid, 2 unreadable", output);
        Assert.Matches(@"\n  JSON-NEGATIVE\s+fail\s+1\s+indeterminate\s+0\n", output);
    }

    [Fact]
    public void Json_SummaryGoesToStandardError_OutputIsOneObjectPerDocument()
    {
        string corpus = Generate("g.jsonl", 300);

        var (exitCode, output, error) = Run("validate", "--json", corpus);

        JsonElement[] lines = JsonLines(output);
        Assert.Equal(300, lines.Length);
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), lines.Select(l => l.GetProperty("line").GetInt64()));
        Assert.DoesNotContain("summary", output);
        Assert.StartsWith("summary: 300 read, ", error);
        Assert.Equal(ExitCodes.Unreadable, exitCode);
    }

    [Fact]
    public void Verdicts_MatchWhatTheGeneratorMade_AndTheSummaryCountsThem()
    {
        var generator = new CorpusGenerator(3, 40);
        string corpus = Generate("g.jsonl", 1000, seed: 3, broken: 40);

        var (_, output, error) = Run("validate", "--json", corpus);

        JsonElement[] lines = JsonLines(output);
        int valid = 0, invalid = 0, unreadable = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            GeneratedKind kind = generator.Line(i).Kind;
            bool isValid = lines[i].GetProperty("valid").GetBoolean();
            bool isReport = lines[i].GetProperty("format").ValueKind != JsonValueKind.Null;
            Assert.Equal(kind == GeneratedKind.Valid, isValid);
            Assert.Equal(kind is GeneratedKind.Valid or GeneratedKind.RuleBroken, isReport);
            _ = kind switch { GeneratedKind.Valid => valid++, GeneratedKind.Unreadable => unreadable++, _ => invalid++ };
        }

        Assert.Equal($"summary: 1000 read, {valid} valid, {invalid} invalid, {unreadable} unreadable", Lines(error)[0]);
    }

    [Fact]
    public void Output_IsTheSameForAnyNumberOfThreads()
    {
        string corpus = Generate("g.jsonl", 1500, seed: 9);
        Write("dir/one.json", Fixtures.Json(Fixtures.Pingwu));
        Write("dir/two.json", "[]");

        var one = Run("validate", "--jobs", "1", corpus, "dir");
        var four = Run("validate", "--jobs", "4", corpus, "dir");
        var jsonOne = Run("validate", "--json", "--jobs", "1", corpus, "dir");
        var jsonThree = Run("validate", "--json", "--jobs", "3", corpus, "dir");

        Assert.Equal(one, four);
        Assert.Equal(jsonOne, jsonThree);
        Assert.Equal(1502, JsonLines(jsonOne.Out).Length);
    }

    [Fact]
    public void StandardInput_AsJsonLines()
    {
        byte[] stdin = Encoding.UTF8.GetBytes(Compact(Fixtures.Json(Fixtures.Pingwu)) + "\n" + Compact(Fixtures.Json(Fixtures.Legacy)) + "\n");

        var (exitCode, output, _) = RunWithInput(stdin, "validate", "--jsonl", "-");

        Assert.Equal(ExitCodes.Valid, exitCode);
        Assert.Contains("-:1: valid — format 2021", output);
        Assert.Contains("-:2: valid — format 2019", output);
    }

    [Fact]
    public void JsonLinesFlag_ReadsAnyFileAsLines()
    {
        Write("reports.txt", Compact(Fixtures.Json(Fixtures.Pingwu)) + "\n" + Compact(Fixtures.Json(Fixtures.Pingwu)));

        Assert.Equal(ExitCodes.Unreadable, Run("validate", "reports.txt").ExitCode);
        var (exitCode, output, _) = Run("validate", "--jsonl", "reports.txt");
        Assert.Equal(ExitCodes.Valid, exitCode);
        Assert.Contains("summary: 2 read, 2 valid", output);
    }

    [Fact]
    public void LineOverTheSizeLimit_IsRefused_AndTheNextLineIsRead()
    {
        var content = new MemoryStream();
        content.Write(Encoding.UTF8.GetBytes("{\"format\":\"2021\",\"agency\":\""));
        content.Write(Enumerable.Repeat((byte)'x', ReportReadOptions.DefaultMaxDocumentBytes).ToArray());
        content.Write(Encoding.UTF8.GetBytes("\"}"));
        long firstLine = content.Length;
        content.Write(Encoding.UTF8.GetBytes("\n" + Compact(Fixtures.Json(Fixtures.Pingwu)) + "\n"));
        string file = Write("big.jsonl", content.ToArray());

        var (exitCode, output, _) = Run("validate", "--json", file);

        Assert.Equal(ExitCodes.Unreadable, exitCode);
        JsonElement[] lines = JsonLines(output);
        Assert.Equal(2, lines.Length);
        Assert.Equal(JsonProblemCodes.TooLarge, lines[0].GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Contains($"The document is {firstLine} bytes",
            lines[0].GetProperty("diagnostics")[0].GetProperty("message").GetProperty("en").GetString());
        Assert.True(lines[1].GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void MissingPaths_AreUnreadable_AndTheOthersGoOn()
    {
        var (exitCode, output, _) = Run("validate", "--json", "missing.jsonl", "missing-dir/", Fixtures.JsonPath(Fixtures.Pingwu));

        Assert.Equal(ExitCodes.Unreadable, exitCode);
        JsonElement[] lines = JsonLines(output);
        Assert.Equal(new[] { "FILE-UNREADABLE", "FILE-UNREADABLE" }, lines.Take(2).Select(l => l.GetProperty("diagnostics")[0].GetProperty("code").GetString()));
        Assert.True(lines[2].GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void EmptyDirectory_ReadsNothing_AndIsNotASuccess()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "empty"));
        var (exitCode, output, _) = Run("validate", "empty");
        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Equal("summary: 0 read, 0 valid, 0 invalid, 0 unreadable", output.Trim());
    }

    [Fact]
    public void LinkToADirectory_IsNotFollowed()
    {
        Write("real/r.json", Fixtures.Json(Fixtures.Pingwu));
        Directory.CreateSymbolicLink(Path.Combine(_directory, "real", "loop"), Path.Combine(_directory, "real"));

        var (exitCode, output, _) = Run("validate", "real");

        Assert.Equal(ExitCodes.Valid, exitCode);
        Assert.Contains("summary: 1 read, 1 valid", output);
    }

    [Theory]
    [InlineData("--jobs")]
    [InlineData("--jobs", "0")]
    [InlineData("--jobs", "65")]
    [InlineData("--jobs", "two")]
    public void BadJobs_IsAUsageError(params string[] options)
    {
        var (exitCode, _, error) = Run(new[] { "validate" }.Concat(options).Append("x.json").ToArray());
        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains("--jobs needs a whole number from 1 to 64", error);
    }

    [Fact]
    public void Generate_WritesTheCorpusOfTheSeed()
    {
        var (exitCode, output, _) = Run("generate", "--count", "25", "--seed", "4", "--broken", "50");

        Assert.Equal(ExitCodes.Valid, exitCode);
        var generator = new CorpusGenerator(4, 50);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => generator.Line(i).Line), Lines(output));
        Assert.Equal(1000, Lines(Run("generate").Out).Length);
    }

    [Theory]
    [InlineData("--count")]
    [InlineData("--count", "-1")]
    [InlineData("--count", "1000000001")]
    [InlineData("--seed", "x")]
    [InlineData("--broken", "101")]
    [InlineData("extra")]
    public void Generate_BadArguments_AreUsageErrors(params string[] arguments)
    {
        var (exitCode, output, error) = Run(new[] { "generate" }.Concat(arguments).ToArray());
        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Usage: govinfo generate", error);
    }
}
