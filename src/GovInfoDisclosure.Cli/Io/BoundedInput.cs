using System;
using System.IO;

namespace GovInfoDisclosure.Cli.Io;

/// <summary>
/// Reads an input named on the command line — a file, a device, a pipe (<c>&lt;(cat report.json)</c>) or standard input
/// (<c>-</c>) — never reading more than the limit plus one byte, whatever the input claims to be.
/// </summary>
/// <remarks>
/// <c>FileInfo.Length</c> is 0 for devices and pipes, so a size check before reading cannot be trusted: a regular file
/// over the limit is refused from its size without being read, and every input is read through a counter that stops one
/// byte past the limit (<c>/dev/zero</c> is refused after limit + 1 bytes, not read until memory runs out).
/// </remarks>
internal static class BoundedInput
{
    private const int Chunk = 81920;

    /// <summary>Reads <paramref name="path"/> (relative to the working directory; <c>-</c> for standard input).</summary>
    /// <param name="path">The input as the user named it.</param>
    /// <param name="console">The working directory and standard input.</param>
    /// <param name="limit">The largest input accepted, in bytes.</param>
    /// <param name="rawPath">The path as raw bytes, for a file whose name is not UTF-8 (found in a directory walk), or <see langword="null"/>.</param>
    /// <returns>The outcome: the bytes, or the size seen when over the limit, or why it could not be read.</returns>
    public static InputBytes Read(string path, CliConsole console, long limit, byte[]? rawPath = null)
    {
        try
        {
            if (rawPath is null && path == "-")
            {
                using Stream input = console.OpenStandardInput();
                return ReadAtMost(input, limit, knownLength: null);
            }

            using FileStream stream = rawPath is not null
                ? UnixFiles.OpenRead(rawPath)
                : new FileStream(Path.Combine(console.WorkingDirectory, path), FileMode.Open, FileAccess.Read, FileShare.Read, 1);

            // Only a regular file has a length to trust; a device or pipe reports 0 (or fails to seek).
            long? length = null;
            if (stream.CanSeek)
            {
                long reported = stream.Length;
                length = reported > 0 ? reported : null;
            }

            if (length > limit)
            {
                return InputBytes.TooLarge(length.Value);
            }

            return ReadAtMost(stream, limit, length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return InputBytes.Failed(ex.Message);
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> + 1 bytes of <paramref name="input"/>.</summary>
    public static InputBytes ReadAtMost(Stream input, long limit, long? knownLength)
    {
        long cap = limit + 1;
        var buffer = new byte[(int)Math.Min(cap, knownLength is { } known ? known + 1 : Chunk)];
        long total = 0;
        while (total < cap)
        {
            if (total == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(cap, (long)buffer.Length * 2));
            }

            int read = input.Read(buffer, (int)total, (int)Math.Min(buffer.Length - total, cap - total));
            if (read <= 0)
            {
                break;
            }

            total += read;
        }

        if (total > limit)
        {
            return InputBytes.TooLarge(total);
        }

        if (total != buffer.Length)
        {
            Array.Resize(ref buffer, (int)total);
        }

        return InputBytes.Read(buffer);
    }
}
