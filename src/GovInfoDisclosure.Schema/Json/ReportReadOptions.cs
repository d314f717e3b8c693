namespace GovInfoDisclosure.Schema.Json;

/// <summary>Limits for reading a report document.</summary>
/// <remarks>Immutable; equality is value equality. <see cref="Default"/> suits every real report.</remarks>
public sealed record ReportReadOptions
{
    /// <summary>The default size limit: 4 MiB, about a hundred times the largest real report with all its prose.</summary>
    public const int DefaultMaxDocumentBytes = 4 * 1024 * 1024;

    /// <summary>The default options.</summary>
    public static ReportReadOptions Default { get; } = new();

    /// <summary>The largest document, in UTF-8 bytes, that is read; a larger one is refused with <see cref="JsonProblemCodes.TooLarge"/>.</summary>
    public int MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;
}
