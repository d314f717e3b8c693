using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Collections.Generic;
using System.Globalization;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo import FILE [--out report.json]</c>: reads a published report (text, HTML, Markdown) into canonical JSON.</summary>
internal sealed class ImportCommand : ICliCommand
{
    public string Name => "import";

    public string Summary => "Read a published report (PDF, Word .docx, HTML, Markdown, scraped or pdftotext text) into canonical JSON.";

    public string Usage => """
        Usage: govinfo import FILE [--out report.json] [--as KIND] [--year YEAR] [--format 2019|2021]
                              [--agency NAME] [--none-as-zero] [--provenance FILE]

        Reads FILE ('-' reads standard input) — a PDF, a Word .docx, an HTML page, Markdown, scraped text, pdftotext
        output or KIROGOVCOMPARE JSON, recognised from its bytes; text in UTF-8, UTF-16/32 with a BOM, the charset an HTML
        page declares, or GB18030 (the encoding used is named in an info diagnostic) — and writes the report as
        canonical JSON to standard output, or to the file of --out. Every import diagnostic goes to standard error: its
        severity, code, where (line, table, JSON Pointer), the text found, and the message in Chinese and English.
        A legacy .doc or .wps file is refused with a hint to save it as .docx or PDF; a scanned PDF needs OCR first.

          --as KIND        the kind of source, when detection is not wanted: text, layout (pdftotext -layout output),
                           html, markdown, kirogovcompare, pdf-file, docx
          --year YEAR      the year reported on, when the text does not say
          --format F       the table layout, when the labels do not tell (2019 legacy, 2021 current)
          --agency NAME    the publishing body, when the text does not name it
          --none-as-zero   read a table printed only as 无 as zeros (with a diagnostic) instead of blanks
          --provenance F   also write how each cell was obtained to F ('-' for standard output instead of the
                           report): {"provenance": {"/applications/newlyReceived/total": "read", ...}}, one of read,
                           matchedBySimilarity, matchedByPosition, inferred, unreadable (docs/json-format.md)

        Exit codes: 0 imported; 1 imported, but some cells could not be read (ambiguous rows, digits run together:
        left blank); 2 the input is unreadable or not a report; 3 the output (standard output, standard error or the
        file of --out) could not be written.
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        string? file = null;
        string? outPath = null;
        string? provenancePath = null;
        var options = ImportOptions.Default;
        for (int i = 0; i < arguments.Count; i++)
        {
            string argument = arguments[i];
            string? Next() => i + 1 < arguments.Count ? arguments[++i] : null;
            switch (argument)
            {
                case "--out":
                    outPath = Next();
                    if (outPath is null)
                    {
                        return UsageError(console, "--out needs a file name.");
                    }

                    break;
                case "--as":
                    ImportSourceKind? kind = Next() switch
                    {
                        "text" => ImportSourceKind.PlainText,
                        "layout" or "pdf" => ImportSourceKind.PdfLayoutText,
                        "html" => ImportSourceKind.Html,
                        "markdown" or "md" => ImportSourceKind.Markdown,
                        "kirogovcompare" => ImportSourceKind.KiroGovCompareJson,
                        "pdf-file" => ImportSourceKind.Pdf,
                        "docx" => ImportSourceKind.Docx,
                        _ => null,
                    };
                    if (kind is null)
                    {
                        return UsageError(console, "--as takes text, layout, html, markdown, kirogovcompare, pdf-file or docx.");
                    }

                    options = options with { SourceKind = kind };
                    break;
                case "--year":
                    if (!int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                        || year < GovInfoReport.MinimumYear || year > GovInfoReport.MaximumYear)
                    {
                        return UsageError(console, $"--year takes a year from {GovInfoReport.MinimumYear} to {GovInfoReport.MaximumYear}.");
                    }

                    options = options with { Year = year };
                    break;
                case "--format":
                    ReportFormat? format = Next() switch
                    {
                        "2019" => ReportFormat.Format2019,
                        "2021" => ReportFormat.Format2021,
                        _ => null,
                    };
                    if (format is null)
                    {
                        return UsageError(console, "--format takes 2019 or 2021.");
                    }

                    options = options with { Format = format };
                    break;
                case "--agency":
                    string? agency = Next();
                    if (string.IsNullOrWhiteSpace(agency))
                    {
                        return UsageError(console, "--agency needs a name.");
                    }

                    options = options with { Agency = agency };
                    break;
                case "--provenance":
                    provenancePath = Next();
                    if (string.IsNullOrEmpty(provenancePath))
                    {
                        return UsageError(console, "--provenance needs a file name.");
                    }

                    break;
                case "--none-as-zero":
                    options = options with { TreatNoneStatementAsZero = true };
                    break;
                default:
                    if (argument.StartsWith("--", StringComparison.Ordinal) || file is not null)
                    {
                        return UsageError(console, $"unexpected argument '{argument}'.");
                    }

                    file = argument;
                    break;
            }
        }

        if (file is null)
        {
            return UsageError(console, "no file given.");
        }

        byte[]? bytes = InputText.Read(file, console, out string? error);
        if (bytes is null)
        {
            console.Error.WriteLine($"govinfo import: cannot read '{file}': {error}");
            return ExitCodes.Unreadable;
        }

        ImportResult result = ReportImporter.Import(bytes, options);
        WriteDiagnostics(result.Diagnostics, console);
        foreach (ExtraRow row in result.ExtraRows)
        {
            console.Error.WriteLine($"extra row (line {row.Line}): {row}");
        }

        if (result.Report is not { } report)
        {
            console.Error.WriteLine($"govinfo import: '{file}' could not be read as a report.");
            return ExitCodes.Unreadable;
        }

        if (provenancePath != "-" && !OutputText.Write(ReportJson.Serialize(report) + "\n", outPath, console, Name))
        {
            return ExitCodes.OutputFailed;
        }

        if (provenancePath is not null && !OutputText.Write(ProvenanceJson(result), provenancePath == "-" ? null : provenancePath, console, Name))
        {
            return ExitCodes.OutputFailed;
        }

        return result.HasErrors ? ExitCodes.Invalid : ExitCodes.Valid;
    }

    /// <summary>The provenance side output: <c>{"provenance": {pointer: kind}}</c>, cells in catalogue order.</summary>
    internal static string ProvenanceJson(ImportResult result)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("provenance");
            foreach (KeyValuePair<string, CellProvenance> cell in result.Provenance)
            {
                writer.WriteString(cell.Key, cell.Value switch
                {
                    CellProvenance.Read => "read",
                    CellProvenance.MatchedBySimilarity => "matchedBySimilarity",
                    CellProvenance.MatchedByPosition => "matchedByPosition",
                    CellProvenance.Inferred => "inferred",
                    _ => "unreadable",
                });
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes diagnostics to standard error, one block each.</summary>
    internal static void WriteDiagnostics(IReadOnlyList<Diagnostic> diagnostics, CliConsole console)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            string where = diagnostic.Location.ToString();
            console.Error.WriteLine($"{diagnostic.Severity.ToJsonName()} {diagnostic.Code}{(where.Length == 0 ? string.Empty : " (" + where + ")")}");
            console.Error.WriteLine($"    {diagnostic.Message.Zh}");
            console.Error.WriteLine($"    {diagnostic.Message.En}");
            if (diagnostic.RawText is { Length: > 0 } raw)
            {
                console.Error.WriteLine($"    found: {raw}");
            }
        }
    }

    private int UsageError(CliConsole console, string message)
    {
        console.Error.WriteLine($"govinfo import: {message}");
        console.Error.WriteLine(Usage);
        return ExitCodes.Unreadable;
    }
}
