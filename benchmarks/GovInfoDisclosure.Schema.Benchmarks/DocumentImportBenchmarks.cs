using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Json;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GovInfoDisclosure.Schema.Benchmarks;

/// <summary>
/// Import of the 平武县 2024 report as offices publish it: a Word .docx and the PDF exported from it (5 pages, CJK fonts
/// embedded; LibreOffice, eng/document-fixtures/make.sh). The floor is PdfPig alone: opening the PDF and extracting the
/// words of every page, which any PDF import must do.
/// </summary>
[MemoryDiagnoser]
public class DocumentImportBenchmarks
{
    private byte[] _pdf = Array.Empty<byte>();
    private byte[] _docx = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "documents");
        _pdf = File.ReadAllBytes(Path.Combine(folder, "2024-pingwu-county-government-office.pdf"));
        _docx = File.ReadAllBytes(Path.Combine(folder, "2024-pingwu-county-government-office.docx"));
        Model.GovInfoReport expected = ReportJson.Deserialize(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "2024-pingwu-county-government-office.json")));
        if (ReportImporter.Import(_pdf).Report != expected || ReportImporter.Import(_docx).Report != expected)
        {
            throw new InvalidOperationException("The importer does not give the fixture back: the benchmark would measure the wrong thing.");
        }
    }

    [Benchmark(Baseline = true)]
    public int PdfPigWordsOnly()
    {
        int words = 0;
        using PdfDocument pdf = PdfDocument.Open(_pdf);
        foreach (Page page in pdf.GetPages())
        {
            foreach (Word word in page.GetWords())
            {
                words += word.Text.Length > 0 ? 1 : 0;
            }
        }

        return words;
    }

    [Benchmark]
    public ImportResult ImportPdf() => ReportImporter.Import(_pdf);

    [Benchmark]
    public ImportResult ImportDocx() => ReportImporter.Import(_docx);
}
