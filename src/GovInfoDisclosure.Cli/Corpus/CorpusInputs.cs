using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
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
    /// <returns>The documents, in order.</returns>
    public static IEnumerable<CorpusDocument> Enumerate(IReadOnlyList<string> arguments, bool allJsonLines, CliConsole console, int maxDocumentBytes)
    {
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
                foreach (CorpusDocument document in Walk(argument, fullPath, console, maxDocumentBytes))
                {
                    yield return document;
                }
            }
            else
            {
                foreach (CorpusDocument document in OneFile(argument, fullPath, allJsonLines, maxDocumentBytes))
                {
                    yield return document;
                }
            }
        }
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

    private static IEnumerable<CorpusDocument> OneFile(string source, string fullPath, bool allJsonLines, int maxDocumentBytes) =>
        allJsonLines || IsJsonLines(source)
            ? Lines(source, () => new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), maxDocumentBytes)
            : new[] { CorpusDocument.File(source) };

    private static IEnumerable<CorpusDocument> Walk(string source, string fullPath, CliConsole console, int maxDocumentBytes) =>
        Walk(source, fullPath, Encoding.UTF8.GetBytes(fullPath), console, maxDocumentBytes);

    /// <summary>
    /// One directory, by raw names where the system gives them (Linux): a name that is not UTF-8 is still read (by its
    /// bytes) and shown escaped; a named pipe, device or socket is never opened (opening a FIFO blocks) but reported.
    /// </summary>
    private static IEnumerable<CorpusDocument> Walk(string source, string fullPath, byte[] rawFullPath, CliConsole console, int maxDocumentBytes)
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
            yield return CorpusDocument.Unreadable(source, null, error!);
            yield break;
        }

        // Below a directory whose name is not UTF-8, no .NET string names a file: every path is used by its raw bytes.
        bool rawParent = !Encoding.UTF8.GetBytes(fullPath).AsSpan().SequenceEqual(rawFullPath);
        foreach ((string name, byte[]? nonUtf8Name) in entries)
        {
            string child = Path.Combine(source, name);
            string childPath = Path.Combine(fullPath, name);
            byte[] childRaw = nonUtf8Name is null && !rawParent ? Encoding.UTF8.GetBytes(childPath) : Join(rawFullPath, nonUtf8Name ?? Encoding.UTF8.GetBytes(name));
            byte[]? rawPath = nonUtf8Name is null && !rawParent ? null : childRaw;
            FileKind kind = UnixFiles.KindOf(childRaw);
            if (kind == FileKind.Unknown && rawPath is null && Directory.Exists(childPath))
            {
                kind = FileKind.Directory;
            }

            if (kind == FileKind.Directory)
            {
                // Links to directories are not followed (no cycles).
                bool link = (rawPath is null && new DirectoryInfo(childPath).LinkTarget is not null) || UnixFiles.IsLink(childRaw);
                if (!link)
                {
                    foreach (CorpusDocument document in Walk(child, childPath, childRaw, console, maxDocumentBytes))
                    {
                        yield return document;
                    }
                }

                continue;
            }

            if (!IsCorpusFile(name))
            {
                continue;
            }

            if (!UnixFiles.IsSafeToOpen(kind) && kind != FileKind.Missing)
            {
                yield return CorpusDocument.Unreadable(child, null, $"skipped unopened: {UnixFiles.Describe(kind)}, not a regular file");
                continue;
            }

            IEnumerable<CorpusDocument> documents = rawPath is null
                ? OneFile(child, childPath, allJsonLines: false, maxDocumentBytes)
                : IsJsonLines(name) ? Lines(child, () => UnixFiles.OpenRead(childRaw), maxDocumentBytes)
                : new[] { CorpusDocument.RawFile(child, childRaw) };
            foreach (CorpusDocument document in documents)
            {
                yield return document;
            }
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
                    : CorpusDocument.RefusedLine(source, line.Number, ReportJson.CheckSize(line.Length, new ReportReadOptions { MaxDocumentBytes = maxDocumentBytes })!);
            }

            // Reading stopped in the middle of the stream: say so once, at the line it stopped in.
            yield return CorpusDocument.Unreadable(source, lastLine + 1, error!);
        }
    }

    private static bool IsIoFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException;
}
