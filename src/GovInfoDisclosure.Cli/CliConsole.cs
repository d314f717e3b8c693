using System;
using System.IO;

namespace GovInfoDisclosure.Cli;

/// <summary>Where a command writes and reads: the real console, or buffers in tests. Immutable: <see cref="With"/> makes a copy.</summary>
internal sealed class CliConsole
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    public CliConsole(TextWriter output, TextWriter error, Func<Stream> openStandardInput, string workingDirectory,
        bool outputIsTerminal = false, bool errorIsTerminal = false, Func<string, string?>? getEnvironmentVariable = null,
        CliLanguage language = CliLanguage.Both, bool quiet = false)
    {
        Out = output;
        Error = error;
        OpenStandardInput = openStandardInput;
        WorkingDirectory = workingDirectory;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
        GetEnvironmentVariable = getEnvironmentVariable ?? NoEnvironment;
        Language = language;
        Quiet = quiet;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public Func<Stream> OpenStandardInput { get; }

    public string WorkingDirectory { get; }

    /// <summary>Whether standard output is a terminal (not redirected to a file or a pipe).</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Whether standard error is a terminal: progress lines are shown there only then (or when asked for).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Reads an environment variable (the process environment; none in tests unless they pass one).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; }

    /// <summary>The language of the messages for people (<c>--lang</c>, else from the locale variables).</summary>
    public CliLanguage Language { get; }

    /// <summary><c>--quiet</c>: no verdict lines, summaries, notes or progress; only what was asked for and real errors.</summary>
    public bool Quiet { get; }

    /// <summary>This console with another language and quietness.</summary>
    public CliConsole With(CliLanguage language, bool quiet = false) =>
        new(Out, Error, OpenStandardInput, WorkingDirectory, OutputIsTerminal, ErrorIsTerminal, GetEnvironmentVariable, language, quiet);
}
