using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Import.Interop;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo render FILE --as html|markdown</c>: prints a report in the official table layout.</summary>
internal sealed class RenderCommand : ICliCommand
{
    public string Name => "render";

    public string Summary => "Print a report as the official tables in HTML or Markdown (or as KIROGOVCOMPARE JSON).";

    public string Usage => """
        Usage: govinfo render FILE --as html|markdown|kirogovcompare [--out FILE] [--official] [--tables-only]
                           [--diagnostics]

        Reads FILE (a report as canonical JSON; a published report — PDF, Word .docx, HTML, Markdown, text,
        KIROGOVCOMPARE JSON — is imported first, with its diagnostics on standard error; '-' reads standard input) and
        prints it:
          html            an HTML page: narrative, section headings and the tables with the official merged cells
          markdown        Markdown: front matter, narrative and pipe tables
          kirogovcompare  the table JSON of KIROGOVCOMPARE (current format only)

          --official      print strictly the official layout: no local subtotal rows or 法人或其他组织小计 column
          --tables-only   leave out the narrative
          --diagnostics   (with --as html) validate the report and draw its tables with the diagnostics marked:
                          failing cells red with the rule code and message on hover and keyboard focus, cells
                          the import could not read and inferred cells marked differently, the diagnostics
                          listed below grouped by cause and linked to their cells; exit 0 when drawn

        Exit codes: 0 printed; 2 the input is unreadable or not a report, or cannot be printed in that shape;
        3 the output (standard output or the file of --out) could not be written.
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        string? file = null;
        string? outPath = null;
        string? shape = null;
        bool diagnostics = false;
        var options = ReportRenderOptions.Default;
        for (int i = 0; i < arguments.Count; i++)
        {
            string argument = arguments[i];
            switch (argument)
            {
                case "--as":
                    shape = i + 1 < arguments.Count ? arguments[++i] : null;
                    break;
                case "--out":
                    outPath = i + 1 < arguments.Count ? arguments[++i] : null;
                    if (outPath is null)
                    {
                        return UsageError(console, "--out needs a file name.");
                    }

                    break;
                case "--official":
                    options = options with { OfficialLayoutOnly = true };
                    break;
                case "--diagnostics":
                    diagnostics = true;
                    break;
                case "--tables-only":
                    options = options with { IncludeNarrative = false };
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

        if (shape is not ("html" or "markdown" or "md" or "kirogovcompare"))
        {
            return UsageError(console, "--as takes html, markdown or kirogovcompare.");
        }

        byte[]? bytes = InputText.Read(file, console, out string? error);
        if (bytes is null)
        {
            console.Error.WriteLine($"govinfo render: cannot read '{file}': {error}");
            return ExitCodes.Unreadable;
        }

        if (diagnostics)
        {
            if (shape != "html")
            {
                return UsageError(console, "--diagnostics needs --as html.");
            }

            return OutputText.Write(WithDiagnostics(file, bytes, options), outPath, console, Name) ? ExitCodes.Valid : ExitCodes.OutputFailed;
        }

        GovInfoReport? report = ReadReport(bytes, console);
        if (report is null)
        {
            console.Error.WriteLine($"govinfo render: '{file}' is not a report.");
            return ExitCodes.Unreadable;
        }

        string output;
        if (shape == "kirogovcompare")
        {
            if (report is not Report2021 current)
            {
                console.Error.WriteLine("govinfo render: KIROGOVCOMPARE stores the current (2021) format only; this report has the legacy layout.");
                return ExitCodes.Unreadable;
            }

            output = KiroGovCompareJson.Write(current) + "\n";
        }
        else
        {
            output = shape == "html" ? ReportHtmlRenderer.Render(report, options) : ReportMarkdownRenderer.Render(report, options);
        }

        return OutputText.Write(output, outPath, console, Name) ? ExitCodes.Valid : ExitCodes.OutputFailed;
    }

    /// <summary>The page of <c>--diagnostics</c>: the report validated (imported first if published) and drawn with its diagnostics marked.</summary>
    private static string WithDiagnostics(string file, byte[] bytes, ReportRenderOptions layout)
    {
        var options = new DiagnosticsRenderOptions { Layout = layout };
        if (InputText.IsCanonicalJson(bytes))
        {
            ReportReadResult read = ReportJson.CheckSize(bytes.Length) is { } tooLarge ? ReportReadResult.Failure(new[] { tooLarge }) : ReportJson.Read(bytes);
            if (read.Report is not { } report)
            {
                return ReportDiagnosticsHtmlRenderer.RenderPage(null, read.Problems, file, options);
            }

            return ReportDiagnosticsHtmlRenderer.RenderPage(report, ReportValidator.Validate(report).Diagnostics, file, options);
        }

        ImportValidationResult result = ImportValidation.Validate(ReportImporter.Import(bytes));
        return ReportDiagnosticsHtmlRenderer.RenderPage(result.Report, result.Diagnostics, file, options with { InferredCells = ReportDiagnosticsHtmlRenderer.InferredCellsOf(result.Import) });
    }

    private static GovInfoReport? ReadReport(byte[] bytes, CliConsole console)
    {
        if (InputText.IsCanonicalJson(bytes))
        {
            ReportReadResult read = ReportJson.CheckSize(bytes.Length) is { } tooLarge ? ReportReadResult.Failure(new[] { tooLarge }) : ReportJson.Read(bytes);
            if (read.Report is { } json)
            {
                return json;
            }

            foreach (Diagnostic problem in read.Problems)
            {
                console.Error.WriteLine($"  {problem.Code} {(problem.Location.Pointer is null or { Length: 0 } ? "(document)" : problem.Location.Pointer)}: {problem.Message.En}");
            }

            return null;
        }

        ImportResult imported = ReportImporter.Import(bytes);
        ImportCommand.WriteDiagnostics(imported.Diagnostics, console);
        return imported.Report;
    }

    private int UsageError(CliConsole console, string message)
    {
        console.Error.WriteLine($"govinfo render: {message}");
        console.Error.WriteLine(Usage);
        return ExitCodes.Unreadable;
    }
}
