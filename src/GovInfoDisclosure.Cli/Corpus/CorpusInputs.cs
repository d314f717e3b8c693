using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using GovInfoDisclosure.Cli.Io;
using GovInfoDisclosure.Schema.Json;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>
/// Turns the command line's inputs into a lazy stream of <see cref="CorpusDocument"/>s: files, directories (walked
/// recursively) and JSON Lines files (one document per line), without holding the corpus in memory.
/// </summary>
/// <remarks>
/// <para>
/// A directory yields its <c>*.json</c> and <c>*.jsonl</c> files, and its published reports (<c>*.pdf</c>, <c>*.docx</c>,
/// <c>*.html</c>, <c>*.txt</c>, <c>*.md</c> …, imported), at any depth, in ordinal order of their names, directory by
/// directory (so the order does not depend on the file system); links to directories are not followed (no cycles). A named
/// pipe, device or socket in a directory (also behind a link) is reported unread: it is never opened, since opening a FIFO
/// blocks and a device may never end. A name that is not UTF-8 (GBK bytes from a Windows archive) is read by its raw
/// bytes and shown with each bad byte as <c>\xHH</c>.
/// A file named <c>*.jsonl</c>, or any file and standard input with <c>--jsonl</c>, is read as JSON Lines.
/// </para>
/// <para>
/// The <c>--include</c>/<c>--exclude</c> globs (<see cref="PathFilter"/>) choose among the files found and the files named;
/// an excluded directory is not entered. Each document carries its size, so that progress can be told in bytes against
/// <see cref="TotalBytes"/>, the same walk without opening a file.
/// </para>
/// <para>Nothing here throws for a bad input: a path that cannot be opened or read becomes an unreadable document.</para>
/// </remarks>
internal static class CorpusInputs
{
    /// <summary>The extension of a JSON Lines file.</summary>
    public const string JsonLinesExtension = ".jsonl";

    /// <summary>Enumerates the documents named by <paramref name="arguments"/>, lazily.</summary>
    /// <param name="arguments">Files, directories, or <c>-</c> for standard input.</param>
    /// <param name="allJsonLines">Whether every file and standard input is JSON Lines (<c>--jsonl</c>).</param>
    /// <param name="console">The working directory and standard input.</param>
    /// <param name="maxDocumentBytes">The size limit of one document (one line of a JSON Lines file).</param>
    /// <param name="filter">The <c>--include</c>/<c>--exclude</c> globs; <see langword="null"/> for every file.</param>
    /// <returns>The documents, in order.</returns>
    public static IEnumerable<CorpusDocument> Enumerate(IReadOnlyList<string> arguments, bool allJsonLines, CliConsole console, int maxDocumentBytes,
        PathFilter? filter = null)
    {
        filter ??= PathFilter.Everything;
        foreach (string argument in arguments)
        {
            if (argument == "-")
            {
                if (allJsonLines)
                {
                    foreach (CorpusDocument line in Lines(argument, console.OpenStandardInput, maxDocumentBytes))
                    {
                        yield return line;
                    }
                }
                else
                {
                    yield return CorpusDocument.File(argument);
                }

                continue;
            }

            string fullPath = FullPath(console, argument);
            if (Directory.Exists(fullPath))
            {
                foreach (FoundFile found in Walk(argument, string.Empty, fullPath, Encoding.UTF8.GetBytes(fullPath), filter))
                {
                    foreach (CorpusDocument document in Documents(found, maxDocumentBytes))
                    {
                        yield return document;
                    }
                }
            }
            else if (filter.Includes(argument, argument))
            {
                foreach (CorpusDocument document in OneFile(argument, fullPath, allJsonLines, maxDocumentBytes, SizeOf(fullPath)))
                {
                    yield return document;
                }
            }
        }
    }

    /// <summary>
    /// The total size in bytes of the files <see cref="Enumerate"/> reads, found by the same walk without opening any, for a
    /// progress display's estimate; <see langword="null"/> when it cannot be known (standard input) or the walk was cancelled.
    /// </summary>
    /// <param name="arguments">Files, directories, or <c>-</c>.</param>
    /// <param name="console">The working directory.</param>
    /// <param name="filter">The globs, or <see langword="null"/>.</param>
    /// <param name="cancel">Stops the walk (the run ended first).</param>
    public static long? TotalBytes(IReadOnlyList<string> arguments, CliConsole console, PathFilter? filter, CancellationToken cancel)
    {
        filter ??= PathFilter.Everything;
        long total = 0;
        foreach (string argument in arguments)
        {
            if (argument == "-")
            {
                return null;
            }

            string fullPath = FullPath(console, argument);
            if (Directory.Exists(fullPath))
            {
                foreach (FoundFile found in Walk(argument, string.Empty, fullPath, Encoding.UTF8.GetBytes(fullPath), filter))
                {
                    if (cancel.IsCancellationRequested)
                    {
                        return null;
                    }

                    total += found.Size;
                }
            }
            else if (filter.Includes(argument, argument))
            {
                total += SizeOf(fullPath);
            }
        }

        return total;
    }

    /// <summary>Whether a file name is a JSON Lines file.</summary>
    public static bool IsJsonLines(string path) => path.EndsWith(JsonLinesExtension, StringComparison.OrdinalIgnoreCase);

    private static bool IsCorpusFile(string name) =>
        name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsJsonLines(name) || Commands.PublishedReport.IsPublishedReportFile(name);

    private static string FullPath(CliConsole console, string path)
    {
        try
        {
            return Path.Combine(console.WorkingDirectory, path);
        }
        catch (ArgumentException)
        {
            // An impossible path: reading it fails later with a message.
            return path;
        }
    }

    private static long SizeOf(string fullPath)
    {
        try
        {
            return new FileInfo(fullPath).Length;
        }
        catch (Exception ex) when (IsIoFailure(ex))
        {
            return 0;
        }
    }

    private static IEnumerable<CorpusDocument> OneFile(string source, string fullPath, bool allJsonLines, int maxDocumentBytes, long size) =>
        allJsonLines || IsJsonLines(source)
            ? Lines(source, () => new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), maxDocumentBytes)
            : new[] { CorpusDocument.File(source, size) };

    /// <summary>The documents of one file found in a walk (or the failure found instead).</summary>
    private static IEnumerable<CorpusDocument> Documents(FoundFile found, int maxDocumentBytes)
    {
        if (found.Error is { } error)
        {
            return new[] { CorpusDocument.Unreadable(found.Shown, null, error) };
        }

        if (!UnixFiles.IsSafeToOpen(found.Kind) && found.Kind != FileKind.Missing)
        {
            return new[] { CorpusDocument.Unreadable(found.Shown, null, $"skipped unopened: {UnixFiles.Describe(found.Kind)}, not a regular file") };
        }

        return found.RawPath is not { } raw
            ? OneFile(found.Shown, found.FullPath, allJsonLines: false, maxDocumentBytes, found.Size)
            : IsJsonLines(found.Shown) ? Lines(found.Shown, () => UnixFiles.OpenRead(raw), maxDocumentBytes)
            : new[] { CorpusDocument.RawFile(found.Shown, raw, found.Size) };
    }

    /// <summary>
    /// A supported file found in a walk, or a directory that could not be listed (<see cref="Error"/>).
    /// </summary>
    /// <param name="Shown">The path as shown (relative to the working directory, bad bytes escaped).</param>
    /// <param name="FullPath">The full path.</param>
    /// <param name="RawPath">The full path as raw bytes when the name (or a parent's) is not UTF-8, else <see langword="null"/>.</param>
    /// <param name="Kind">What the file is (regular, FIFO …).</param>
    /// <param name="Size">Its size in bytes (0 when unknown or not a regular file).</param>
    /// <param name="Error">Why the directory <paramref name="Shown"/> could not be listed, or <see langword="null"/>.</param>
    private readonly record struct FoundFile(string Shown, string FullPath, byte[]? RawPath, FileKind Kind, long Size, string? Error);

    /// <summary>
    /// One directory, by raw names where the system gives them (Linux): a name that is not UTF-8 is still found (by its
    /// bytes) and shown escaped; the supported files that pass <paramref name="filter"/>, at any depth, in ordinal order
    /// of their names; directories the filter excludes and links to directories are not entered.
    /// </summary>
    private static IEnumerable<FoundFile> Walk(string source, string relative, string fullPath, byte[] rawFullPath, PathFilter filter)
    {
        List<(string Name, byte[]? Raw)>? entries = null;
        string? error = null;
        try
        {
            entries = Entries(fullPath, rawFullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error = ex.Message;
        }

        if (entries is null)
        {
            yield return new FoundFile(source, fullPath, null, FileKind.Unknown, 0, error!);
            yield break;
        }

        // Below a directory whose name is not UTF-8, no .NET string names a file: every path is used by its raw bytes.
        bool rawParent = !Encoding.UTF8.GetBytes(fullPath).AsSpan().SequenceEqual(rawFullPath);
        foreach ((string name, byte[]? nonUtf8Name) in entries)
        {
            string child = Path.Combine(source, name);
            string childRelative = relative.Length == 0 ? name : relative + "/" + name;
            string childPath = Path.Combine(fullPath, name);
            byte[] childRaw = nonUtf8Name is null && !rawParent ? Encoding.UTF8.GetBytes(childPath) : Join(rawFullPath, nonUtf8Name ?? Encoding.UTF8.GetBytes(name));
            byte[]? rawPath = nonUtf8Name is null && !rawParent ? null : childRaw;
            FileKind kind = UnixFiles.KindOf(childRaw, out long size);
            if (kind == FileKind.Unknown && rawPath is null && Directory.Exists(childPath))
            {
                kind = FileKind.Directory;
            }

            if (kind == FileKind.Directory)
            {
                // Links to directories are not followed (no cycles).
                bool link = (rawPath is null && new DirectoryInfo(childPath).LinkTarget is not null) || UnixFiles.IsLink(childRaw);
                if (!link && !filter.ExcludesDirectory(childRelative, child))
                {
                    foreach (FoundFile found in Walk(child, childRelative, childPath, childRaw, filter))
                    {
                        yield return found;
                    }
                }

                continue;
            }

            if (!IsCorpusFile(name) || !filter.Includes(childRelative, child))
            {
                continue;
            }

            if (kind == FileKind.Unknown && rawPath is null)
            {
                size = SizeOf(childPath);
            }

            yield return new FoundFile(child, childPath, rawPath, kind, kind is FileKind.Regular or FileKind.Unknown ? size : 0, null);
        }
    }

    /// <summary>The entries in ordinal order of their names; a raw name only for a name that is not UTF-8.</summary>
    private static List<(string Name, byte[]? Raw)> Entries(string fullPath, byte[] rawFullPath)
    {
        var entries = new List<(string Name, byte[]? Raw)>();
        if (UnixFiles.ListRaw(rawFullPath) is { } raw)
        {
            foreach (byte[] name in raw)
            {
                entries.Add(UnixFiles.IsUtf8(name, out string text) ? (text, null) : (text, name));
            }
        }
        else
        {
            foreach (FileSystemInfo info in new DirectoryInfo(fullPath).EnumerateFileSystemInfos())
            {
                entries.Add((info.Name, null));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    private static byte[] Join(byte[] directory, byte[] name)
    {
        var path = new byte[directory.Length + 1 + name.Length];
        directory.CopyTo(path, 0);
        path[directory.Length] = (byte)'/';
        name.CopyTo(path, directory.Length + 1);
        return path;
    }

    private static IEnumerable<CorpusDocument> Lines(string source, Func<Stream> open, int maxDocumentBytes)
    {
        Stream? stream = null;
        string? error = null;
        try
        {
            stream = open();
        }
        catch (Exception ex) when (IsIoFailure(ex))
        {
            error = ex.Message;
        }

        if (stream is null)
        {
            yield return CorpusDocument.Unreadable(source, null, error!);
            yield break;
        }

        using (stream)
        {
            var reader = new JsonLinesReader(stream, maxDocumentBytes);
            long lastLine = 0;
            while (true)
            {
                JsonLine line;
                try
                {
                    if (!reader.TryReadLine(out line))
                    {
                        yield break;
                    }
                }
                catch (Exception ex) when (IsIoFailure(ex))
                {
                    error = ex.Message;
                    break;
                }

                lastLine = line.Number;
                yield return line.Bytes is { } bytes
                    ? CorpusDocument.FromLine(source, line.Number, bytes)
                    : CorpusDocument.RefusedLine(source, line.Number, ReportJson.CheckSize(line.Length, new ReportReadOptions { MaxDocumentBytes = maxDocumentBytes })!, line.Length);
            }

            // Reading stopped in the middle of the stream: say so once, at the line it stopped in.
            yield return CorpusDocument.Unreadable(source, lastLine + 1, error!);
        }
    }

    private static bool IsIoFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException;
}
