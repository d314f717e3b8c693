using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli.Process;

/// <summary>
/// Runs the real <c>govinfo</c> process through <c>/bin/sh</c>, so that a test can close its descriptors, point them at
/// <c>/dev/full</c> or feed it a pipe, with a timeout: a hang fails the test instead of stalling the run.
/// </summary>
/// <remarks>
/// The CLI's assembly is in the test's output folder; it runs on the test's own dependency and runtime files (the
/// CLI's own deps file names package folders that are not there).
/// </remarks>
internal static class GovinfoProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The shell words that start govinfo (without its arguments).</summary>
    public static string Command
    {
        get
        {
            string directory = AppContext.BaseDirectory;
            string assembly = Path.GetFileNameWithoutExtension(typeof(GovinfoProcess).Assembly.Location);
            return $"dotnet exec --depsfile '{Path.Combine(directory, assembly + ".deps.json")}' "
                + $"--runtimeconfig '{Path.Combine(directory, assembly + ".runtimeconfig.json")}' '{Path.Combine(directory, "govinfo.dll")}'";
        }
    }

    /// <summary>The result of one run.</summary>
    public sealed record Result(int ExitCode, string Out, string Error, long BytesWrittenToInput);

    /// <summary>
    /// Runs <c>govinfo ARGS REDIRECTIONS</c> in <paramref name="workingDirectory"/>; <paramref name="redirections"/> is shell
    /// text such as <c>&gt;&amp;-</c> or <c>2&gt;/dev/full</c>. With <paramref name="input"/>, standard input is a pipe fed
    /// by that many bytes of <paramref name="inputByte"/> (written until the process stops reading).
    /// </summary>
    public static Result Run(string workingDirectory, string redirections, string[] args, long input = -1, byte inputByte = 0, TimeSpan? timeout = null)
    {
        string script = "exec " + Command + $" \"$@\" {redirections}";
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input >= 0,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("govinfo");
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        Task<long> written = input >= 0 ? Task.Run(() => Feed(process.StandardInput.BaseStream, input, inputByte)) : Task.FromResult(0L);
        if (!process.WaitForExit(timeout ?? DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"govinfo {string.Join(' ', args)} {redirections} did not end within {(timeout ?? DefaultTimeout).TotalSeconds} s (a hang).");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result, written.Result);
    }

    /// <summary>Writes up to <paramref name="count"/> bytes; returns how many the reader took before it closed the pipe.</summary>
    private static long Feed(Stream stdin, long count, byte value)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, value);
        long written = 0;
        try
        {
            while (written < count)
            {
                int n = (int)Math.Min(chunk.Length, count - written);
                stdin.Write(chunk, 0, n);
                written += n;
            }

            stdin.Close();
        }
        catch (IOException)
        {
            // The reader stopped reading: the pipe is broken.
        }

        return written;
    }
}
