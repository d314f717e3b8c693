using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace GovInfoDisclosure.Cli.Io;

/// <summary>
/// Whether the standard descriptors 0, 1 and 2 are really the ones the caller gave, found before anything is read or
/// written.
/// </summary>
/// <remarks>
/// <para>
/// When a caller closes a standard descriptor (<c>govinfo validate - &lt;&amp;-</c>, <c>&gt;&amp;-</c>), the .NET runtime
/// opens its own pipe at start-up and the kernel hands it the lowest free numbers: descriptor 0 then reads the runtime's
/// pipe (a read that never ends) and descriptor 1 writes into it (output silently lost). A standard descriptor is taken
/// for closed when it is missing, or when it is one end of a pipe whose other end this process holds itself — reading
/// such a pipe could never reach its end anyway. (<c>2&gt;&amp;1</c> shares one write end between 1 and 2: not closed.)
/// </para>
/// <para>Linux only (it reads <c>/proc/self/fd</c>); elsewhere every descriptor is taken as given.</para>
/// </remarks>
internal sealed class StandardStreams
{
    private StandardStreams(bool inputClosed, bool outputClosed, bool errorClosed)
    {
        InputClosed = inputClosed;
        OutputClosed = outputClosed;
        ErrorClosed = errorClosed;
    }

    /// <summary>Standard input (descriptor 0) was closed by the caller.</summary>
    public bool InputClosed { get; }

    /// <summary>Standard output (descriptor 1) was closed by the caller.</summary>
    public bool OutputClosed { get; }

    /// <summary>Standard error (descriptor 2) was closed by the caller.</summary>
    public bool ErrorClosed { get; }

    /// <summary>Looks at the process's descriptors; never throws.</summary>
    public static StandardStreams Probe()
    {
        const string fds = "/proc/self/fd";
        try
        {
            if (!OperatingSystem.IsLinux() || !Directory.Exists(fds))
            {
                return new StandardStreams(false, false, false);
            }

            // Every pipe this process holds, with the access mode (0 read, 1 write) of each descriptor.
            var pipes = new List<(int Fd, string Target, int Mode)>();
            foreach (string entry in Directory.EnumerateFileSystemEntries(fds))
            {
                if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out int fd))
                {
                    continue;
                }

                string? target = Target(entry);
                if (target is not null && target.StartsWith("pipe:", StringComparison.Ordinal))
                {
                    pipes.Add((fd, target, AccessMode(fd)));
                }
            }

            return new StandardStreams(IsClosed(0, pipes), IsClosed(1, pipes), IsClosed(2, pipes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return new StandardStreams(false, false, false);
        }

        bool IsClosed(int fd, List<(int Fd, string Target, int Mode)> pipes)
        {
            if (Target(Path.Combine(fds, fd.ToString(CultureInfo.InvariantCulture))) is not { } target)
            {
                return true;
            }

            if (!target.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            int mode = pipes.Find(p => p.Fd == fd).Mode;
            return pipes.Exists(p => p.Fd != fd && p.Target == target && p.Mode != mode && p.Mode >= 0 && mode >= 0);
        }
    }

    private static string? Target(string link)
    {
        try
        {
            return new FileInfo(link).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>O_ACCMODE of a descriptor from <c>/proc/self/fdinfo</c> (0 read, 1 write, 2 both), or -1.</summary>
    private static int AccessMode(int fd)
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/self/fdinfo/" + fd.ToString(CultureInfo.InvariantCulture)))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    string octal = line.Substring("flags:".Length).Trim();
                    return octal.Length == 0 ? -1 : (octal[^1] - '0') & 3;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Gone in the meantime: unknown.
        }

        return -1;
    }
}
