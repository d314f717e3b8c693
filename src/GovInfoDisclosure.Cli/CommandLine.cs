using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GovInfoDisclosure.Cli.Commands;

namespace GovInfoDisclosure.Cli;

/// <summary>Dispatches the first argument to a verb.</summary>
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
    };

    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h" or "-?")
        {
            return Help(args.Skip(1).FirstOrDefault(), console);
        }

        if (args[0] is "--version")
        {
            console.Out.WriteLine(typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return ExitCodes.Valid;
        }

        ICliCommand? command = Commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.Ordinal));
        if (command is null)
        {
            console.Error.WriteLine($"govinfo: unknown command '{args[0]}'. Run 'govinfo help' for the list.");
            return ExitCodes.Unreadable;
        }

        return command.Run(args.Skip(1).ToArray(), console);
    }

    private static int Help(string? verb, CliConsole console)
    {
        if (verb is not null)
        {
            ICliCommand? command = Commands.FirstOrDefault(c => c.Name == verb);
            if (command is null)
            {
                console.Error.WriteLine($"govinfo: unknown command '{verb}'.");
                return ExitCodes.Unreadable;
            }

            console.Out.WriteLine(command.Usage);
            return ExitCodes.Valid;
        }

        console.Out.WriteLine("govinfo — government-information-disclosure annual reports (政府信息公开工作年度报告)");
        console.Out.WriteLine();
        console.Out.WriteLine("Usage: govinfo <command> [arguments]");
        console.Out.WriteLine();
        console.Out.WriteLine("Commands:");
        foreach (ICliCommand command in Commands)
        {
            console.Out.WriteLine($"  {command.Name,-12}{command.Summary}");
        }

        console.Out.WriteLine();
        console.Out.WriteLine("Run 'govinfo help <command>' for a command's usage. Exit codes: 0 ok, 1 invalid or incomplete report, 2 unreadable input or wrong command line, 3 output could not be written.");
        return ExitCodes.Valid;
    }
}
