using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using GovInfoDisclosure.Cli.Parsing;
using System.IO;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>
/// <c>govinfo serve [--port 5080] [--host 127.0.0.1]</c>: starts the local web checker. The web app is its own assembly
/// (GovInfoDisclosure.Web, ASP.NET Core on net10.0) built next to the tool under <c>web/</c>; this verb runs it as a child
/// process with the same arguments, so the tool itself carries no ASP.NET Core and stays AOT-publishable.
/// </summary>
internal sealed class ServeCommand : ICliCommand
{
    /// <summary>The environment variable that points at another build of the web app's assembly.</summary>
    public const string WebAppVariable = "GOVINFO_WEB_APP";

    public string Name => "serve";

    public Command Create(CliContext context)
    {
        var verb = new Verb(context, Name, "启动本地网页检查器：检查文件，或填写表格并即时检查（默认仅本机回环地址）。",
            "Start the local web checker: check a file, fill the tables with live checks (loopback by default).");
        Option<long> port = verb.Number("--port", "PORT", 0, 65535, 5080, "端口（默认 5080；0 表示任选空闲端口）。", "The port (default 5080; 0 picks a free port).");
        Option<string> host = verb.Text("--host", "ADDRESS", "监听地址（默认 127.0.0.1；0.0.0.0 为所有网卡，可从网络访问）。",
            "The address to bind (default 127.0.0.1; 0.0.0.0: every interface, reachable from the network).");
        verb.Notes(
            """
            启动本地网页检查器并打印其地址：检查报告文件（“govinfo import”接受的所有输入，以及 JSON 文档），查看结论、标注的表格和诊断；
            或填写官方表格，输入时检查每个勾稽关系。按 Ctrl+C 停止。需要带 ASP.NET Core 的 .NET 10 运行时（Microsoft.AspNetCore.App）。
            """,
            """
            Starts the local web checker and prints its address: check a report file (every input 'govinfo import' takes, JSON
            documents too) and see its verdict, marked tables and diagnostics; or fill the official tables with every relation
            checked as you type. Stop with Ctrl+C. Needs the .NET 10 runtime with ASP.NET Core (Microsoft.AspNetCore.App).
            """);
        verb.Action((result, console) =>
        {
            var arguments = new List<string>();
            if (result.GetResult(port) is not null)
            {
                arguments.Add("--port");
                arguments.Add(result.GetValue(port).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (result.GetValue(host) is { } address)
            {
                arguments.Add("--host");
                arguments.Add(address);
            }

            return Run(arguments, console);
        });
        return verb.Command;
    }

    private static int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        if (!ValidArguments(arguments, out string? error))
        {
            console.Error.WriteLine("govinfo serve: " + error);
            return ExitCodes.Unreadable;
        }

        string? app = Locate();
        if (app is null)
        {
            console.Error.WriteLine($"govinfo serve: the web app (web/GovInfoDisclosure.Web.dll) is not next to this tool; set {WebAppVariable} to its path,"
                + " or run 'dotnet run --project src/GovInfoDisclosure.Web' from the repository.");
            return ExitCodes.Unreadable;
        }

        var start = new ProcessStartInfo(DotnetHost()) { UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(app);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        console.Out.Flush();
        using Process? process = Process.Start(start);
        if (process is null)
        {
            console.Error.WriteLine("govinfo serve: could not start the web app.");
            return ExitCodes.Unreadable;
        }

        // Ctrl+C reaches the child too (same process group); wait for it to stop cleanly.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        // Stopped otherwise (SIGTERM, a closed terminal): never leave the server running without the tool.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        };
        process.WaitForExit();
        return process.ExitCode == 0 ? ExitCodes.Valid : ExitCodes.Unreadable;
    }

    /// <summary>The same check as the web app's own parser, so that a usage error needs no child process.</summary>
    internal static bool ValidArguments(IReadOnlyList<string> arguments, out string? error)
    {
        error = null;
        for (int i = 0; i < arguments.Count; i += 2)
        {
            if (arguments[i] is not ("--port" or "--host"))
            {
                error = $"unexpected argument '{arguments[i]}'.";
                return false;
            }

            if (i + 1 >= arguments.Count)
            {
                error = arguments[i] + " needs a value.";
                return false;
            }

            if (arguments[i] == "--port" && !(int.TryParse(arguments[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int port) && port <= 65535))
            {
                error = "--port takes a port number from 0 to 65535.";
                return false;
            }

            if (arguments[i] == "--host" && !(arguments[i + 1] == "localhost" || System.Net.IPAddress.TryParse(arguments[i + 1], out _)))
            {
                error = "--host takes an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost.";
                return false;
            }
        }

        return true;
    }

    /// <summary>The web app's assembly: <see cref="WebAppVariable"/>, else <c>web/GovInfoDisclosure.Web.dll</c> beside the tool.</summary>
    internal static string? Locate()
    {
        string? configured = Environment.GetEnvironmentVariable(WebAppVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        string beside = Path.Combine(AppContext.BaseDirectory, "web", "GovInfoDisclosure.Web.dll");
        return File.Exists(beside) ? beside : null;
    }

    private static string DotnetHost()
    {
        string? root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        string name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, name)))
        {
            return Path.Combine(root, name);
        }

        // Running under the dotnet host (dotnet govinfo.dll, dotnet run): the same host.
        string? current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return name;
    }
}
