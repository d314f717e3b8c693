using System;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Benchmarks;

/// <summary>Reading and writing the canonical JSON of the one sample report with non-zero applications.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private byte[] _utf8 = Array.Empty<byte>();
    private GovInfoReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "2024-pingwu-county-government-office.json"));
        _report = ReportJson.Deserialize(_utf8);
    }

    /// <summary>The floor: one pass of the reader over the same bytes, touching every token.</summary>
    [Benchmark(Baseline = true)]
    public int RawReaderPass()
    {
        var reader = new Utf8JsonReader(_utf8);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark]
    public GovInfoReport? Read() => ReportJson.Read(_utf8).Report;

    /// <summary>Reading, then every text of the prose (what a renderer or the narrative checks do): the prose decoded too.</summary>
    [Benchmark]
    public int ReadWithProse()
    {
        ReportNarrative narrative = ReportJson.Read(_utf8).Report!.Narrative!;
        return (narrative.Preamble?.Length ?? 0) + (narrative.Overview?.Length ?? 0) + (narrative.ProactiveDisclosure?.Length ?? 0)
            + (narrative.Applications?.Length ?? 0) + (narrative.ReconsiderationAndLitigation?.Length ?? 0)
            + (narrative.ProblemsAndImprovements?.Length ?? 0) + (narrative.OtherMatters?.Length ?? 0) + (narrative.Closing?.Length ?? 0);
    }

    [Benchmark]
    public byte[] Write() => ReportJson.SerializeToUtf8Bytes(_report);
}
