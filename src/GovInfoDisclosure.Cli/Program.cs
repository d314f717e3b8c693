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
        var console = new CliConsole(Console.Out, Console.Error, Console.OpenStandardInput, Directory.GetCurrentDirectory(),
            outputIsTerminal: !Console.IsOutputRedirected, errorIsTerminal: !Console.IsErrorRedirected);
        return CommandLine.Run(args, console);
    }
}
