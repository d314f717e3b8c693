using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Json;

namespace GovInfoDisclosure.Schema.Benchmarks;

/// <summary>
/// The memory of one import at a given input size, in a fresh process (see docs/benchmarks.md, "Memory at the import
/// limit"): <c>dotnet run -c Release --project benchmarks/GovInfoDisclosure.Schema.Benchmarks -- import-memory SHAPE CHARS</c>.
/// </summary>
/// <remarks>
/// The input is built first; then the garbage of building it is collected, the kernel's peak resident set (VmHWM) is reset
/// through <c>/proc/self/clear_refs</c>, and the import runs once. Printed: the resident set before, its peak during the
/// import, the peak minus the resident set before, divided by the input's characters, the bytes allocated, and the time.
/// Linux only (it reads <c>/proc/self/status</c>).
/// </remarks>
internal static class ImportMemory
{
    public static int Run(string[] args)
    {
        string shape = args.Length > 1 ? args[1] : "sample";
        int chars = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : ImportOptions.DefaultMaxInputChars;
        string text = Build(shape, chars);

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        File.WriteAllText("/proc/self/clear_refs", "5");
        long before = Status("VmRSS");
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        ImportResult result = ReportImporter.Import(text, new ImportOptions { Year = 2024 });

        clock.Stop();
        long peak = Status("VmHWM");
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{shape}\t{text.Length} chars\tRSS before {before / 1048576.0:F0} MiB\tpeak {peak / 1048576.0:F0} MiB\t"
            + $"peak - before {(peak - before) / 1048576.0:F0} MiB = {(double)(peak - before) / text.Length:F1} B/char\t"
            + $"allocated {allocated / 1048576.0:F0} MiB = {(double)allocated / text.Length:F0} B/char\t{clock.Elapsed.TotalSeconds:F2} s\t"
            + $"report {(result.Report is null ? "none" : "read")}, {result.Diagnostics.Count} diagnostics"));
        return 0;
    }

    /// <summary>A real report's text repeated to <paramref name="chars"/> characters, in one of the source kinds.</summary>
    private static string Build(string shape, int chars)
    {
        string sample = Path.Combine(AppContext.BaseDirectory, "samples");
        string unit = shape switch
        {
            "html" => ReportHtmlRenderer.Render(ReportJson.Deserialize(File.ReadAllText(Path.Combine(sample, "2024-pingwu-county-government-office.json")))),
            "markdown" => ReportMarkdownRenderer.Render(ReportJson.Deserialize(File.ReadAllText(Path.Combine(sample, "2024-pingwu-county-government-office.json")))),
            "rows" => "三、本年度办理结果 | (一)予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | ||\n",
            "prose" => "2024年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,不断提升政务公开质量。\n",
            _ => File.ReadAllText(Path.Combine(sample, "2024-pingwu-county-government-office.txt")),
        };
        var text = new StringBuilder(chars + unit.Length);
        while (text.Length + unit.Length <= chars)
        {
            text.Append(unit);
        }

        text.Append(' ', chars - text.Length);
        return text.ToString();
    }

    private static long Status(string field)
    {
        string line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Substring(field.Length + 1).Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
