using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>
/// One document of a corpus run, as the input side found it: a file still to be read, a JSON Lines line already read, or
/// something that failed before any parsing (a line over the size limit, a file or directory that cannot be opened).
/// </summary>
internal sealed class CorpusDocument
{
    private CorpusDocument(string source, long? line, string? path, byte[]? bytes, Diagnostic? refused, string? ioError, byte[]? rawPath = null, long size = 0)
    {
        Size = size;
        RawPath = rawPath;
        Source = source;
        Line = line;
        Path = path;
        Bytes = bytes;
        Refused = refused;
        IoError = ioError;
    }

    /// <summary>The file as the user named it (a path relative to the working directory, or <c>-</c>).</summary>
    public string Source { get; }

    /// <summary>The 1-based line of a JSON Lines file; <see langword="null"/> for a whole file.</summary>
    public long? Line { get; }

    /// <summary>The path to read (for a whole file), or <see langword="null"/>.</summary>
    public string? Path { get; }

    /// <summary>
    /// The full path as raw bytes when the file's name is not UTF-8 (e.g. GBK bytes from a Windows archive), so that it can
    /// be opened although no .NET string names it; <see cref="Source"/> then shows the bad bytes as <c>\xHH</c>.
    /// </summary>
    public byte[]? RawPath { get; }

    /// <summary>The document's bytes when already read (a JSON Lines line), or <see langword="null"/>.</summary>
    public byte[]? Bytes { get; }

    /// <summary>Why the document was refused unread (e.g. a line over the size limit), or <see langword="null"/>.</summary>
    public Diagnostic? Refused { get; }

    /// <summary>Why the file could not be opened or read, or <see langword="null"/>.</summary>
    public string? IoError { get; }

    /// <summary>
    /// The bytes of input the document stands for, for progress: a file's size, a line's length with its line end; 0 when
    /// unknown (standard input, a file that cannot be read).
    /// </summary>
    public long Size { get; }

    /// <summary>The weight of the document in a pipeline batch: the bytes it holds.</summary>
    public long Weight => Bytes?.Length ?? 0;

    /// <summary>A whole file (or <c>-</c>, standard input), read when it is processed.</summary>
    /// <param name="source">The path as the user named it.</param>
    /// <param name="size">The file's size in bytes, or 0 when unknown.</param>
    public static CorpusDocument File(string source, long size = 0) => new(source, null, source, null, null, null, size: size);

    /// <summary>A whole file found in a directory walk whose name is not UTF-8: opened by its raw bytes.</summary>
    public static CorpusDocument RawFile(string escapedSource, byte[] rawPath, long size = 0) => new(escapedSource, null, escapedSource, null, null, null, rawPath, size);

    /// <summary>A line of a JSON Lines file.</summary>
    public static CorpusDocument FromLine(string source, long line, byte[] bytes) => new(source, line, null, bytes, null, null, size: bytes.Length + 1L);

    /// <summary>A line refused unread.</summary>
    /// <param name="source">The JSON Lines file.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="problem">Why it was refused.</param>
    /// <param name="length">The line's length in bytes.</param>
    public static CorpusDocument RefusedLine(string source, long line, Diagnostic problem, long length = 0) => new(source, line, null, null, problem, null, size: length + 1);

    /// <summary>A file, directory or line that cannot be read.</summary>
    public static CorpusDocument Unreadable(string source, long? line, string error) => new(source, line, null, null, null, error);
}
