using System;
using System.IO;

namespace GovInfoDisclosure.Cli;

/// <summary>Where a command writes and reads: the real console, or buffers in tests.</summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, Func<Stream> openStandardInput, string workingDirectory,
        bool outputIsTerminal = false, bool errorIsTerminal = false)
    {
        Out = output;
        Error = error;
        OpenStandardInput = openStandardInput;
        WorkingDirectory = workingDirectory;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public Func<Stream> OpenStandardInput { get; }

    public string WorkingDirectory { get; }

    /// <summary>Whether standard output is a terminal (not redirected to a file or a pipe).</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Whether standard error is a terminal: progress lines are shown there only then (or when asked for).</summary>
    public bool ErrorIsTerminal { get; }
}
