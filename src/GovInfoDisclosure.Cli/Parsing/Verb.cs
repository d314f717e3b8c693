using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace GovInfoDisclosure.Cli.Parsing;

/// <summary>
/// Builds the System.CommandLine <see cref="Command"/> of one verb: its options and arguments with descriptions in the
/// run's language, values checked while parsing (with messages in that language, not the parser's English), and the
/// action. Every verb declares its command line through this, so all of them read <c>--opt value</c>,
/// <c>--opt=value</c>, <c>-h</c>/<c>--help</c> and report mistakes the same way.
/// </summary>
internal sealed class Verb
{
    private readonly CliContext _context;

    public Verb(CliContext context, string name, string summaryZh, string summaryEn)
    {
        _context = context;
        Command = new Command(name, context.Text(summaryZh, summaryEn));
    }

    /// <summary>The command being built.</summary>
    public Command Command { get; }

    /// <summary>The language of the run.</summary>
    public CliLanguage Language => _context.Language;

    /// <summary>A switch (<c>--json</c>); <c>--json=false</c> is also understood.</summary>
    public Option<bool> Flag(string name, string zh, string en, params string[] aliases)
    {
        var option = new Option<bool>(name, aliases) { Description = _context.Text(zh, en) };
        Command.Options.Add(option);
        return option;
    }

    /// <summary>An option with one text value (<c>--out FILE</c>); given twice, the last wins.</summary>
    public Option<string> Text(string name, string valueName, string zh, string en, params string[] aliases)
    {
        var option = new Option<string>(name, aliases) { Description = _context.Text(zh, en), HelpName = valueName };
        option.Validators.Add(result => RefuseEmpty(result, name));
        Command.Options.Add(option);
        return option;
    }

    /// <summary>An option that may be given several times (<c>--rules A --rules B</c>), in the order given.</summary>
    public Option<string[]> Repeated(string name, string valueName, string zh, string en)
    {
        var option = new Option<string[]>(name) { Description = _context.Text(zh, en), HelpName = valueName, AllowMultipleArgumentsPerToken = false };
        Command.Options.Add(option);
        return option;
    }

    /// <summary>
    /// The <c>--include GLOB</c> and <c>--exclude GLOB</c> options of a verb that reads folders of reports (each may be given
    /// several times); <see cref="PathGlobs.TryGetFilter"/> compiles them.
    /// </summary>
    public PathGlobs Globs() => new(this,
        Repeated("--include", "GLOB",
            "只读取匹配 GLOB 的文件（可多次给出，匹配任一即可）：不含“/”的模式匹配文件名（*.pdf），含“/”或“**”的匹配目录下的路径（2023/**）；* ? ** [abc] {a,b}，不区分大小写。",
            "Read only the files that match GLOB (may be given more than once; any one suffices): a pattern without '/' matches the file's name (*.pdf), one with '/' or '**' its path below the directory given (2023/**); * ? ** [abc] {a,b}, case-insensitive."),
        Repeated("--exclude", "GLOB",
            "不读取匹配 GLOB 的文件，也不进入匹配的目录（可多次给出；优先于 --include）。",
            "Skip the files that match GLOB, and do not enter the directories that match it (may be given more than once; wins over --include)."));

    /// <summary>
    /// The <c>--progress</c> switch of a verb that reads folders of reports; <paramref name="byDefaultZh"/> and
    /// <paramref name="byDefaultEn"/> say when progress is shown without it. <see cref="Requested"/> reads it.
    /// </summary>
    public Option<bool> Progress(string byDefaultZh, string byDefaultEn) => Flag("--progress",
        "每秒在标准错误写一行进度：计数、速度，以及读完目录后的进度条和剩余时间（默认" + byDefaultZh + "）。",
        "Write progress to standard error every second: the counts, the rate and, once the folders are walked, a bar and the time left (by default " + byDefaultEn + ").");

    /// <summary>A switch as given: <see langword="null"/> when it was not on the command line (so that a default applies).</summary>
    public static bool? Requested(ParseResult result, Option<bool> option) => result.GetResult(option) is null ? null : result.GetValue(option);

    /// <summary>An option whose value is one of <paramref name="choices"/> (shown in help and offered by completion).</summary>
    public Option<string> Choice(string name, string[] choices, string zh, string en, string? defaultValue = null)
    {
        var option = new Option<string>(name)
        {
            Description = _context.Text(zh, en),
            HelpName = string.Join("|", choices),
            CustomParser = result =>
            {
                string value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[result.Tokens.Count - 1].Value;
                if (Array.IndexOf(choices, value) < 0)
                {
                    result.AddError(_context.Error(
                        $"{name} 的值“{value}”无效，可选：{string.Join("、", choices)}。",
                        $"'{value}' is not a value of {name}; expected {string.Join(", ", choices)}."));
                }

                return value;
            },
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        option.CompletionSources.Add(choices);
        Command.Options.Add(option);
        return option;
    }

    /// <summary>An option with a whole number from <paramref name="minimum"/> to <paramref name="maximum"/> (digits only).</summary>
    public Option<long> Number(string name, string valueName, long minimum, long maximum, long defaultValue, string zh, string en)
    {
        var option = new Option<long>(name)
        {
            Description = _context.Text(zh, en),
            HelpName = valueName,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[result.Tokens.Count - 1].Value;
                if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value >= minimum && value <= maximum)
                {
                    return value;
                }

                result.AddError(_context.Error(
                    $"{name} 需要 {minimum} 到 {maximum} 之间的整数（给出的是“{text}”）。",
                    $"{name} needs a whole number from {minimum} to {maximum} (got '{text}')."));
                return defaultValue;
            },
        };
        Command.Options.Add(option);
        return option;
    }

    /// <summary>
    /// The verb's file arguments. <paramref name="minimum"/> and <paramref name="maximum"/> bound their number; fewer than
    /// the minimum is reported with <paramref name="missingZh"/> / <paramref name="missingEn"/>.
    /// </summary>
    public Argument<string[]> Files(string name, int minimum, int maximum, string zh, string en, string missingZh, string missingEn)
    {
        var argument = new Argument<string[]>(name) { Description = _context.Text(zh, en), Arity = maximum == int.MaxValue ? (minimum == 0 ? ArgumentArity.ZeroOrMore : ArgumentArity.OneOrMore) : new ArgumentArity(minimum, maximum) };
        _context.SetMissingMessage(argument, missingZh, missingEn);
        Command.Arguments.Add(argument);
        return argument;
    }

    /// <summary>The verb's one file argument; missing, it is reported with <paramref name="missingZh"/> / <paramref name="missingEn"/>.</summary>
    public Argument<string> File(string name, string zh, string en, string missingZh, string missingEn)
    {
        var argument = new Argument<string>(name) { Description = _context.Text(zh, en), Arity = ArgumentArity.ExactlyOne };
        _context.SetMissingMessage(argument, missingZh, missingEn);
        Command.Arguments.Add(argument);
        return argument;
    }

    /// <summary>Sets the notes <c>--help</c> shows under the options (what the verb reads and writes, its exit codes).</summary>
    public void Notes(string zh, string en) => _context.SetNotes(Command, zh, en);

    /// <summary>Sets what the verb does with the parsed command line and the console (<c>--quiet</c> applied); returns its exit code.</summary>
    public void Action(Func<ParseResult, CliConsole, int> action) => Command.SetAction(result => action(result, _context.ConsoleFor(result)));

    /// <summary>A usage error found by the verb itself after parsing (exit 2), written as the parser's own errors are.</summary>
    public int UsageError(string zh, string en) => CommandLine.WriteUsageError(_context, Command, Language.Inline(zh, en));

    private void RefuseEmpty(OptionResult result, string name)
    {
        foreach (Token token in result.Tokens)
        {
            if (token.Value.Length == 0)
            {
                result.AddError(_context.Error($"{name} 的值不能为空。", $"{name} needs a value that is not empty."));
                return;
            }
        }
    }
}

/// <summary>The <c>--include</c>/<c>--exclude</c> options of one verb (see <see cref="Verb.Globs"/>).</summary>
internal sealed class PathGlobs
{
    private readonly Verb _verb;
    private readonly Option<string[]> _include;
    private readonly Option<string[]> _exclude;

    internal PathGlobs(Verb verb, Option<string[]> include, Option<string[]> exclude)
    {
        _verb = verb;
        _include = include;
        _exclude = exclude;
    }

    /// <summary>
    /// Compiles the globs given; a malformed one is reported as a usage error (exit 2) and gives <see langword="false"/>.
    /// </summary>
    /// <param name="result">The parse result.</param>
    /// <param name="filter">The filter (<see cref="Corpus.PathFilter.Everything"/> when no glob is given).</param>
    /// <param name="exitCode">The exit code of the usage error, when there is one.</param>
    public bool TryGetFilter(ParseResult result, out Corpus.PathFilter filter, out int exitCode)
    {
        exitCode = 0;
        if (Corpus.PathFilter.TryCreate(result.GetValue(_include) ?? Array.Empty<string>(), result.GetValue(_exclude) ?? Array.Empty<string>(),
                out Corpus.PathFilter? created, out (string Zh, string En)? problem))
        {
            filter = created!;
            return true;
        }

        filter = Corpus.PathFilter.Everything;
        exitCode = _verb.UsageError(problem!.Value.Zh, problem.Value.En);
        return false;
    }
}
