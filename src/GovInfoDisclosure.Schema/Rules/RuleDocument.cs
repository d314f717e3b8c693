namespace GovInfoDisclosure.Schema.Rules;

/// <summary>Which report an operand of a relation reads.</summary>
internal enum RuleDocument : byte
{
    /// <summary>The report being validated (the later one in a year-over-year comparison).</summary>
    Current = 0,

    /// <summary>The report of the year before.</summary>
    Previous = 1,
}
