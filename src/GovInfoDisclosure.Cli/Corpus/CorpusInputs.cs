using System;
using System.Collections.Generic;
using System.IO;
using GovInfoDisclosure.Schema.Json;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>
/// Turns the command line's inputs into a lazy stream of <see cref="CorpusDocument"/>s: files, directories (walked
/// recursively) and JSON Lines files (one document per line), without holding the corpus in memory.
/// </summary>
/// <remarks>
/// <para>
/// A directory yields its <c>*.json</c> and <c>*.jsonl</c> files at any depth, in ordinal order of their names, directory by
/// directory (so the order does not depend on the file system); links to directories are not followed (no cycles).
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

    private static IEnumerable<CorpusDocument> Walk(string source, string fullPath, CliConsole console, int maxDocumentBytes)
    {
        List<FileSystemInfo>? entries = null;
        string? error = null;
        try
        {
            entries = new List<FileSystemInfo>(new DirectoryInfo(fullPath).EnumerateFileSystemInfos());
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
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

        foreach (FileSystemInfo entry in entries)
        {
            string child = Path.Combine(source, entry.Name);
            if (entry is DirectoryInfo directory)
            {
                if (directory.LinkTarget is not null)
                {
                    continue;
                }

                foreach (CorpusDocument document in Walk(child, directory.FullName, console, maxDocumentBytes))
                {
                    yield return document;
                }
            }
            else if (IsCorpusFile(entry.Name))
            {
                foreach (CorpusDocument document in OneFile(child, entry.FullName, allJsonLines: false, maxDocumentBytes))
                {
                    yield return document;
                }
            }
        }
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
