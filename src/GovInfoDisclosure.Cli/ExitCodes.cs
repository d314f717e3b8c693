namespace GovInfoDisclosure.Cli;

/// <summary>The exit codes of <c>govinfo</c>; with several inputs, the highest applies.</summary>
internal static class ExitCodes
{
    /// <summary>Every input is a valid report.</summary>
    public const int Valid = 0;

    /// <summary>An input is a report document that breaks the JSON contract or an error-severity consistency rule.</summary>
    public const int Invalid = 1;

    /// <summary>An input cannot be read, is not JSON, or is not a report; or the command line is wrong.</summary>
    public const int Unreadable = 2;
}
