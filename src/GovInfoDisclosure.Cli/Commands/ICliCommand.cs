using System.CommandLine;
using GovInfoDisclosure.Cli.Parsing;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>A verb of <c>govinfo</c>. Add one by implementing this and listing it in <see cref="CommandLine.Commands"/>.</summary>
internal interface ICliCommand
{
    /// <summary>The verb, e.g. <c>validate</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Declares the verb's command line (options, arguments, help texts in the run's language; see <see cref="Verb"/>) and
    /// its action, which returns the exit code.
    /// </summary>
    Command Create(CliContext context);
}
