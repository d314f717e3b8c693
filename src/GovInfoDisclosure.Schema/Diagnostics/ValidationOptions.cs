using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>Options of the validators. Immutable; <see cref="Default"/> is the recommended setting.</summary>
/// <remarks>
/// Messages are always produced in both Chinese and English (<see cref="BilingualText"/>), so there is no culture option and
/// no global state: two validations with different options can run in parallel.
/// </remarks>
public sealed record ValidationOptions
{
    /// <summary>The default options: blanks are unknown, narrative checks are off.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// Whether a blank cell is read as 0 (command line: <c>--blank-as-zero</c>). Off by default: a blank is unknown, and a rule
    /// with a blank operand is <see cref="DiagnosticOutcome.Indeterminate"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Many bodies print nothing where they mean 0, so evaluators often want this. It applies to blanks only: a printed mark
    /// (<c>"/"</c>, <c>"-"</c>, <c>"无"</c>) stays unknown, and so does a cell of an optional row or column the document does not
    /// have.
    /// </para>
    /// <para>
    /// One exception keeps a known shape intact: when every leaf of a result group (不予公开, 无法提供, 不予处理, 其他处理) is
    /// blank in a column while the group's subtotal row is present, the leaves stay unknown. That is a group printed as a
    /// single row (or a legacy (六)其他处理 row migrated to the current format): its breakdown is unknown, not zero.
    /// </para>
    /// </remarks>
    public bool BlankAsZero { get; init; }

    /// <summary>
    /// Whether the narrative checks run (command line: <c>--narrative</c>): section 六 against the 信息处理费 row of 表三, and the
    /// figures stated in 一、总体情况 against 表三. Off by default; their diagnostics are warnings.
    /// </summary>
    public bool CheckNarrative { get; init; }

    /// <summary>
    /// The rule sets that replace the built-in ones (<see cref="ReportRuleSet.BuiltIn"/>); <see langword="null"/> (the default)
    /// for the built-in rules of the report's format. A set applies only to reports of its format.
    /// </summary>
    public IReadOnlyList<ReportRuleSet>? RuleSets { get; init; }

    /// <summary>
    /// Rule sets evaluated after the built-in (or replacing) ones, e.g. a province's own rules loaded with
    /// <see cref="ReportRuleSet.Load(string, string?)"/> (command line: <c>--rules FILE</c>). Empty by default.
    /// </summary>
    public IReadOnlyList<ReportRuleSet> ExtraRuleSets { get; init; } = Array.Empty<ReportRuleSet>();

    /// <summary>
    /// JSON Pointers of the cells the import could not read — a cell, or a row, group or table prefix such as
    /// <c>/applications/newlyReceived</c>. They are blank in the report, but not printed blank: they stay unknown under
    /// <see cref="BlankAsZero"/>. Empty by default; the combined import-and-validate result fills it from the import's
    /// diagnostics.
    /// </summary>
    public IReadOnlyList<string> UnreadCells { get; init; } = Array.Empty<string>();

    /// <summary>The rule sets that apply to a report of a format, in evaluation order.</summary>
    /// <param name="format">The report's format.</param>
    /// <returns>The replacing or built-in sets of that format, then the extra ones.</returns>
    public IReadOnlyList<ReportRuleSet> RuleSetsFor(Model.ReportFormat format)
    {
        var sets = new List<ReportRuleSet>();
        if (RuleSets is null)
        {
            sets.Add(ReportRuleSet.BuiltIn(format));
        }
        else
        {
            AddOfFormat(sets, RuleSets, format);
        }

        AddOfFormat(sets, ExtraRuleSets, format);
        return sets.AsReadOnly();
    }

    private static void AddOfFormat(List<ReportRuleSet> sets, IReadOnlyList<ReportRuleSet> candidates, Model.ReportFormat format)
    {
        for (int i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { } set && set.Format == format)
            {
                sets.Add(set);
            }
        }
    }
}
