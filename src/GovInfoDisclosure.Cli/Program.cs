using System;
using System.IO;
using System.Text;
using GovInfoDisclosure.Cli.Io;

namespace GovInfoDisclosure.Cli;

/// <summary>The entry point of <c>govinfo</c>.</summary>
internal static class Program
{
    private const string StandardOutput = "standard output";

    private const string StandardError = "standard error";

    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        StandardStreams streams = StandardStreams.Probe();

        // Standard output is buffered (a corpus run writes one line per report; Console.Out would flush each one) and
        // flushed on the way out. Standard error stays unbuffered: progress and errors show at once. A write that fails
        // (a full disk, a closed descriptor) stops the verb: see Run.
        GuardedWriter output = streams.OutputClosed
            ? GuardedWriter.Closed(StandardOutput, "it is closed")
            : new GuardedWriter(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false }, StandardOutput);
        GuardedWriter error = streams.ErrorClosed
            ? GuardedWriter.Closed(StandardError, "it is closed")
            : new GuardedWriter(new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false), 1024) { AutoFlush = true }, StandardError);
        var console = new CliConsole(output, error, () => OpenStandardInput(streams), Directory.GetCurrentDirectory(),
            outputIsTerminal: !Console.IsOutputRedirected, errorIsTerminal: !Console.IsErrorRedirected, getEnvironmentVariable: Environment.GetEnvironmentVariable);
        return Run(args, console, output, error);
    }

    /// <summary>
    /// Runs a verb and flushes its output. A failed write ends the run with <see cref="ExitCodes.OutputFailed"/> and one
    /// line on the other stream (standard error, or standard output when standard error is the one that failed); never an
    /// exception, never a stack trace.
    /// </summary>
    internal static int Run(string[] args, CliConsole console, GuardedWriter output, GuardedWriter error)
    {
        try
        {
            int exitCode = CommandLine.Run(args, console);
            output.Flush();
            return exitCode;
        }
        catch (OutputFailedException failure)
        {
            GuardedWriter other = ReferenceEquals(failure, output.Failure) ? error : output;
            other.TryWriteLastLine("govinfo: " + failure.Message + " (exit code " + ExitCodes.OutputFailed + ").");
            return ExitCodes.OutputFailed;
        }
    }

    /// <summary>Standard input, refused when it was closed by the caller or is a terminal (a read would wait for typing).</summary>
    private static Stream OpenStandardInput(StandardStreams streams)
    {
        if (streams.InputClosed)
        {
            throw new IOException("standard input is closed; pipe a document into it or name a file.");
        }

        if (!Console.IsInputRedirected)
        {
            throw new IOException("standard input is a terminal; pipe a document into it (e.g. '< report.json') or name a file.");
        }

        return Console.OpenStandardInput();
    }
}
