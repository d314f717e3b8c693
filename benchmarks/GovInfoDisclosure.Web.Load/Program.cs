using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using GovInfoDisclosure.Web;
using Microsoft.AspNetCore.Builder;

// Usage: dotnet run -c Release --project benchmarks/GovInfoDisclosure.Web.Load [-- --clients 64 --seconds 20 --url http://127.0.0.1:5080]
// Without --url the web app is started in this process on a free loopback port (client and server then share the CPU).
// Only loopback URLs are accepted; the run stops by itself after --seconds.
int clients = 64, seconds = 20;
string? url = null;
for (int i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--clients": clients = Math.Clamp(int.Parse(args[i + 1], CultureInfo.InvariantCulture), 1, 256); break;
        case "--seconds": seconds = Math.Clamp(int.Parse(args[i + 1], CultureInfo.InvariantCulture), 1, 120); break;
        case "--url": url = args[i + 1]; break;
        default: Console.Error.WriteLine("unknown argument " + args[i]); return 2;
    }
}

WebApplication? app = null;
if (url is null)
{
    app = WebApp.Create(new ServeOptions { Port = 0 }, Array.Empty<string>());
    await app.StartAsync();
    url = WebApp.Addresses(app).First();
}

var target = new Uri(new Uri(url), "/api/check");
if (!(target.IsLoopback))
{
    Console.Error.WriteLine("loopback only: " + target);
    return 2;
}

byte[] text = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "report.txt"));
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };

async Task<bool> PostAsync()
{
    var body = new ByteArrayContent(text);
    body.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
    using HttpResponseMessage response = await http.PostAsync(target, body);
    await response.Content.ReadAsByteArrayAsync();
    return response.StatusCode == HttpStatusCode.OK;
}

// Warm-up: JIT, connection pool.
for (int i = 0; i < 200; i++)
{
    await PostAsync();
}

GC.Collect();
long memoryBefore = Process.GetCurrentProcess().WorkingSet64;
long managedBefore = GC.GetTotalMemory(forceFullCollection: true);
var latencies = new List<double>[clients];
int errors = 0;
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
{
    var mine = latencies[c] = new List<double>(4096);
    while (!stop.IsCancellationRequested)
    {
        long start = Stopwatch.GetTimestamp();
        bool ok;
        try
        {
            ok = await PostAsync();
        }
        catch (HttpRequestException)
        {
            ok = false;
        }

        mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        if (!ok)
        {
            Interlocked.Increment(ref errors);
        }
    }
}));
double elapsed = clock.Elapsed.TotalSeconds;
double[] all = latencies.SelectMany(l => l).OrderBy(l => l).ToArray();
double Percentile(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
GC.Collect();
long managedAfter = GC.GetTotalMemory(forceFullCollection: true);
long memoryAfter = Process.GetCurrentProcess().WorkingSet64;
Console.WriteLine(FormattableString.Invariant($"clients {clients}, {elapsed:0.0} s, {all.Length} checks, {all.Length / elapsed:0} checks/s, p50 {Percentile(0.50):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {all[^1]:0.0} ms, errors {errors}"));
Console.WriteLine(FormattableString.Invariant($"memory: managed {managedBefore / 1048576.0:0.0} → {managedAfter / 1048576.0:0.0} MiB after full GC; working set {memoryBefore / 1048576.0:0} → {memoryAfter / 1048576.0:0} MiB; {Environment.ProcessorCount} cores; {text.Length} bytes per request"));
if (app is not null)
{
    await app.StopAsync();
}

return errors == 0 ? 0 : 1;
