using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Migration;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Benchmarks;

/// <summary>Migration of the legacy sample (国办公开办函〔2019〕60号 layout) to the current format, with its per-field notes.</summary>
[MemoryDiagnoser]
public class MigrationBenchmarks
{
    private GovInfoReport _legacy = null!;
    private byte[] _utf8 = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "2020-county-petitions-bureau-legacy-layout.json"));
        _legacy = ReportJson.Deserialize(_utf8);
    }

    /// <summary>A parsed legacy report to the current format.</summary>
    [Benchmark(Baseline = true)]
    public MigrationResult Migrate() => ReportMigrator.ToCurrent(_legacy);

    /// <summary>What <c>govinfo migrate</c> does: read, migrate, write.</summary>
    [Benchmark]
    public byte[] ReadMigrateWrite() => ReportJson.SerializeToUtf8Bytes(ReportMigrator.ToCurrent(ReportJson.Deserialize(_utf8)).Report);
}
