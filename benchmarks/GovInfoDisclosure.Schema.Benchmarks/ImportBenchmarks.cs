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
/// the model, so with rowspan/colspan). Rendering back to HTML is measured too. Per source kind besides: the
/// <c>pdftotext -layout</c> tables of the same report, a Markdown page (the report rendered), an archived page text with
/// the whole body on one line and its cells run together (平潭 2021: the run splitter's worst real case, 表四's 17 digits),
/// another tool's damaged PDF→Markdown conversion (上海市人民政府办公厅 2025), and a text browser's dump of the rendered
/// page (<c>w3m -dump</c>: its tables drawn with box characters, read by the box reader).
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _text = string.Empty;
    private string _html = string.Empty;
    private Model.GovInfoReport _report = null!;
    private string _layout = string.Empty;
    private string _markdown = string.Empty;
    private string _runTogether = string.Empty;
    private string _damagedMarkdown = string.Empty;
    private string _boxDrawn = string.Empty;

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

        _layout = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "layout", "2024-pingwu-tables.layout.txt"));
        _markdown = ReportMarkdownRenderer.Render(_report);
        _runTogether = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "real", "06-pingtan-2021.txt"));
        _damagedMarkdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "real", "14-shanghai-bgt-2025.txt"));
        _boxDrawn = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "textbrowser", "2024-pingwu-county-government-office.w3m.txt"));
        if (ReportImporter.Import(_boxDrawn).Report is not Model.Format2021.Report2021 boxed || boxed.Applications != ((Model.Format2021.Report2021)_report).Applications)
        {
            throw new InvalidOperationException("The w3m dump does not give the fixture's 表三 back: the benchmark would measure the wrong thing.");
        }

        if (ReportImporter.Import(_runTogether).Report is not Model.Format2021.Report2021 { Applications.NewlyReceived.Total.Value: 70 })
        {
            throw new InvalidOperationException("The run-together text is not read: the benchmark would measure the wrong thing.");
        }
    }

    [Benchmark]
    public ImportResult ImportLayoutText() => ReportImporter.Import(_layout, new ImportOptions { SourceKind = ImportSourceKind.PdfLayoutText, Year = 2024 });

    [Benchmark]
    public ImportResult ImportMarkdown() => ReportImporter.Import(_markdown);

    [Benchmark]
    public ImportResult ImportRunTogetherText() => ReportImporter.Import(_runTogether);

    [Benchmark]
    public ImportResult ImportDamagedMarkdown() => ReportImporter.Import(_damagedMarkdown);

    [Benchmark]
    public ImportResult ImportBoxDrawnText() => ReportImporter.Import(_boxDrawn);

    [Benchmark(Baseline = true)]
    public ImportResult ImportScrapedText() => ReportImporter.Import(_text);

    [Benchmark]
    public ImportResult ImportHtml() => ReportImporter.Import(_html);

    [Benchmark]
    public string RenderHtml() => ReportHtmlRenderer.Render(_report);
}
