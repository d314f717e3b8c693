using System.Collections.Generic;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.JsonSchemas;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo schema --format 2021|2019</c>: prints the published JSON Schema.</summary>
internal sealed class SchemaCommand : ICliCommand
{
    public string Name => "schema";

    public string Summary => "Print the JSON Schema (draft 2020-12) of a format, for validators in any language.";

    public string Usage => """
        Usage: govinfo schema --format 2021|2019

        Prints the JSON Schema (draft 2020-12) of the canonical document of the current format ("2021",
        国办公开办函〔2021〕30号) or the legacy layout ("2019", 国办公开办函〔2019〕60号). The schemas check the shape of a
        document, not its arithmetic.
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        ReportFormat? format = null;
        if (arguments.Count == 2 && arguments[0] == "--format")
        {
            format = arguments[1] switch
            {
                "2021" => ReportFormat.Format2021,
                "2019" => ReportFormat.Format2019,
                _ => null,
            };
        }

        if (format is null)
        {
            console.Error.WriteLine("govinfo schema: expected --format 2021 or --format 2019.");
            console.Error.WriteLine(Usage);
            return ExitCodes.Unreadable;
        }

        console.Out.WriteLine(ReportSchemas.GetJson(format.Value));
        return ExitCodes.Valid;
    }
}
