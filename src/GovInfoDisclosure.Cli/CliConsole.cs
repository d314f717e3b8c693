using System;
using System.IO;

namespace GovInfoDisclosure.Cli;

/// <summary>Where a command writes and reads: the real console, or buffers in tests.</summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, Func<Stream> openStandardInput, string workingDirectory)
    {
        Out = output;
        Error = error;
        OpenStandardInput = openStandardInput;
        WorkingDirectory = workingDirectory;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public Func<Stream> OpenStandardInput { get; }

    public string WorkingDirectory { get; }
}
