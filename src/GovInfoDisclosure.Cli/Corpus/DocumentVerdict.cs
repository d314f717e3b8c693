namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>What a corpus run concluded about one document; <see cref="CorpusSummary"/> maps it to an exit code.</summary>
internal enum DocumentVerdict
{
    /// <summary>A report in which no error-severity rule fails (exit code 0).</summary>
    Valid = ExitCodes.Valid,

    /// <summary>A report that breaks the JSON contract or an error-severity rule (exit code 1).</summary>
    Invalid = ExitCodes.Invalid,

    /// <summary>Not readable, not JSON, or not a report (exit code 2).</summary>
    Unreadable = ExitCodes.Unreadable,

    /// <summary>A report that was not read whole: a table not found, cells the import could not read (exit code 1).</summary>
    Incomplete = 3,
}
