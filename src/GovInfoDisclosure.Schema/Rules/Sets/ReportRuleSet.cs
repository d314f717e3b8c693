using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using GovInfoDisclosure.Schema.Rules.Engine;
using GovInfoDisclosure.Schema.Rules.Kinds;
using GovInfoDisclosure.Schema.Rules.Sets;

namespace GovInfoDisclosure.Schema.Rules;

/// <summary>
/// A set of rules of one format, as data: the rule definitions and their compiled instances, plus the registered checks of
/// other kinds (the narrative checks). Built in (<see cref="BuiltIn"/>: the rule catalogue of a format) or loaded from JSON of
/// the shape of <c>schemas/rules-2021.json</c> (<see cref="Load(string, string?)"/>), e.g. a province's own relation with a code
/// of its own such as <c>HB-001</c>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Pass extra sets in <see cref="ValidationOptions.ExtraRuleSets"/>, or replace the built-in ones
/// with <see cref="ValidationOptions.RuleSets"/>; a set applies to the reports of its <see cref="Format"/> only.
/// </remarks>
public sealed class ReportRuleSet
{
    private static readonly Lazy<ReportRuleSet> Lazy2021 = new(() => Create(ReportFormat.Format2021));
    private static readonly Lazy<ReportRuleSet> Lazy2019 = new(() => Create(ReportFormat.Format2019));

    internal ReportRuleSet(string name, ReportFormat format, IReadOnlyList<RuleDefinition> rules, ReportCheck[] checks, int instanceCount)
    {
        Name = name;
        Format = format;
        Rules = rules;
        Checks = checks;
        InstanceCount = instanceCount;
    }

    /// <summary>A name for messages and logs: <c>built-in 2021</c>, or the name given to <see cref="Load(string, string?)"/>.</summary>
    public string Name { get; }

    /// <summary>The format of the reports the set applies to.</summary>
    public ReportFormat Format { get; }

    /// <summary>The definitions of the set's rules, in the order their diagnostics are reported.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>The number of rule instances (expansions of the linear rules over columns and rows).</summary>
    public int InstanceCount { get; }

    internal ReportCheck[] Checks { get; }

    /// <summary>The built-in rules of a format: every rule of the <see cref="RuleCatalogue"/> that applies within one report, the narrative checks included (they run when <see cref="ValidationOptions.CheckNarrative"/> is set).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The shared set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static ReportRuleSet BuiltIn(ReportFormat format) => format switch
    {
        ReportFormat.Format2021 => Lazy2021.Value,
        ReportFormat.Format2019 => Lazy2019.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>Loads a rule set from JSON of the shape of <c>schemas/rules-2021.json</c>: <c>format</c>, <c>rules</c> and <c>instances</c> (see docs/rules-export.md).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">A name for the set (e.g. the file name); <see langword="null"/> for <c>rules</c>.</param>
    /// <returns>The set, or the located <c>RULES-…</c> diagnostics that prevent it. Never throws on bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static RuleSetLoadResult Load(string json, string? name = null)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return RuleSetReader.Read(json, name ?? "rules");
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({(int)Format}, {Rules.Count} rules, {InstanceCount} instances)";

    internal void Evaluate(GovInfoReport report, CellValue[] cells, ValidationOptions options, ref List<Diagnostic>? diagnostics)
    {
        for (int i = 0; i < Checks.Length; i++)
        {
            ReportCheck check = Checks[i];
            if (!check.IsOptIn || options.CheckNarrative)
            {
                check.Evaluate(report, cells, ref diagnostics);
            }
        }
    }

    private static ReportRuleSet Create(ReportFormat format)
    {
        Engine.RuleSet compiled = Engine.RuleSet.For(format);
        var checks = new List<ReportCheck> { new LinearCheck(compiled.Instances) };
        var rules = new List<RuleDefinition>();
        foreach (RuleDefinition rule in RuleCatalogue.All)
        {
            if (rule.Kind is RuleKind.YearOverYear or RuleKind.Consolidation || !Contains(rule.Formats, format))
            {
                continue;
            }

            rules.Add(rule);
        }

        // The narrative rules are registered checks of kind Narrative, in catalogue order (GID-B7, then GID-B8).
        foreach (RuleDefinition rule in rules)
        {
            if (rule.Kind != RuleKind.Narrative)
            {
                continue;
            }

            checks.Add(rule.Code switch
            {
                RuleCodes.FeeStatement => new NarrativeCheck(rule.Code, FeeStatementRule.Evaluate),
                RuleCodes.OverviewFigures => new NarrativeCheck(rule.Code, OverviewFiguresRule.Evaluate),
                RuleCodes.TableFigures => new NarrativeCheck(rule.Code, TableFiguresRule.Evaluate),
                _ => throw new InvalidOperationException($"No check is registered for the narrative rule {rule.Code}."),
            });
        }

        return new ReportRuleSet("built-in " + ((int)format).ToString(System.Globalization.CultureInfo.InvariantCulture), format,
            rules.AsReadOnly(), checks.ToArray(), compiled.Instances.Length);
    }

    private static bool Contains(IReadOnlyList<ReportFormat> formats, ReportFormat format)
    {
        for (int i = 0; i < formats.Count; i++)
        {
            if (formats[i] == format)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The codes of the problems of a rules file (stage <see cref="DiagnosticStage.Document"/>, severity error).</summary>
    public static class Codes
    {
        /// <summary>The rules file is not JSON (located by line and byte).</summary>
        public const string Syntax = "RULES-SYNTAX";

        /// <summary>A property is missing, has the wrong type or an unknown value (located by the JSON Pointer in the rules file).</summary>
        public const string Shape = "RULES-SHAPE";

        /// <summary>A term names a pointer that is not a count cell of the set's format.</summary>
        public const string UnknownCell = "RULES-UNKNOWN-CELL";

        /// <summary>A rule code is empty, defined twice, or used by an instance without being defined in <c>rules</c>.</summary>
        public const string Code = "RULES-CODE";
    }
}
