using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using GovInfoDisclosure.Cli.Commands;
using GovInfoDisclosure.Cli.Parsing;

namespace GovInfoDisclosure.Cli;

/// <summary>
/// The command line of <c>govinfo</c>: System.CommandLine parses it (verbs, <c>--opt value</c> and <c>--opt=value</c>,
/// <c>-h</c>/<c>--help</c> on every verb, <c>--</c> before a file name that starts with a dash, shell completion through
/// the <c>[suggest]</c> directive); the help, the errors and their suggestions are written here, in the language of
/// <c>--lang</c>. Exit code 2 for a wrong command line, as for unreadable input.
/// </summary>
internal static class CommandLine
{
    /// <summary>The verbs, in the order <c>govinfo help</c> lists them.</summary>
    public static IReadOnlyList<ICliCommand> Commands { get; } = new ICliCommand[]
    {
        new ValidateCommand(),
        new RulesCommand(),
        new CompareCommand(),
        new ConsolidateCommand(),
        new ImportCommand(),
        new RenderCommand(),
        new ExportCommand(),
        new MigrateCommand(),
        new SchemaCommand(),
        new GenerateCommand(),
        new ServeCommand(),
    };

    /// <summary>The global option <c>--lang</c>.</summary>
    public const string LanguageOption = "--lang";

    /// <summary>The global option <c>--quiet</c>.</summary>
    public const string QuietOption = "--quiet";

    // Response files (@FILE) are off: a report named @2024.json is a file to read, not a list of arguments.
    private static readonly ParserConfiguration Parser = new() { ResponseFileTokenReplacer = null };

    /// <summary>Parses <paramref name="args"/> and runs the verb; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        // The language is needed to build the tree (its descriptions) and to check values, so it is read before parsing;
        // the parser then checks --lang like any option (a wrong value is an error in the language of the locale).
        CliLanguage language = LanguageOf(args, console);
        var context = new CliContext(console.With(language));
        RootCommand root = BuildRoot(context);

        // `govinfo help VERB`: the parser reads a verb's name as that verb wherever it stands, so the name is looked up here.
        if (args.Count == 2 && args[0] == "help" && FindVerb(root, args[1]) is { } named)
        {
            HelpWriter.Write(context.Console.Out, named, context);
            return ExitCodes.Valid;
        }

        ParseResult result = root.Parse(args, Parser);

        // Help wins over mistakes elsewhere on the line: `govinfo validate --jsn --help` shows the help.
        if (result.Action is not LocalizedHelpAction)
        {
            List<string> errors = ErrorsOf(result, context);
            if (errors.Count > 0)
            {
                return WriteUsageErrors(context, result.CommandResult.Command, errors);
            }
        }

        return result.Invoke(new InvocationConfiguration
        {
            Output = context.Console.Out,
            Error = context.Console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        });
    }

    /// <summary>Writes one usage error of <paramref name="command"/> and the synopsis; returns 2.</summary>
    internal static int WriteUsageError(CliContext context, Command command, string message) =>
        WriteUsageErrors(context, command, new List<string> { message });

    private static int WriteUsageErrors(CliContext context, Command command, List<string> errors)
    {
        CliLanguage language = context.Language;
        string prefix = HelpWriter.Title(command) + ": ";
        foreach (string error in errors)
        {
            context.Console.Error.WriteLine(prefix + error);
        }

        context.Console.Error.WriteLine(HelpWriter.Synopsis(command, language));
        context.Console.Error.WriteLine(language.Inline($"运行“{HelpWriter.Title(command)} --help”查看用法。", $"Run '{HelpWriter.Title(command)} --help' for the usage."));
        return ExitCodes.Unreadable;
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        CliLanguage language = context.Language;
        var root = new RootCommand(language.Pick("政府信息公开工作年度报告：校验、导入、绘制、导出。", "Government-information-disclosure annual reports (政府信息公开工作年度报告): check, import, draw, export."));
        foreach (Option option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = language.Pick("显示帮助。", "Show this help.");
                help.Action = new LocalizedHelpAction(context);
            }
            else if (option is VersionOption version)
            {
                version.Description = language.Pick("显示版本。", "Show the version.");
            }
        }

        var lang = new Option<string>(LanguageOption)
        {
            Description = language.Pick("消息的语言：zh 中文、en 英文、both 中英文（默认：中文区域设置为 zh，否则 both）。",
                "The language of the messages: zh, en or both (default: zh on a Chinese locale, else both)."),
            HelpName = "zh|en|both",
            Recursive = true,
            CustomParser = r =>
            {
                string value = r.Tokens.Count == 0 ? string.Empty : r.Tokens[r.Tokens.Count - 1].Value;
                if (!CliLanguages.TryParse(value, out _))
                {
                    r.AddError(context.Error($"--lang 的值“{value}”无效，可选：zh、en、both。", $"'{value}' is not a value of --lang; expected zh, en or both."));
                }

                return value;
            },
        };
        lang.CompletionSources.Add(CliLanguages.Names);
        root.Options.Add(lang);
        root.Options.Add(context.Quiet);

        foreach (ICliCommand verb in Commands)
        {
            Command command = verb.Create(context);
            command.TreatUnmatchedTokensAsErrors = false;
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(HelpCommand(context, root));
        root.TreatUnmatchedTokensAsErrors = false;
        context.SetNotes(root,
            "运行“govinfo help 命令”或“govinfo 命令 --help”查看一个命令的用法。\n退出码：0 正常；1 报告不合规或不完整；2 输入无法读取或命令行有误；3 输出无法写入。",
            "Run 'govinfo help COMMAND' or 'govinfo COMMAND --help' for a command's usage.\nExit codes: 0 ok, 1 invalid or incomplete report, 2 unreadable input or wrong command line, 3 output could not be written.");

        // Bare `govinfo`: the usage on standard error and exit 2, so a script that forgot its verb fails.
        root.SetAction(result =>
        {
            HelpWriter.Write(context.Console.Error, root, context);
            return ExitCodes.Unreadable;
        });
        return root;
    }

    private static Command HelpCommand(CliContext context, RootCommand root)
    {
        CliLanguage language = context.Language;
        var help = new Command("help", language.Pick("列出命令，或显示一个命令的用法。", "List the commands, or show one command's usage."));
        var verb = new Argument<string[]>("COMMAND") { Arity = new ArgumentArity(0, 1), Description = language.Pick("命令名，例如 validate。", "A command, e.g. validate.") };
        verb.CompletionSources.Add(Names(root));
        help.Arguments.Add(verb);
        help.SetAction(result =>
        {
            string[] named = result.GetValue(verb) ?? Array.Empty<string>();
            if (named.Length == 0)
            {
                HelpWriter.Write(context.Console.Out, root, context);
                return ExitCodes.Valid;
            }

            if (FindVerb(root, named[0]) is { } command)
            {
                HelpWriter.Write(context.Console.Out, command, context);
                return ExitCodes.Valid;
            }

            return WriteUsageError(context, help, UnknownCommand(named[0], root, language));
        });
        return help;
    }

    private static Command? FindVerb(RootCommand root, string name)
    {
        foreach (Command command in root.Subcommands)
        {
            if (command.Name == name)
            {
                return command;
            }
        }

        return null;
    }

    /// <summary>Every problem of the command line, in the order of the words: unknown words first, then wrong values.</summary>
    private static List<string> ErrorsOf(ParseResult result, CliContext context)
    {
        CliLanguage language = context.Language;
        var errors = new List<string>();
        Command command = result.CommandResult.Command;
        foreach (string token in result.UnmatchedTokens)
        {
            if (command is RootCommand && !token.StartsWith("-", StringComparison.Ordinal))
            {
                // An unknown verb: what follows it is its own business, not more errors.
                errors.Add(UnknownCommand(token, command, language));
                break;
            }

            errors.Add(token.StartsWith("-", StringComparison.Ordinal) ? UnknownOption(token, command, language)
                : language.Inline($"多余的参数“{token}”。", $"unexpected argument '{token}'."));
        }

        // A word that looks like an option but names none reaches a verb's file arguments; refuse it (a file whose
        // name starts with a dash goes after `--`). A lone "-" is standard input.
        foreach (string token in DashedArguments(result))
        {
            errors.Add(UnknownOption(token, command, language));
        }

        foreach (ParseError error in result.Errors)
        {
            if (error.SymbolResult is ArgumentResult { Argument: var argument } argumentResult && argumentResult.Tokens.Count < argument.Arity.MinimumNumberOfValues && context.MissingMessageOf(argument) is { } missing)
            {
                errors.Add(missing);
            }
            else if (error.SymbolResult is OptionResult { Option: var option } optionResult && optionResult.Tokens.Count == 0 && option.ValueType != typeof(bool))
            {
                string name = optionResult.IdentifierToken?.Value ?? option.Name;
                errors.Add(language.Inline($"{name} 需要一个值。", $"{name} needs a value."));
            }
            else
            {
                // govinfo's own errors are in the run's language already; the parser's are English sentences.
                errors.Add(context.IsOwnError(error.Message) ? error.Message
                    : language == CliLanguage.English ? Lower(error.Message) : "命令行有误：" + error.Message);
            }
        }

        return errors;
    }

    /// <summary>The words before <c>--</c> that start with a dash and were taken as a verb's arguments.</summary>
    private static List<string> DashedArguments(ParseResult result)
    {
        int doubleDash = -1;
        for (int i = 0; i < result.Tokens.Count; i++)
        {
            if (result.Tokens[i].Type == TokenType.DoubleDash)
            {
                doubleDash = i;
                break;
            }
        }

        var dashed = new List<string>();
        foreach (Argument argument in result.CommandResult.Command.Arguments)
        {
            if (result.GetResult(argument) is not { } argumentResult)
            {
                continue;
            }

            foreach (Token token in argumentResult.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && (doubleDash < 0 || IndexOf(result.Tokens, token) < doubleDash))
                {
                    dashed.Add(token.Value);
                }
            }
        }

        return dashed;
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], token))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static string UnknownCommand(string token, Command root, CliLanguage language) =>
        language.Inline($"未知命令“{token}”。", $"unknown command '{token}'.") + Suggestion(token, Names(root), language);

    private static string UnknownOption(string token, Command command, CliLanguage language)
    {
        string name = token;
        int equals = token.IndexOfAny(new[] { '=', ':' });
        if (equals > 0)
        {
            name = token.Substring(0, equals);
        }

        var candidates = new List<string>();
        foreach (Option option in HelpWriter.OptionsOf(command))
        {
            candidates.Add(option.Name);
            candidates.AddRange(option.Aliases);
        }

        return language.Inline($"未知选项“{name}”。", $"unknown option '{name}'.") + Suggestion(name, candidates.ToArray(), language);
    }

    private static string[] Names(Command root)
    {
        var names = new List<string>();
        foreach (Command command in root.Subcommands)
        {
            names.Add(command.Name);
        }

        return names.ToArray();
    }

    private static string Suggestion(string token, string[] candidates, CliLanguage language)
    {
        string? best = Suggestions.Closest(token, candidates);
        return best is null ? string.Empty : " " + language.Inline($"是否想输入“{best}”？", $"Did you mean '{best}'?");
    }

    private static CliLanguage LanguageOf(IReadOnlyList<string> args, CliConsole console)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                break;
            }

            string? value = arg == LanguageOption && i + 1 < args.Count ? args[i + 1]
                : arg.StartsWith(LanguageOption + "=", StringComparison.Ordinal) || arg.StartsWith(LanguageOption + ":", StringComparison.Ordinal) ? arg.Substring(LanguageOption.Length + 1)
                : null;
            if (value is not null && CliLanguages.TryParse(value, out CliLanguage chosen))
            {
                return chosen;
            }
        }

        return CliLanguages.FromEnvironment(console.GetEnvironmentVariable);
    }

    private static string Lower(string message) => message.Length > 0 && char.IsUpper(message[0]) && (message.Length == 1 || !char.IsUpper(message[1]))
        ? char.ToLowerInvariant(message[0]) + message.Substring(1)
        : message;

    /// <summary><c>-h</c>, <c>--help</c> on any verb: the help in the run's language, on standard output, exit 0.</summary>
    private sealed class LocalizedHelpAction : SynchronousCommandLineAction
    {
        private readonly CliContext _context;

        public LocalizedHelpAction(CliContext context) => _context = context;

        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            HelpWriter.Write(_context.Console.Out, parseResult.CommandResult.Command, _context);
            return ExitCodes.Valid;
        }
    }
}
