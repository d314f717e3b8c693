using System;
using System.IO;
using System.Text;
using GovInfoDisclosure.Cli;

using GovInfoDisclosure.Schema.Tests.Support;

namespace GovInfoDisclosure.Schema.Tests.Cli;

/// <summary>Runs <c>govinfo</c> in-process with captured output.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes("{}")), Fixtures.JsonDirectory);
        int exitCode = CommandLine.Run(args, console);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string TempFile(string content)
    {
        string path = Path.Combine(Path.GetTempPath(), "govinfo-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }
}
