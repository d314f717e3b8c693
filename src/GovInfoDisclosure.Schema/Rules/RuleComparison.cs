namespace GovInfoDisclosure.Schema.Rules;

/// <summary>How the two sides of a relation compare when the relation holds.</summary>
internal enum RuleComparison
{
    /// <summary>left = right.</summary>
    Equal,

    /// <summary>left ≤ right.</summary>
    LessOrEqual,

    /// <summary>left ≥ right.</summary>
    GreaterOrEqual,
}
