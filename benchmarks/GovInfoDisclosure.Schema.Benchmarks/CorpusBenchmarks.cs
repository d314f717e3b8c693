using System;
using System.IO;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Cli.Corpus;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Schema.Benchmarks;

/// <summary>
/// A corpus of 1,000 synthetic reports (<c>govinfo generate --count 1000 --seed 1</c>: 70 % valid, the rest with broken rules,
/// broken JSON contract or not reports at all), one compact document each, checked one after another, and through the whole
/// <c>govinfo validate --json</c> pipeline on one and on two threads.
/// </summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private const int Count = 1000;

    private byte[][] _lines = Array.Empty<byte[]>();
    private string[] _texts = Array.Empty<string>();
    private byte[] _jsonLines = Array.Empty<byte>();
    private NJsonSchema.JsonSchema _schema2021 = null!;
    private NJsonSchema.JsonSchema _schema2019 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var generator = new CorpusGenerator(seed: 1, brokenPercent: 30);
        _texts = new string[Count];
        _lines = new byte[Count][];
        var all = new StringBuilder();
        for (int i = 0; i < Count; i++)
        {
            _texts[i] = generator.Line(i).Line;
            _lines[i] = Encoding.UTF8.GetBytes(_texts[i]);
            all.Append(_texts[i]).Append('\n');
        }

        _jsonLines = Encoding.UTF8.GetBytes(all.ToString());
        _schema2021 = NJsonSchema.JsonSchema.FromJsonAsync(PublishedSchemas.Draft04(ReportFormat.Format2021)).GetAwaiter().GetResult();
        _schema2019 = NJsonSchema.JsonSchema.FromJsonAsync(PublishedSchemas.Draft04(ReportFormat.Format2019)).GetAwaiter().GetResult();
    }

    /// <summary>The floor: one reader pass over every line (a line that is not JSON stops at its first error).</summary>
    [Benchmark(Baseline = true)]
    public int RawReaderPass()
    {
        int tokens = 0;
        foreach (byte[] line in _lines)
        {
            var reader = new Utf8JsonReader(line);
            try
            {
                while (reader.Read())
                {
                    tokens++;
                }
            }
            catch (JsonException)
            {
                tokens++;
            }
        }

        return tokens;
    }

    /// <summary>Read and check every line on one thread: problems or diagnostics for each.</summary>
    [Benchmark]
    public int DeserializeAndValidate()
    {
        int valid = 0;
        foreach (byte[] line in _lines)
        {
            if (ReportJson.Read(line).Report is { } report && ReportValidator.Validate(report).IsValid)
            {
                valid++;
            }
        }

        return valid;
    }

    /// <summary>NJsonSchema on every line against the schema its format names (shape only; a line that is not JSON throws).</summary>
    [Benchmark]
    public int NJsonSchemaValidate()
    {
        int valid = 0;
        foreach (string text in _texts)
        {
            try
            {
                NJsonSchema.JsonSchema schema = text.Contains("\"format\":\"2019\"", StringComparison.Ordinal) ? _schema2019 : _schema2021;
                if (schema.Validate(text).Count == 0)
                {
                    valid++;
                }
            }
            catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or InvalidCastException)
            {
                // A user of NJsonSchema has to catch these: a line that is not JSON, and a number beyond long
                // (NJsonSchema 11.6.2 throws InvalidCastException on the BigInteger token).
            }
        }

        return valid;
    }

    /// <summary><c>govinfo validate --json --jsonl -</c> in process, one worker: reading, checking and writing every line.</summary>
    [Benchmark]
    public int CliPipelineOneThread() => RunCli("1");

    /// <summary>The same on two workers (the machine's cores).</summary>
    [Benchmark]
    public int CliPipelineTwoThreads() => RunCli("2");

    private int RunCli(string jobs)
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, () => new MemoryStream(_jsonLines, writable: false), AppContext.BaseDirectory);
        return GovInfoDisclosure.Cli.CommandLine.Run(new[] { "validate", "--json", "--jsonl", "--jobs", jobs, "-" }, console);
    }
}
