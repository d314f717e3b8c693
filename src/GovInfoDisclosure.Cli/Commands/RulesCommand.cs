using System;
using System.Collections.Generic;
using System.CommandLine;
using GovInfoDisclosure.Cli.Parsing;
using System.Globalization;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo rules [--json]</c>: lists the rule catalogue.</summary>
internal sealed class RulesCommand : ICliCommand
{
    public string Name => "rules";

    public Command Create(CliContext context)
    {
        var verb = new Verb(context, Name, "列出每条勾稽关系规则及其代码、级别和说明。", "List every consistency rule (勾稽关系) with its code, severity and description.");
        Option<bool> json = verb.Flag("--json",
            "每条规则一行 JSON：{\"code\",\"severity\",\"kind\",\"scope\",\"formats\",\"optIn\",\"title\",\"formula\",\"description\",\"basisLabel\",\"specReference\",\"enforcedBy\"}；文字为 {\"zh\",\"en\"} 对象。",
            "One JSON object per rule, one per line: {\"code\",\"severity\",\"kind\",\"scope\",\"formats\",\"optIn\",\"title\",\"formula\",\"description\",\"basisLabel\",\"specReference\",\"enforcedBy\"}; texts are {\"zh\",\"en\"} objects.");
        verb.Notes("列出规则目录：每条规则的稳定代码、级别、种类、范围、适用格式、公式和说明，以及其依据的官方标签和规范出处。",
            "Lists the rule catalogue: every rule's stable code, severity, kind, scope, the formats it applies to, its formula and description, the official label it is based on and where the specification states it.");
        verb.Action((result, console) => Run(result.GetValue(json), console));
        return verb.Command;
    }

    private static int Run(bool json, CliConsole console)
    {
        foreach (RuleDefinition rule in RuleCatalogue.All)
        {
            if (json)
            {
                console.Out.WriteLine(JsonLine(rule));
            }
            else
            {
                console.Out.WriteLine($"{rule.Code,-8} {JsonOutput.Name(rule.Severity),-7} {Kebab(rule.Kind.ToString()),-14} "
                    + $"{Kebab(rule.Scope.ToString()),-12} {string.Join(",", Formats(rule))}{(rule.IsOptIn ? "  (opt-in)" : string.Empty)}");
                if (console.Language != CliLanguage.English)
                {
                    console.Out.WriteLine($"         {rule.Title.Zh}：{rule.Formula.Zh}");
                }

                if (console.Language != CliLanguage.Chinese)
                {
                    console.Out.WriteLine($"         {rule.Title.En}: {rule.Formula.En}");
                }
            }
        }

        return ExitCodes.Valid;
    }

    private static string JsonLine(RuleDefinition rule) => JsonOutput.Line(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("code", rule.Code);
        writer.WriteString("severity", JsonOutput.Name(rule.Severity));
        writer.WriteString("kind", Kebab(rule.Kind.ToString()));
        writer.WriteString("scope", Kebab(rule.Scope.ToString()));
        JsonOutput.WriteStrings(writer, "formats", Formats(rule));
        writer.WriteBoolean("optIn", rule.IsOptIn);
        JsonOutput.WriteBilingual(writer, "title", rule.Title);
        JsonOutput.WriteBilingual(writer, "formula", rule.Formula);
        JsonOutput.WriteBilingual(writer, "description", rule.Description);
        writer.WriteString("basisLabel", rule.BasisLabel);
        writer.WriteString("specReference", rule.SpecReference);
        if (rule.EnforcedBy is { } enforcedBy)
        {
            writer.WriteString("enforcedBy", enforcedBy);
        }
        else
        {
            writer.WriteNull("enforcedBy");
        }

        writer.WriteEndObject();
    });

    private static List<string> Formats(RuleDefinition rule)
    {
        var formats = new List<string>();
        foreach (ReportFormat format in rule.Formats)
        {
            formats.Add(((int)format).ToString(CultureInfo.InvariantCulture));
        }

        return formats;
    }

    /// <summary><c>EachColumn</c> → <c>each-column</c>.</summary>
    internal static string Kebab(string name)
    {
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
