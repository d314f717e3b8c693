namespace GovInfoDisclosure.Cli;

/// <summary>
/// The exit codes of <c>govinfo</c>, the same for every verb; with several inputs, the highest applies. README.md lists them
/// in one table (a test checks the table against these constants).
/// </summary>
internal static class ExitCodes
{
    /// <summary>Every input is a valid report (or the verb did what it was asked).</summary>
    public const int Valid = 0;

    /// <summary>
    /// An input is a report document that breaks the JSON contract or an error-severity consistency rule; an import left cells
    /// unread; reports cannot be summed (GID-S3) or a consolidated report differs from its parts.
    /// </summary>
    public const int Invalid = 1;

    /// <summary>An input cannot be read, is not JSON, or is not a report; or the command line is wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>
    /// The output could not be written: standard output or standard error is closed or full (<c>&gt; /dev/full</c>), or the
    /// file of <c>--out</c> cannot be written. One line says so on the stream that still works.
    /// </summary>
    public const int OutputFailed = 3;
}
