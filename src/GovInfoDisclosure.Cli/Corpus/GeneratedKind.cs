namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>What a generated corpus line is meant to be, and so what <c>govinfo validate</c> must say of it.</summary>
internal enum GeneratedKind
{
    /// <summary>A report in which every rule holds or is indeterminate (blank or marked cells): valid, exit 0.</summary>
    Valid,

    /// <summary>A well-formed report with one total changed, so that at least one error-severity rule fails: invalid, exit 1.</summary>
    RuleBroken,

    /// <summary>A report document that breaks the JSON contract (a negative count, an unknown property...): invalid, exit 1.</summary>
    ContractBroken,

    /// <summary>Not a report: truncated, not JSON, no or an unknown format, too deep: unreadable, exit 2.</summary>
    Unreadable,
}
