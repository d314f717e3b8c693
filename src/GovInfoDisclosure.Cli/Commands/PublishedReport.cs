using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovInfoDisclosure.Cli.Corpus;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>
/// <c>govinfo validate</c> on a published report (PDF, Word .docx, HTML, Markdown, text): the library's one import-then-validate call
/// (<see cref="ImportValidation"/>) and its verdict — valid, invalid, incomplete or unreadable — printed as it is. The import's
/// errors and warnings are listed with the rule diagnostics, and the indeterminate rules are grouped by the row that was not read.
/// </summary>
internal static class PublishedReport
{
    private static readonly string[] Extensions = { ".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown", ".pdf", ".docx", ".doc", ".wps" };

    /// <summary>Whether a named file is a published report to import rather than a JSON document.</summary>
    public static bool IsPublishedReportFile(string path)
    {
        foreach (string extension in Extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static DocumentOutcome Check(CorpusDocument document, string path, ValidateSettings settings, CliConsole console)
    {
        byte[]? bytes = InputText.Read(path, console, out string? error, document.RawPath);
        if (bytes is null)
        {
            return ValidateCommand.Unreadable(document, settings.Json, DiagnosticCatalogue.FileUnreadable, error ?? string.Empty, "unreadable — " + error);
        }

        ImportValidationResult result = ImportValidation.Validate(ReportImporter.Import(bytes), settings.Options);
        DocumentVerdict verdict = ValidateCommand.ToDocumentVerdict(result.Verdict);

        // Import diagnostics of severity info are for 'govinfo import'; the summary counts what is shown.
        var shown = new List<Diagnostic>();
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity != DiagnosticSeverity.Info && (!settings.ErrorsOnly || diagnostic.IsError))
            {
                shown.Add(diagnostic);
            }
        }

        var entry = new Outputs.ReportEntry(ValidateCommand.Label(document), Outputs.ReportEntry.InputOf(path), result.Report, result.Verdict,
            result.Diagnostics, result.UnreadCells, Schema.Import.Rendering.ReportDiagnosticsHtmlRenderer.InferredCellsOf(result.Import));
        if (settings.Json)
        {
            return new DocumentOutcome(verdict, shown, ValidateCommand.ReportLine(document, result.Report?.Format, result.Verdict, shown), entry);
        }

        var output = new StringBuilder();
        if (result.Report is not { } report)
        {
            output.Append($"{ValidateCommand.Label(document)}: unreadable — not a report");
            ImportLines(output, result.Import.Diagnostics, settings.ErrorsOnly);
            return new DocumentOutcome(verdict, shown, output.ToString(), entry);
        }

        ValidationResult validation = result.Validation!;
        output.Append(ValidateCommand.Headline(document, report, validation, result.Verdict, settings.Language));
        if (result.Verdict == ReportVerdict.Incomplete)
        {
            output.Append($" — not read whole: {result.UnreadCells.Count} row{(result.UnreadCells.Count == 1 ? string.Empty : "s")} or tables not read");
        }

        ImportLines(output, result.Import.Diagnostics, settings.ErrorsOnly);

        // Failed rules one by one; indeterminate ones grouped by their cause (the row or table that was not read).
        ValidateCommand.AppendDiagnostics(output, report, validation.Diagnostics, settings.ErrorsOnly, includeIndeterminate: false, settings.Language);
        if (!settings.ErrorsOnly)
        {
            foreach (IndeterminateGroup group in result.IndeterminateGroups)
            {
                AppendGroup(output, report, group, settings.Language);
            }
        }

        return new DocumentOutcome(verdict, shown, output.ToString(), entry);
    }

    private static void AppendGroup(StringBuilder output, Schema.Model.GovInfoReport report, IndeterminateGroup group, CliLanguage language)
    {
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (Diagnostic diagnostic in group.Diagnostics)
        {
            codes[diagnostic.Code] = codes.TryGetValue(diagnostic.Code, out int n) ? n + 1 : 1;
        }

        var counts = new StringBuilder();
        foreach (KeyValuePair<string, int> entry in codes)
        {
            counts.Append(counts.Length == 0 ? string.Empty : ", ").Append(entry.Key).Append(" ×").Append(entry.Value.ToString(CultureInfo.InvariantCulture));
        }

        int count = group.Diagnostics.Count;
        if (group.Cause is { } cause)
        {
            string where = cause.Location.ToString();
            output.Append('\n').Append($"  indeterminate because {cause.Code} ({where}) was not read: {count} rule instance{(count == 1 ? string.Empty : "s")} ({counts})");
        }
        else
        {
            output.Append('\n').Append($"  indeterminate because of cells printed blank or as marks: {count} rule instance{(count == 1 ? string.Empty : "s")} ({counts})");
            ValidateCommand.AppendDiagnostics(output, report, group.Diagnostics, errorsOnly: false, includeIndeterminate: true, language);
        }
    }

    private static void ImportLines(StringBuilder text, IReadOnlyList<Diagnostic> diagnostics, bool errorsOnly)
    {
        foreach (Diagnostic d in diagnostics)
        {
            if (d.Severity != DiagnosticSeverity.Info && (!errorsOnly || d.IsError))
            {
                text.Append('\n').Append("  import ").Append(d.Severity.ToJsonName()).Append(' ').Append(d.Code);
                string where = d.Location.ToString();
                if (where.Length > 0)
                {
                    text.Append(" (").Append(where).Append(')');
                }

                text.Append('\n').Append("    ").Append(d.Message.Zh);
                text.Append('\n').Append("    ").Append(d.Message.En);
            }
        }
    }
}
