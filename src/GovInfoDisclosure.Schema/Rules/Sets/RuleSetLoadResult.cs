using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Rules;

/// <summary>The outcome of <see cref="ReportRuleSet.Load(string, string?)"/>: the rule set, or the located problems that prevent it.</summary>
/// <remarks>Exactly one of <see cref="RuleSet"/> and a non-empty <see cref="Problems"/> is set.</remarks>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(ReportRuleSet? ruleSet, IReadOnlyList<Diagnostic> problems)
    {
        RuleSet = ruleSet;
        Problems = problems;
    }

    /// <summary>The rule set, when the file is well formed; otherwise <see langword="null"/>.</summary>
    public ReportRuleSet? RuleSet { get; }

    /// <summary>
    /// Why the file is not a rule set: <c>RULES-…</c> diagnostics (stage <see cref="DiagnosticStage.Document"/>) located by
    /// the JSON Pointer in the rules file (<see cref="DiagnosticLocation.Pointer"/>) and, for syntax errors, the line and byte.
    /// </summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Whether the set was loaded.</summary>
    public bool IsSuccess => RuleSet is not null;

    internal static RuleSetLoadResult Failure(Diagnostic problem) => new(null, new[] { problem ?? throw new ArgumentNullException(nameof(problem)) });
}
