using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Outputs;

/// <summary>Debian's headless chromium, driven from its command line (<c>--dump-dom</c>, <c>--screenshot</c>); no browser download.</summary>
internal static class Chromium
{
    /// <summary>The message of a browser test skipped because chromium is absent.</summary>
    public const string Absent = "chromium is not installed (apt-get install -y chromium; .ci/run installs it): the browser tests of the HTML report are skipped";

    /// <summary>The chromium executable: $GOVINFO_CHROMIUM, else chromium on the PATH, else <see langword="null"/>.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Runs chromium headless on a file and returns its standard output.</summary>
    public static string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException(Absent))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (string argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=" + Path.Combine(Path.GetDirectoryName(file)!, "chromium-profile") })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(new Uri(file).AbsoluteUri);
        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 2 minutes");
        }

        Assert.True(process.ExitCode == 0, "chromium exited " + process.ExitCode + ": " + error.Result);
        return output;
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("GOVINFO_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            foreach (string name in new[] { "chromium", "chromium-browser" })
            {
                string candidate = Path.Combine(directory, name);
                if (directory.Length > 0 && File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

/// <summary>A test that needs chromium: skipped, with <see cref="Chromium.Absent"/>, only where chromium is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = Chromium.Absent;
        }
    }
}
