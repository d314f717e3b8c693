using System;
using Microsoft.AspNetCore.Builder;

namespace GovInfoDisclosure.Web;

/// <summary>The entry point of the web checker; <c>govinfo serve</c> starts it with the same arguments.</summary>
public static class Program
{
    /// <summary>Starts the server and runs until stopped (Ctrl+C).</summary>
    /// <param name="args"><c>[--port 5080] [--host 127.0.0.1]</c>.</param>
    /// <returns>0 after a clean stop, 2 on bad arguments.</returns>
    public static int Main(string[] args)
    {
        args ??= Array.Empty<string>();
        // "--name=value" arguments are host settings (WebApplicationFactory passes its own); --port and --host are ours.
        string[] hostArgs = Array.FindAll(args, a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal));
        string[] ownArgs = Array.FindAll(args, a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)));
        ServeOptions? options = ServeOptions.Parse(ownArgs, out string? error);
        if (options is null)
        {
            Console.Error.WriteLine("govinfo serve: " + error);
            Console.Error.WriteLine(ServeOptions.Usage);
            return 2;
        }

        WebApplication app = WebApp.Create(options, hostArgs);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (string url in WebApp.Addresses(app))
            {
                Console.Out.WriteLine("govinfo serve: listening on " + url + (options.IsLoopback ? string.Empty : " (not loopback: reachable from the network)"));
            }

            Console.Out.WriteLine("Press Ctrl+C to stop.");
            Console.Out.Flush();
        });
        app.Run();
        return 0;
    }
}
