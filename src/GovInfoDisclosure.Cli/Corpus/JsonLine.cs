namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>One line of a JSON Lines stream.</summary>
/// <param name="Number">The 1-based line number in the stream.</param>
/// <param name="Bytes">The line without its line end; <see langword="null"/> when it is longer than the reader's limit.</param>
/// <param name="Length">The length of the line in bytes, without its line end.</param>
internal readonly record struct JsonLine(long Number, byte[]? Bytes, long Length);
