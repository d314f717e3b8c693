using System;
using System.Collections.Generic;
using System.Text;
using GovInfoDisclosure.Cli.Corpus;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>
/// <c>govinfo validate</c> on a published report (scraped text, HTML, Markdown): import it as <c>govinfo import</c>
/// does, then check the rules. The import's errors and warnings are listed with the rule diagnostics.
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

    public static DocumentOutcome Check(CorpusDocument document, string path, bool json, ValidationOptions options, CliConsole console)
    {
        byte[]? bytes = InputText.Read(path, console, out string? error, document.RawPath);
        if (bytes is null)
        {
            return ValidateCommand.Unreadable(document, json, ValidateCommand.FileUnreadable, "无法读取文件：" + error, "The file cannot be read: " + error, "unreadable — " + error);
        }

        ImportResult imported = ReportImporter.Import(bytes);
        var importDiagnostics = new List<Diagnostic>();
        foreach (ImportDiagnostic d in imported.Diagnostics)
        {
            if (d.Severity != ImportSeverity.Info)
            {
                importDiagnostics.Add(new Diagnostic(d.Code, d.Severity == ImportSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    DiagnosticOutcome.Fail, d.Location.Pointer is { } pointer ? new[] { pointer } : Array.Empty<string>(), Array.Empty<string>(), null, null, d.Message));
            }
        }

        if (imported.Report is not { } report)
        {
            string human = ImportLines(new StringBuilder($"{ValidateCommand.Label(document)}: unreadable — not a report"), imported.Diagnostics).ToString();
            return new DocumentOutcome(DocumentVerdict.Unreadable, importDiagnostics,
                json ? ValidateCommand.ReportLine(document, null, valid: false, importDiagnostics) : human);
        }

        ValidationResult result = ReportValidator.Validate(report, options);
        bool valid = result.IsValid && !imported.HasErrors;
        var diagnostics = new List<Diagnostic>(importDiagnostics);
        diagnostics.AddRange(result.Diagnostics);
        string output = json
            ? ValidateCommand.ReportLine(document, report.Format, valid, diagnostics)
            : ImportLines(new StringBuilder(ValidateCommand.Human(document, report, result, imported.HasErrors && result.IsValid ? "invalid (import errors)" : null)),
                imported.Diagnostics).ToString();

        return new DocumentOutcome(valid ? DocumentVerdict.Valid : DocumentVerdict.Invalid, diagnostics, output);
    }

    private static StringBuilder ImportLines(StringBuilder text, IReadOnlyList<ImportDiagnostic> diagnostics)
    {
        foreach (ImportDiagnostic d in diagnostics)
        {
            if (d.Severity != ImportSeverity.Info)
            {
                text.Append('\n').Append("  import ").Append(d.ToString());
                text.Append('\n').Append("    ").Append(d.Message.Zh);
            }
        }

        return text;
    }
}
