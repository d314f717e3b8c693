using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import;

/// <summary>Settings of <see cref="ReportImporter"/>. The defaults suit published reports; every member is optional.</summary>
/// <remarks>Immutable: derive a variant with a <c>with</c> expression. Equality is value equality.</remarks>
public sealed record ImportOptions
{
    /// <summary>The default largest input, in characters: 8 Mi characters, far more than any annual report.</summary>
    public const int DefaultMaxInputChars = 8 * 1024 * 1024;

    /// <summary>The default largest input given as bytes: 32 MiB (a PDF or Word file with images, a page in UTF-16).</summary>
    public const int DefaultMaxInputBytes = 32 * 1024 * 1024;

    /// <summary>The defaults.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// The kind of source; <see langword="null"/> (the default) detects it from the bytes (PDF, Word .docx) or the text
    /// (KIROGOVCOMPARE JSON, HTML, Markdown, layout text, plain text). Every value is honoured as given.
    /// </summary>
    public ImportSourceKind? SourceKind { get; init; }

    /// <summary>The layout to read the tables as; <see langword="null"/> (the default) detects it from the labels, never from the year alone.</summary>
    public ReportFormat? Format { get; init; }

    /// <summary>The year reported on, when the caller knows it; <see langword="null"/> (the default) reads it from the text.</summary>
    public int? Year { get; init; }

    /// <summary>The publishing body, when the caller knows it; <see langword="null"/> (the default) reads it from the text.</summary>
    public string? Agency { get; init; }

    /// <summary>
    /// Whether a table section that prints only a statement such as 无 or 没有 instead of its table is read as a table of
    /// zeros (with an info diagnostic saying so). Off by default: the cells stay blank (unknown) and a warning is given.
    /// </summary>
    public bool TreatNoneStatementAsZero { get; init; }

    /// <summary>The largest input accepted, in characters; larger inputs are refused with <see cref="Diagnostics.ImportDiagnosticCodes.InputTooLarge"/>.</summary>
    public int MaxInputChars { get; init; } = DefaultMaxInputChars;

    /// <summary>
    /// The largest input accepted as bytes (<see cref="ReportImporter.Import(byte[], ImportOptions?)"/> and the other byte
    /// and stream overloads); larger inputs are refused with <see cref="Diagnostics.ImportDiagnosticCodes.InputTooLarge"/>,
    /// and a stream is never read past this plus one byte. The text decoded from the bytes is held to
    /// <see cref="MaxInputChars"/> as well.
    /// </summary>
    public int MaxInputBytes { get; init; } = DefaultMaxInputBytes;
}
