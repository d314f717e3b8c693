using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Cli.Io;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Json;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>Reads a report named on the command line ('-' for standard input), within the size limit: a canonical JSON document, or (for the verbs that take any input) a published report, imported.</summary>
internal static class ReportInput
{
    /// <summary>Reads and parses; I/O failures come back as <paramref name="ioError"/>, never as an exception.</summary>
    /// <param name="path">The file as the user named it, or <c>-</c>.</param>
    /// <param name="console">The working directory and standard input.</param>
    /// <param name="ioError">Why the file could not be read, or <see langword="null"/>.</param>
    /// <param name="rawPath">The path as raw bytes, for a file whose name is not UTF-8, or <see langword="null"/>.</param>
    /// <remarks>Read through <see cref="BoundedInput"/>: never more than the document limit + 1 bytes, also from a device or a pipe.</remarks>
    /// <param name="importPublished">
    /// Whether a published report (PDF, Word, HTML, text — anything that is not a canonical JSON document) is imported,
    /// its import warnings and errors written to standard error; read up to the importer's limit then.
    /// </param>
    public static ReportReadResult? TryRead(string path, CliConsole console, out string? ioError, byte[]? rawPath = null, bool importPublished = false)
    {
        InputBytes input = BoundedInput.Read(path, console, importPublished ? InputText.MaxBytes : ReportReadOptions.DefaultMaxDocumentBytes, rawPath);
        ioError = input.Error;
        if (input.Bytes is not { } bytes)
        {
            return input.SizeOverLimit > 0 ? ReportReadResult.Failure(new[] { ReportJson.CheckSize(input.SizeOverLimit)! }) : null;
        }

        if (!importPublished || InputText.IsCanonicalJson(bytes))
        {
            return ReportJson.CheckSize(bytes.Length) is { } tooLarge ? ReportReadResult.Failure(new[] { tooLarge }) : ReportJson.Read(bytes);
        }

        ImportResult imported = ReportImporter.Import(bytes);
        foreach (Diagnostic diagnostic in imported.Diagnostics)
        {
            if (diagnostic.Severity != DiagnosticSeverity.Info)
            {
                console.Error.WriteLine($"{path}: import {diagnostic}");
            }
        }

        if (imported.Report is not { } report)
        {
            ioError = "not a report (imported as " + imported.SourceKind + ")";
            return null;
        }

        return ReportReadResult.Success(report);
    }
}
