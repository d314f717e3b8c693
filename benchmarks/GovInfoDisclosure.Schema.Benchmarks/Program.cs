using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GovInfoDisclosure.Schema.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/GovInfoDisclosure.Schema.Benchmarks -- --filter '*'</c>
/// (see docs/benchmarks.md). Exits with 1 when a benchmark failed, so that a dry smoke run (<c>--job dry</c>) can fail CI.
/// <c>-- import-memory SHAPE CHARS</c> measures the memory of one import instead (<see cref="ImportMemory"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "import-memory")
        {
            return ImportMemory.Run(args);
        }

        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
        bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success || !r.AllMeasurements.Any()));
        return failed ? 1 : 0;
    }
}
