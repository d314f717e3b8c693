using System;

namespace GovInfoDisclosure.Cli.Io;

/// <summary>
/// A write to standard output or standard error failed (a full disk, a closed descriptor): the verb stops, and
/// <see cref="Program"/> ends with one line on the stream that still works and <see cref="ExitCodes.OutputFailed"/>.
/// </summary>
/// <remarks>Deliberately not an <see cref="System.IO.IOException"/>: the verbs' handlers for unreadable inputs must not catch it.</remarks>
internal sealed class OutputFailedException : Exception
{
    public OutputFailedException(string streamName, string reason, Exception? inner = null)
        : base($"cannot write to {streamName}: {reason}", inner)
    {
        StreamName = streamName;
        Reason = reason;
    }

    /// <summary>The stream that failed, e.g. <c>standard output</c>.</summary>
    public string StreamName { get; }

    /// <summary>Why, in the words of the operating system (e.g. "No space left on device").</summary>
    public string Reason { get; }
}
