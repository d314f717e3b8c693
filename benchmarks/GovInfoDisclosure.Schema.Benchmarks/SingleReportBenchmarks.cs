using System;
using System.IO;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Schema.Benchmarks;

/// <summary>
/// One realistic report (the sample with non-zero applications, 17 KB with its prose): the reader's floor, reading,
/// validating, both together, and what a user would otherwise reach for: validating the same text against the published
/// JSON Schema, which checks the shape only and none of the arithmetic.
/// </summary>
/// <remarks>Targets (docs/benchmarks.md): DeserializeAndValidate ≥ 10× faster than NJsonSchemaValidate; Validate allocates 0 B;
/// Deserialize within 4× of RawReaderPass.</remarks>
[MemoryDiagnoser]
public class SingleReportBenchmarks
{
    // JsonSchema.Net registers a schema by its $id in a process-wide registry and refuses to register it twice: build it once.
    private static readonly Lazy<global::Json.Schema.JsonSchema> JsonSchemaNet2021 =
        new(() => global::Json.Schema.JsonSchema.FromText(PublishedSchemas.Draft2020(ReportFormat.Format2021)));

    private byte[] _utf8 = Array.Empty<byte>();
    private byte[] _formatLast = Array.Empty<byte>();
    private string _text = string.Empty;
    private GovInfoReport _report = null!;
    private NJsonSchema.JsonSchema _njsonSchema = null!;
    private global::Json.Schema.JsonSchema _jsonSchemaNet = null!;
    private global::Json.Schema.EvaluationOptions _flag = null!;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "2024-pingwu-county-government-office.json"));
        _text = Encoding.UTF8.GetString(_utf8);

        // The same document with "format" last: the reader's general path (the discriminator is looked for first).
        _formatLast = Encoding.UTF8.GetBytes(_text.Replace("\n  \"format\": \"2021\",", string.Empty).TrimEnd('}').TrimEnd() + ",\n  \"format\": \"2021\"\n}");
        _report = ReportJson.Deserialize(_utf8);
        _njsonSchema = NJsonSchema.JsonSchema.FromJsonAsync(PublishedSchemas.Draft04(ReportFormat.Format2021)).GetAwaiter().GetResult();
        _jsonSchemaNet = JsonSchemaNet2021.Value;
        _flag = new global::Json.Schema.EvaluationOptions { OutputFormat = global::Json.Schema.OutputFormat.Flag };

        // A comparison is only fair if every contender accepts the document.
        if (!ReportValidator.Validate(_report).IsValid || NJsonSchemaValidate() != 0 || !JsonSchemaNetValidate() || !_report.Equals(DeserializeFormatLast()))
        {
            throw new InvalidOperationException("The sample must be valid for every contender.");
        }
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

    /// <summary>The canonical document to a report: every check of the JSON contract.</summary>
    [Benchmark]
    public GovInfoReport? Deserialize() => ReportJson.Read(_utf8).Report;

    /// <summary>The same document with <c>"format"</c> as its last property: the general path of the reader.</summary>
    [Benchmark]
    public GovInfoReport? DeserializeFormatLast() => ReportJson.Read(_formatLast).Report;

    /// <summary>Every consistency rule on an already-parsed valid report.</summary>
    [Benchmark]
    public ValidationResult Validate() => ReportValidator.Validate(_report);

    /// <summary>What a portal does on every change of a form: read and check everything.</summary>
    [Benchmark]
    public bool DeserializeAndValidate() => ReportJson.Read(_utf8).Report is { } report && ReportValidator.Validate(report).IsValid;

    /// <summary>NJsonSchema 11.6.2 on the published schema (rewritten as draft-04): the shape only, no arithmetic.</summary>
    [Benchmark]
    public int NJsonSchemaValidate() => _njsonSchema.Validate(_text).Count;

    /// <summary>JsonSchema.Net 8.0.5 on the published 2020-12 schema, flag output: the shape only, no arithmetic.</summary>
    [Benchmark]
    public bool JsonSchemaNetValidate()
    {
        using JsonDocument document = JsonDocument.Parse(_utf8);
        return _jsonSchemaNet.Evaluate(document.RootElement, _flag).IsValid;
    }
}
