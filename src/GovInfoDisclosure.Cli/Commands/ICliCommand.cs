using System.Collections.Generic;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>A verb of <c>govinfo</c>. Add one by implementing this and listing it in <see cref="CommandLine.Commands"/>.</summary>
internal interface ICliCommand
{
    /// <summary>The verb, e.g. <c>validate</c>.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The usage text shown by <c>govinfo help VERB</c> and on a usage error.</summary>
    string Usage { get; }

    /// <summary>Runs the verb with the arguments after it and returns the exit code.</summary>
    int Run(IReadOnlyList<string> arguments, CliConsole console);
}
