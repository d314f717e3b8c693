using System.Collections.Generic;
using System.CommandLine;


namespace GovInfoDisclosure.Cli.Parsing;

/// <summary>
/// What the verbs' command trees are built with for one run: the console (with the run's language), and the texts
/// System.CommandLine has no place for — each command's notes (shown under its options by <c>--help</c>) and the
/// message for a missing argument. One per run: nothing is shared between runs or threads.
/// </summary>
internal sealed class CliContext
{
    private readonly Dictionary<Command, string> _notes = new();
    private readonly Dictionary<Argument, string> _missing = new();
    private readonly HashSet<string> _ownErrors = new(System.StringComparer.Ordinal);

    public CliContext(CliConsole console)
    {
        Console = console;
        Quiet = new Option<bool>(CommandLine.QuietOption, "-q")
        {
            Description = Text("安静：不写结论行、汇总、说明和进度，只写要求的输出和错误。",
                "Quiet: no verdict lines, summary, notes or progress; only the outputs asked for, and errors."),
            Recursive = true,
        };
    }

    /// <summary>The global option <c>--quiet</c> (<c>-q</c>), declared on the root command and seen by every verb.</summary>
    public Option<bool> Quiet { get; }

    /// <summary>The console a verb's action writes to: the run's, with <c>--quiet</c> as parsed.</summary>
    public CliConsole ConsoleFor(ParseResult result) => Console.With(Language, result.GetValue(Quiet));

    /// <summary>The console of the run; its <see cref="CliConsole.Language"/> is the language of every text.</summary>
    public CliConsole Console { get; }

    /// <summary>The language of the run.</summary>
    public CliLanguage Language => Console.Language;

    /// <summary>The text of the run's language (both: Chinese, then English on the next line).</summary>
    public string Text(string zh, string en) => Language.Pick(zh, en);

    /// <summary>Sets the notes <c>--help</c> shows under the options of <paramref name="command"/>.</summary>
    public void SetNotes(Command command, string zh, string en) => _notes[command] = Text(zh, en);

    /// <summary>The notes of <paramref name="command"/>, if it has any.</summary>
    public string? NotesOf(Command command) => _notes.TryGetValue(command, out string? notes) ? notes : null;

    /// <summary>Sets the message for <paramref name="argument"/> given fewer times than it needs.</summary>
    public void SetMissingMessage(Argument argument, string zh, string en) => _missing[argument] = Language.Inline(zh, en);

    /// <summary>The message for a missing <paramref name="argument"/>, if one was set.</summary>
    public string? MissingMessageOf(Argument argument) => _missing.TryGetValue(argument, out string? message) ? message : null;

    /// <summary>
    /// A parse error of govinfo's own, already in the run's language (both: "中文 (English)"); remembered so that the
    /// errors the parser itself writes (in English) are told apart from it by <see cref="IsOwnError"/>.
    /// </summary>
    public string Error(string zh, string en)
    {
        string message = Language.Inline(zh, en);
        _ownErrors.Add(message);
        return message;
    }

    /// <summary>Whether <paramref name="message"/> came from <see cref="Error"/> (else it is the parser's own, in English).</summary>
    public bool IsOwnError(string message) => _ownErrors.Contains(message);
}
