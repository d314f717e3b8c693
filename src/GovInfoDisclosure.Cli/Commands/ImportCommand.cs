using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Collections.Generic;
using System.Globalization;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Interop;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo import FILE [--out report.json]</c>: reads a published report (text, HTML, Markdown) into canonical JSON.</summary>
internal sealed class ImportCommand : ICliCommand
{
    public string Name => "import";

    public string Summary => "Read a published report (scraped text, pdftotext output, HTML, Markdown) into canonical JSON.";

    public string Usage => """
        Usage: govinfo import FILE [--out report.json] [--as text|layout|html|markdown] [--year YEAR] [--format 2019|2021]
                              [--agency NAME] [--none-as-zero]

        Reads FILE ('-' reads standard input; UTF-8, or GB18030 when the bytes are not UTF-8) and writes the report as
        canonical JSON to standard output, or to the file of --out. Every import diagnostic goes to standard error: its
        severity, code, where (line, table, JSON Pointer), the text found, and the message in Chinese and English.
        A KIROGOVCOMPARE JSON document (tableData / activeDisclosureData / reviewLitigationData) is read as well.

          --as KIND        the kind of source, when detection is not wanted (layout = pdftotext -layout output)
          --year YEAR      the year reported on, when the text does not say
          --format F       the table layout, when the labels do not tell (2019 legacy, 2021 current)
          --agency NAME    the publishing body, when the text does not name it
          --none-as-zero   read a table printed only as 无 as zeros (with a diagnostic) instead of blanks

        Exit codes: 0 imported; 1 imported, but some cells could not be read (ambiguous rows, digits run together:
        left blank); 2 the input is unreadable or not a report; 3 the output (standard output, standard error or the
        file of --out) could not be written.
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        string? file = null;
        string? outPath = null;
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
                        _ => null,
                    };
                    if (kind is null)
                    {
                        return UsageError(console, "--as takes text, layout, html or markdown.");
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

        string? text = InputText.Read(file, console, out string? error);
        if (text is null)
        {
            console.Error.WriteLine($"govinfo import: cannot read '{file}': {error}");
            return ExitCodes.Unreadable;
        }

        ImportResult result = KiroGovCompareJson.LooksLikeKiroGovCompare(text)
            ? KiroGovCompareJson.Read(text, options)
            : ReportImporter.Import(text, options);
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

        if (!OutputText.Write(ReportJson.Serialize(report) + "\n", outPath, console, Name))
        {
            return ExitCodes.OutputFailed;
        }

        return result.HasErrors ? ExitCodes.Invalid : ExitCodes.Valid;
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
