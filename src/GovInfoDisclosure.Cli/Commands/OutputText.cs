using System;
using System.IO;
using System.Text;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>Writes a verb's result to standard output or to the file of <c>--out</c>.</summary>
internal static class OutputText
{
    public static bool Write(string text, string? outPath, CliConsole console, string verb)
    {
        if (outPath is null)
        {
            console.Out.Write(text);
            return true;
        }

        try
        {
            File.WriteAllText(Path.Combine(console.WorkingDirectory, outPath), text, new UTF8Encoding(false));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"govinfo {verb}: cannot write '{outPath}': {ex.Message}");
            return false;
        }
    }
}
