using System;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import;

/// <summary>Settings of <see cref="ReportImporter"/>. The defaults suit published reports; every member is optional.</summary>
/// <remarks>
/// <para>Immutable: derive a variant with a <c>with</c> expression. Equality is value equality.</para>
/// <para>
/// A value the JSON contract would refuse in the imported report is refused up front, by every entry point that takes
/// options, with an <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> is <c>options</c> and
/// whose message names the member: a <see cref="Year"/> outside <see cref="GovInfoReport.MinimumYear"/>…<see cref="GovInfoReport.MaximumYear"/>,
/// an <see cref="Agency"/> that is empty or only white space, a <see cref="Format"/> or <see cref="SourceKind"/> that is not a
/// defined value, a <see cref="MaxInputChars"/> below 1. (These are caller errors, not bad input: bad input never throws.)
/// </para>
/// </remarks>
public sealed record ImportOptions
{
    /// <summary>
    /// The default largest input, in characters: 2 Mi characters, about 170 times the largest real report seen (12 KB), and
    /// enough for a web page with its CMS chrome. An import peaks at roughly 40–70 bytes of memory per input character
    /// (docs/benchmarks.md), so the limit bounds one import to about 140 MiB; raise it knowingly.
    /// </summary>
    public const int DefaultMaxInputChars = 2 * 1024 * 1024;

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

    /// <summary>Throws when a member holds a value the JSON contract would refuse (see the remarks of <see cref="ImportOptions"/>).</summary>
    /// <exception cref="ArgumentException">A member is out of range.</exception>
    internal void ThrowIfInvalid()
    {
        const string name = "options";
        if (Year is { } year && (year < GovInfoReport.MinimumYear || year > GovInfoReport.MaximumYear))
        {
            throw new ArgumentException(
                $"ImportOptions.Year is {year}; a report's year lies between {GovInfoReport.MinimumYear} and {GovInfoReport.MaximumYear}.", name);
        }

        if (Agency is { } agency && agency.Trim().Length == 0)
        {
            throw new ArgumentException("ImportOptions.Agency is empty or white space; pass null when the agency is not known.", name);
        }

        if (Format is { } format && !Enum.IsDefined(typeof(ReportFormat), format))
        {
            throw new ArgumentException($"ImportOptions.Format is {(int)format}, not a defined ReportFormat.", name);
        }

        if (SourceKind is { } kind && !Enum.IsDefined(typeof(ImportSourceKind), kind))
        {
            throw new ArgumentException($"ImportOptions.SourceKind is {(int)kind}, not a defined ImportSourceKind.", name);
        }

        if (MaxInputChars < 1)
        {
            throw new ArgumentException($"ImportOptions.MaxInputChars is {MaxInputChars}; it must be at least 1.", name);
        }

        if (MaxInputBytes < 1)
        {
            throw new ArgumentException($"ImportOptions.MaxInputBytes is {MaxInputBytes}; it must be at least 1.", name);
        }
    }
}
