using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import;

/// <summary>Settings of <see cref="ReportImporter"/>. The defaults suit published reports; every member is optional.</summary>
/// <remarks>Immutable: derive a variant with a <c>with</c> expression. Equality is value equality.</remarks>
public sealed record ImportOptions
{
    /// <summary>The default largest input, in characters: 8 Mi characters, far more than any annual report.</summary>
    public const int DefaultMaxInputChars = 8 * 1024 * 1024;

    /// <summary>The defaults.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The kind of source; <see langword="null"/> (the default) detects it from the text.</summary>
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
}
