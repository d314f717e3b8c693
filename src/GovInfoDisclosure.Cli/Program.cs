using System;
using System.IO;
using System.Text;

namespace GovInfoDisclosure.Cli;

/// <summary>The entry point of <c>govinfo</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);

        // Standard output is buffered (a corpus run writes one line per report; Console.Out would flush each one) and
        // flushed on the way out. Standard error stays unbuffered: progress and errors show at once.
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
        var console = new CliConsole(output, Console.Error, Console.OpenStandardInput, Directory.GetCurrentDirectory(),
            outputIsTerminal: !Console.IsOutputRedirected, errorIsTerminal: !Console.IsErrorRedirected);
        try
        {
            return CommandLine.Run(args, console);
        }
        finally
        {
            output.Flush();
        }
    }
}
