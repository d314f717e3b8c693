using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Engine;

namespace GovInfoDisclosure.Schema.Rules.Sets;

/// <summary>
/// One registered check of a <see cref="ReportRuleSet"/>: evaluates the rules of one kind against a flattened report. The
/// linear relations (sum, balance, bound, non-negative) are one check over their compiled instances; each narrative rule is
/// a check of its own kind.
/// </summary>
internal abstract class ReportCheck
{
    /// <summary>Whether the check runs only when <see cref="ValidationOptions.CheckNarrative"/> is set.</summary>
    public abstract bool IsOptIn { get; }

    public abstract void Evaluate(GovInfoReport report, CellValue[] cells, ref List<Diagnostic>? diagnostics);
}

/// <summary>The compiled instances of linear relations, evaluated by the one generic <see cref="RuleEngine"/>.</summary>
internal sealed class LinearCheck : ReportCheck
{
    public LinearCheck(RuleInstance[] instances) => Instances = instances;

    public RuleInstance[] Instances { get; }

    public override bool IsOptIn => false;

    public override void Evaluate(GovInfoReport report, CellValue[] cells, ref List<Diagnostic>? diagnostics) =>
        RuleEngine.Evaluate(Instances, cells, null, ref diagnostics);
}

/// <summary>A rule of kind <see cref="RuleKind.Narrative"/>: the prose against the tables.</summary>
internal sealed class NarrativeCheck : ReportCheck
{
    public delegate void Evaluator(GovInfoReport report, CellValue[] cells, ref List<Diagnostic>? diagnostics);

    private readonly Evaluator _evaluate;

    public NarrativeCheck(string code, Evaluator evaluate)
    {
        Code = code;
        _evaluate = evaluate;
    }

    public string Code { get; }

    public override bool IsOptIn => true;

    public override void Evaluate(GovInfoReport report, CellValue[] cells, ref List<Diagnostic>? diagnostics) => _evaluate(report, cells, ref diagnostics);
}
