using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Json;

namespace GovInfoDisclosure.Schema.Benchmarks;

/// <summary>
/// Import of a published report into the model: the scraped text of the 平武县 2024 report (one cell per line, the
/// style of most government web pages) and the same report as an HTML page with the official tables (rendered from
/// the model, so with rowspan/colspan). Rendering back to HTML is measured too.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _text = string.Empty;
    private string _html = string.Empty;
    private Model.GovInfoReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "2024-pingwu-county-government-office.txt"));
        _report = ReportJson.Deserialize(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "2024-pingwu-county-government-office.json")));
        _html = ReportHtmlRenderer.Render(_report);
        if (ReportImporter.Import(_text).Report != _report || ReportImporter.Import(_html).Report != _report)
        {
            throw new InvalidOperationException("The importer does not give the fixture back: the benchmark would measure the wrong thing.");
        }
    }

    [Benchmark(Baseline = true)]
    public ImportResult ImportScrapedText() => ReportImporter.Import(_text);

    [Benchmark]
    public ImportResult ImportHtml() => ReportImporter.Import(_html);

    [Benchmark]
    public string RenderHtml() => ReportHtmlRenderer.Render(_report);
}
