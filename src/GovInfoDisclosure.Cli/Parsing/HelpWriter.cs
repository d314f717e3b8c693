using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;

namespace GovInfoDisclosure.Cli.Parsing;

/// <summary>
/// Writes the help of a command in the run's language: what it does, its synopsis, arguments, options (its own and the
/// global ones such as <c>--lang</c>) and notes. System.CommandLine's own help builder writes its headings in English
/// only (its translations need a culture, and govinfo runs with invariant globalization), so the layout is written here
/// from the same command tree the parser uses: help cannot drift from what is parsed.
/// </summary>
internal static class HelpWriter
{
    private const int MaxLabelWidth = 28;

    /// <summary>Writes the whole help of <paramref name="command"/>.</summary>
    public static void Write(TextWriter writer, Command command, CliContext context)
    {
        CliLanguage language = context.Language;
        var text = new StringBuilder();
        text.Append(Title(command)).Append('\n');
        AppendIndented(text, command.Description ?? string.Empty, "  ");
        text.Append('\n').Append(Synopsis(command, language)).Append('\n');

        var rows = new List<(string Label, string Description)>();
        foreach (Argument argument in command.Arguments)
        {
            rows.Add((ArgumentLabel(argument), argument.Description ?? string.Empty));
        }

        if (rows.Count > 0)
        {
            text.Append('\n').Append(Heading(language, "参数：", "Arguments:")).Append('\n');
            AppendRows(text, rows);
        }

        rows.Clear();
        foreach (Command subcommand in command.Subcommands)
        {
            if (!subcommand.Hidden)
            {
                rows.Add((subcommand.Name, subcommand.Description ?? string.Empty));
            }
        }

        if (rows.Count > 0)
        {
            text.Append('\n').Append(Heading(language, "命令：", "Commands:")).Append('\n');
            AppendRows(text, rows);
        }

        rows.Clear();
        foreach (Option option in OptionsOf(command))
        {
            rows.Add((OptionLabel(option), option.Description ?? string.Empty));
        }

        text.Append('\n').Append(Heading(language, "选项：", "Options:")).Append('\n');
        AppendRows(text, rows);
        if (context.NotesOf(command) is { } notes)
        {
            text.Append('\n');
            AppendIndented(text, notes, string.Empty);
        }

        writer.Write(text.ToString());
    }

    /// <summary>The one-line synopsis, e.g. <c>Usage: govinfo validate &lt;PATH&gt;... [options]</c>.</summary>
    public static string Synopsis(Command command, CliLanguage language)
    {
        var text = new StringBuilder(Heading(language, "用法：", "Usage:")).Append(language == CliLanguage.Chinese ? string.Empty : " ").Append(Title(command));
        if (command.Subcommands.Count > 0)
        {
            text.Append(' ').Append(language == CliLanguage.Chinese ? "<命令>" : "<command>");
        }

        foreach (Argument argument in command.Arguments)
        {
            string label = ArgumentLabel(argument);
            text.Append(' ').Append(argument.Arity.MinimumNumberOfValues == 0 ? "[" + label + "]" : label);
        }

        text.Append(' ').Append(language == CliLanguage.Chinese ? "[选项]" : "[options]");
        return text.ToString();
    }

    /// <summary><c>govinfo</c>, or <c>govinfo VERB</c>.</summary>
    public static string Title(Command command) => command is RootCommand ? "govinfo" : "govinfo " + command.Name;

    /// <summary>The options of <paramref name="command"/> followed by the global ones of its parents, each once.</summary>
    public static List<Option> OptionsOf(Command command)
    {
        var options = new List<Option>(command.Options);
        foreach (Symbol parent in command.Parents)
        {
            if (parent is Command parentCommand)
            {
                foreach (Option option in parentCommand.Options)
                {
                    if (option.Recursive && !options.Contains(option))
                    {
                        options.Add(option);
                    }
                }
            }
        }

        options.RemoveAll(option => option.Hidden);
        return options;
    }

    private static string Heading(CliLanguage language, string zh, string en) => language switch
    {
        CliLanguage.Chinese => zh,
        CliLanguage.English => en,
        _ => zh.TrimEnd('：') + " " + en,
    };

    private static string ArgumentLabel(Argument argument) =>
        "<" + argument.Name + ">" + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty);

    private static string OptionLabel(Option option)
    {
        var names = new List<string>(option.Aliases) { option.Name };
        names.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        string label = string.Join(", ", names);
        bool takesValue = option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;
        return takesValue ? label + " <" + (option.HelpName ?? "VALUE") + ">" : label;
    }

    private static void AppendRows(StringBuilder text, List<(string Label, string Description)> rows)
    {
        int width = 0;
        foreach ((string label, _) in rows)
        {
            if (label.Length <= MaxLabelWidth)
            {
                width = Math.Max(width, label.Length);
            }
        }

        string indent = new(' ', 2 + width + 2);
        foreach ((string label, string description) in rows)
        {
            text.Append("  ").Append(label);
            string[] lines = description.Split('\n');
            if (label.Length > width)
            {
                text.Append('\n').Append(indent);
            }
            else
            {
                text.Append(' ', width - label.Length + 2);
            }

            for (int i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    text.Append('\n').Append(indent);
                }

                text.Append(lines[i]);
            }

            text.Append('\n');
        }
    }

    private static void AppendIndented(StringBuilder text, string block, string indent)
    {
        foreach (string line in block.Split('\n'))
        {
            text.Append(line.Length == 0 ? string.Empty : indent).Append(line).Append('\n');
        }
    }
}
