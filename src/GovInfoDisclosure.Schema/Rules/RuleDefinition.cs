using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Rules;

/// <summary>One row of the <see cref="Catalogue.RuleCatalogue"/>: a consistency relation (勾稽关系) with its code, severity and texts.</summary>
/// <remarks>
/// <para>
/// The definition is data. Which cells a rule relates in each format is declared in the format's rule file
/// (<c>Rules2021</c>, <c>Rules2019</c>, the cross-report rules) as JSON Pointers of the label catalogue, and one generic
/// engine evaluates them; this type carries what is the same in every format.
/// </para>
/// <para>Immutable; equality is reference equality (each code has exactly one definition).</para>
/// </remarks>
public sealed class RuleDefinition
{
    internal RuleDefinition(string code, DiagnosticSeverity severity, RuleKind kind, RuleScope scope, IReadOnlyList<ReportFormat> formats,
        BilingualText title, BilingualText formula, BilingualText description, string basisLabel, string specReference,
        MessageTemplate failMessage, MessageTemplate indeterminateMessage, bool isOptIn = false, string? enforcedBy = null)
    {
        Code = code;
        Severity = severity;
        Kind = kind;
        Scope = scope;
        Formats = ReadOnlyLists.Copy(formats);
        Title = title;
        Formula = formula;
        Description = description;
        BasisLabel = basisLabel;
        SpecReference = specReference;
        FailMessage = failMessage;
        IndeterminateMessage = indeterminateMessage;
        IsOptIn = isOptIn;
        EnforcedBy = enforcedBy;
    }

    /// <summary>The stable code, e.g. <c>GID-B1</c> (see <see cref="Catalogue.RuleCodes"/>).</summary>
    public string Code { get; }

    /// <summary>Error for a strict relation, warning for a plausibility check.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The shape of the relation.</summary>
    public RuleKind Kind { get; }

    /// <summary>Over what the rule is expanded (each column, each row, …).</summary>
    public RuleScope Scope { get; }

    /// <summary>
    /// The formats of the report the rule applies to; for a year-over-year rule, the format of the later report (the
    /// catalogue page says which pairs of formats).
    /// </summary>
    public IReadOnlyList<ReportFormat> Formats { get; }

    /// <summary>A short name, e.g. 表三 列平衡 / Application table balance.</summary>
    public BilingualText Title { get; }

    /// <summary>The relation written with the official labels, e.g. <c>本年新收 + 上年结转 = 办理结果总计 + 结转下年度</c>.</summary>
    public BilingualText Formula { get; }

    /// <summary>What the rule checks and why, in Chinese and English.</summary>
    public BilingualText Description { get; }

    /// <summary>The official label text the rule is based on, verbatim (e.g. the header note of 表三, or <c>(七)总计</c>).</summary>
    public string BasisLabel { get; }

    /// <summary>Where the relation is specified, e.g. <c>formats.md §2.8 B-1</c>.</summary>
    public string SpecReference { get; }

    /// <summary>
    /// The message of a failed instance. Placeholders: <c>{table}</c>, <c>{scope}</c>, <c>{left}</c>, <c>{op}</c>,
    /// <c>{right}</c> for relations; rule kinds that compare no sums document their own.
    /// </summary>
    public MessageTemplate FailMessage { get; }

    /// <summary>The message of an indeterminate instance. Placeholders: <c>{table}</c>, <c>{scope}</c>, <c>{relation}</c>, <c>{unknown}</c>.</summary>
    public MessageTemplate IndeterminateMessage { get; }

    /// <summary>Whether the rule runs only when asked for (the narrative checks, <see cref="ValidationOptions.CheckNarrative"/>).</summary>
    public bool IsOptIn { get; }

    /// <summary>
    /// For a rule the engine does not evaluate because the model cannot break it (<see cref="RuleKind.CellType"/>), the code of
    /// the JSON reader problem that reports a document breaking it (e.g. <c>JSON-NEGATIVE</c>); otherwise <see langword="null"/>.
    /// </summary>
    public string? EnforcedBy { get; }

    /// <inheritdoc/>
    public override string ToString() => Code + " " + Title.En;
}
