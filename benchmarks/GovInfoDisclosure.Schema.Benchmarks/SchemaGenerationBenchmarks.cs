using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Schema.Generation;
using GovInfoDisclosure.Schema.JsonSchemas;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Benchmarks;

/// <summary>
/// Schema generation (build time: <c>dotnet run --project src/GovInfoDisclosure.Schema.Generation</c>) against reading the
/// embedded published schema (what a consumer of the package does).
/// </summary>
[MemoryDiagnoser]
public class SchemaGenerationBenchmarks
{
    /// <summary>Reading the published schema embedded in the package.</summary>
    [Benchmark(Baseline = true)]
    public string ReadEmbedded() => ReportSchemas.GetJson(ReportFormat.Format2021);

    /// <summary>NJsonSchema's raw draft-04 output for the record types.</summary>
    [Benchmark]
    public string GenerateDraft04() => ReportSchemaGenerator.GenerateDraft04(ReportFormat.Format2021);

    /// <summary>The published schema: draft-04 output rewritten to 2020-12 and labelled from the catalogue.</summary>
    [Benchmark]
    public string GeneratePublished() => ReportSchemaGenerator.Generate(ReportFormat.Format2021);
}
