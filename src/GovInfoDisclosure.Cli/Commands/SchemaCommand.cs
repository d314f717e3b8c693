using System.CommandLine;
using GovInfoDisclosure.Cli.Parsing;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.JsonSchemas;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo schema --format 2021|2019</c>: prints the published JSON Schema.</summary>
internal sealed class SchemaCommand : ICliCommand
{
    public string Name => "schema";

    public Command Create(CliContext context)
    {
        var verb = new Verb(context, Name, "打印一种格式的 JSON Schema（draft 2020-12），供任何语言的校验器使用。",
            "Print the JSON Schema (draft 2020-12) of a format, for validators in any language.");
        Option<string> format = verb.Choice("--format", new[] { "2021", "2019" },
            "必需：2021 现行格式（国办公开办函〔2021〕30号）或 2019 旧版（国办公开办函〔2019〕60号）。",
            "Required: 2021, the current format (国办公开办函〔2021〕30号), or 2019, the legacy layout (国办公开办函〔2019〕60号).");
        verb.Notes("该模式检查文档的结构，不检查其勾稽关系。", "The schemas check the shape of a document, not its arithmetic.");
        verb.Action((result, console) =>
        {
            ReportFormat? chosen = result.GetValue(format) switch
            {
                "2021" => ReportFormat.Format2021,
                "2019" => ReportFormat.Format2019,
                _ => null,
            };
            if (chosen is null)
            {
                return verb.UsageError("需要 --format 2021 或 --format 2019。", "expected --format 2021 or --format 2019.");
            }

            console.Out.WriteLine(ReportSchemas.GetJson(chosen.Value));
            return ExitCodes.Valid;
        });
        return verb.Command;
    }
}
