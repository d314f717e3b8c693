// A/B comparison of two builds of GovInfoDisclosure.Schema on a busy machine: both loaded side by side (one
// AssemblyLoadContext each) and measured in alternating batches (ABBA), so that the load of other processes falls on
// both alike; prints per-read medians, the median of the per-batch ratios, and the bytes allocated per read.
//
//   dotnet build -c Release benchmarks/GovInfoDisclosure.Schema.Benchmarks -o /tmp/bench-before   (on the old commit)
//   dotnet build -c Release benchmarks/GovInfoDisclosure.Schema.Benchmarks -o /tmp/bench-after    (on the new one)
//   dotnet run -c Release --project benchmarks/GovInfoDisclosure.Schema.AbCompare -- /tmp/bench-before /tmp/bench-after \
//       docs/samples/2024-pingwu-county-government-office.json 40 2000
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using System.Text.Json;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: BEFORE_DIR AFTER_DIR REPORT.json [ROUNDS=40] [BATCH=2000]");
    return 2;
}

string sample = args[2];
int rounds = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 40;
int batch = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 2000;
byte[] indented = File.ReadAllBytes(sample);
byte[] compact;
using (var doc = JsonDocument.Parse(indented))
{
    var ms = new MemoryStream();
    using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })) doc.WriteTo(w);
    compact = ms.ToArray();
}

var sides = new[] { ("before", Load(args[0])), ("after", Load(args[1])) };
string[] kinds = { "Read", "ReadWithProse", "ReadAndValidate" };
var inputs = new[] { ("sample", indented), ("compact", compact) };
Console.WriteLine(FormattableString.Invariant($"{DateTime.UtcNow:u} {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Trim()}, {rounds} rounds x {batch} reads, ABBA"));
foreach (var (inputName, bytes) in inputs)
foreach (string kind in kinds)
{
    var fs = sides.Select(s => s.Item2[kind]).ToArray();
    foreach (var f in fs) for (int i = 0; i < 3000; i++) f(bytes); // tier-up
    var times = new List<double>[] { new(), new() };
    var allocs = new long[2];
    for (int r = 0; r < rounds; r++)
    {
        int[] order = r % 2 == 0 ? new[] { 0, 1, 1, 0 } : new[] { 1, 0, 0, 1 };
        foreach (int s in order)
        {
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            long t0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < batch; i++) fs[s](bytes);
            long t1 = Stopwatch.GetTimestamp();
            allocs[s] = (GC.GetAllocatedBytesForCurrentThread() - a0) / batch;
            times[s].Add((t1 - t0) * 1e6 / Stopwatch.Frequency / batch);
        }
    }

    double Median(List<double> v) { var o = v.OrderBy(x => x).ToArray(); return o[o.Length / 2]; }
    var ratios = Enumerable.Range(0, times[0].Count).Select(i => times[1][i] / times[0][i]).ToList();
    Console.WriteLine(FormattableString.Invariant($"{inputName,-8} {kind,-16} before {Median(times[0]),7:F2} us {allocs[0],6} B | after {Median(times[1]),7:F2} us {allocs[1],6} B | after/before median {Median(ratios):F3} (p25 {ratios.OrderBy(x => x).ElementAt(ratios.Count / 4):F3}, p75 {ratios.OrderBy(x => x).ElementAt(3 * ratios.Count / 4):F3})"));
}

return 0;

static Dictionary<string, Func<byte[], object?>> Load(string dir)
{
    var alc = new SideContext(dir);
    Assembly lib = alc.LoadFromAssemblyPath(Path.Combine(dir, "GovInfoDisclosure.Schema.dll"));
    Type json = lib.GetType("GovInfoDisclosure.Schema.Json.ReportJson")!;
    MethodInfo read = json.GetMethods().Single(m => m.Name == "Read" && m.GetParameters()[0].ParameterType == typeof(ReadOnlySpan<byte>));
    Type result = read.ReturnType;
    MethodInfo getReport = result.GetProperty("Report")!.GetMethod!;
    Type reportType = getReport.ReturnType;
    MethodInfo getNarrative = reportType.GetProperty("Narrative")!.GetMethod!;
    Type narrative = getNarrative.ReturnType;
    Type validator = lib.GetType("GovInfoDisclosure.Schema.Rules.ReportValidator")!;
    MethodInfo validate = validator.GetMethod("Validate")!;
    MethodInfo toSpan = typeof(ReadOnlySpan<byte>).GetMethod("op_Implicit", new[] { typeof(byte[]) })!;

    Func<byte[], object?> Emit(Action<ILGenerator> after)
    {
        var dm = new DynamicMethod("f", typeof(object), new[] { typeof(byte[]) }, typeof(SideContext).Module, skipVisibility: true);
        ILGenerator il = dm.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, toSpan);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Call, read);
        il.Emit(OpCodes.Callvirt, getReport);
        after(il);
        il.Emit(OpCodes.Ret);
        return dm.CreateDelegate<Func<byte[], object?>>();
    }

    return new()
    {
        ["Read"] = Emit(_ => { }),
        ["ReadWithProse"] = Emit(il =>
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Callvirt, getNarrative);
            foreach (PropertyInfo p in narrative.GetProperties().Where(p => p.PropertyType == typeof(string)))
            {
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Callvirt, p.GetMethod!);
                il.Emit(OpCodes.Pop);
            }

            il.Emit(OpCodes.Pop);
        }),
        ["ReadAndValidate"] = Emit(il =>
        {
            il.Emit(OpCodes.Ldnull);
            il.Emit(OpCodes.Call, validate);
        }),
    };
}

/// <summary>One build of the library; every other assembly (System.Text.Json too) comes from the default context, shared.</summary>
internal sealed class SideContext(string dir) : AssemblyLoadContext("side:" + dir)
{
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
