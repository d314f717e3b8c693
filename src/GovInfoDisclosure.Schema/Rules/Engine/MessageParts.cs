using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Rules.Engine;

/// <summary>
/// The fixed pieces the engine builds the placeholder values of a relation's messages from (<c>{left}</c>, <c>{op}</c>,
/// <c>{right}</c>, <c>{relation}</c>, <c>{unknown}</c>). One place, so the exported rule files (<c>schemas/rules-*.json</c>,
/// <c>messageParts</c>) give other languages exactly the strings the engine uses.
/// </summary>
internal static class MessageParts
{
    /// <summary>Between a term's name and its value: <c>本年新收 11</c>.</summary>
    public const string NameValueSeparator = " ";

    /// <summary>Before a term of weight +1 that is not the first of its side.</summary>
    public const string Plus = " + ";

    /// <summary>Before a term of weight −1 that is not the first of its side.</summary>
    public const string Minus = " − ";

    /// <summary>Before a first term of weight −1.</summary>
    public const string LeadingMinus = "− ";

    /// <summary>A side without terms (the 0 of <c>a + b ≥ 0</c>).</summary>
    public const string EmptySide = "0";

    /// <summary>After the value of a blank cell read as 0.</summary>
    public static readonly BilingualText BlankAsZero = new("（空，按0计）", " (blank, read as 0)");

    /// <summary>After the name of an unknown blank cell.</summary>
    public static readonly BilingualText Blank = new("（空）", " (blank)");

    /// <summary>After the name of a cell holding a mark; <c>{mark}</c> is the mark.</summary>
    public static readonly BilingualText Mark = new("（“{mark}”）", " (mark \"{mark}\")");

    /// <summary>After the name of an optional cell the document does not have.</summary>
    public static readonly BilingualText Missing = new("（缺）", " (missing)");

    /// <summary>Between the unknown cells listed in <c>{unknown}</c>.</summary>
    public static readonly BilingualText UnknownSeparator = new("、", ", ");

    /// <summary>The comparison as written in <c>{relation}</c>.</summary>
    public static string RelationOperator(RuleComparison comparison) => comparison switch
    {
        RuleComparison.Equal => "=",
        RuleComparison.LessOrEqual => "≤",
        _ => "≥",
    };

    /// <summary>The negated comparison a failed instance shows in <c>{op}</c>.</summary>
    public static string FailOperator(RuleComparison comparison) => comparison switch
    {
        RuleComparison.Equal => "≠",
        RuleComparison.LessOrEqual => ">",
        _ => "<",
    };
}
