namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>What a corpus run concluded about one document; the order is the order of the exit codes.</summary>
internal enum DocumentVerdict
{
    /// <summary>A report in which no error-severity rule fails (exit code 0).</summary>
    Valid = ExitCodes.Valid,

    /// <summary>A report that breaks the JSON contract or an error-severity rule (exit code 1).</summary>
    Invalid = ExitCodes.Invalid,

    /// <summary>Not readable, not JSON, or not a report (exit code 2).</summary>
    Unreadable = ExitCodes.Unreadable,
}
