using GovInfoDisclosure.Cli.Io;
using GovInfoDisclosure.Schema.Json;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>Reads a report document named on the command line ('-' for standard input), within the size limit.</summary>
internal static class ReportInput
{
    /// <summary>Reads and parses; I/O failures come back as <paramref name="ioError"/>, never as an exception.</summary>
    /// <param name="path">The file as the user named it, or <c>-</c>.</param>
    /// <param name="console">The working directory and standard input.</param>
    /// <param name="ioError">Why the file could not be read, or <see langword="null"/>.</param>
    /// <param name="rawPath">The path as raw bytes, for a file whose name is not UTF-8, or <see langword="null"/>.</param>
    /// <remarks>Read through <see cref="BoundedInput"/>: never more than the document limit + 1 bytes, also from a device or a pipe.</remarks>
    public static ReportReadResult? TryRead(string path, CliConsole console, out string? ioError, byte[]? rawPath = null)
    {
        InputBytes input = BoundedInput.Read(path, console, ReportReadOptions.DefaultMaxDocumentBytes, rawPath);
        ioError = input.Error;
        return input.Bytes is { } bytes ? ReportJson.Read(bytes)
            : input.SizeOverLimit > 0 ? ReportReadResult.Failure(new[] { ReportJson.CheckSize(input.SizeOverLimit)! })
            : null;
    }
}
