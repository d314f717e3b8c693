using System;
using System.Collections.Generic;
using System.Globalization;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Cli.Outputs;

/// <summary>
/// One checked document as the outputs (the HTML batch report, the verdict spreadsheets, the cell export) see it: the file,
/// the report when one was read, the library's verdict, every diagnostic (indeterminate and info included), the rows the
/// import could not read and the cells it inferred or matched.
/// </summary>
/// <param name="File">The document as named on the command line (FILE:LINE for a line of a JSON Lines file).</param>
/// <param name="Input">The kind of input: json, text, html, markdown, pdf or word.</param>
/// <param name="Report">The report, or <see langword="null"/> when none could be read.</param>
/// <param name="Verdict">The library's verdict.</param>
/// <param name="Diagnostics">Every diagnostic of every stage.</param>
/// <param name="UnreadCells">The pointers of the rows and tables the import could not read.</param>
/// <param name="InferredCells">The cells inferred or matched by position or similarity, with the reason; <see langword="null"/> for none.</param>
internal sealed record ReportEntry(
    string File,
    string Input,
    GovInfoReport? Report,
    ReportVerdict Verdict,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> UnreadCells,
    IReadOnlyDictionary<string, BilingualText>? InferredCells)
{
    /// <summary>Failed error-severity rules and JSON-contract errors.</summary>
    public int Errors => Count(d => d.IsError && d.Stage is DiagnosticStage.Rule or DiagnosticStage.CrossReport or DiagnosticStage.Document);

    /// <summary>Failed warning-severity rules.</summary>
    public int Warnings => Count(d => d.Outcome == DiagnosticOutcome.Fail && d.Severity == DiagnosticSeverity.Warning && d.Stage is DiagnosticStage.Rule or DiagnosticStage.CrossReport);

    /// <summary>Rules that could not be decided (blank, mark or unread cells).</summary>
    public int Indeterminate => Count(d => d.Outcome == DiagnosticOutcome.Indeterminate);

    /// <summary>Import and input errors (not the rules).</summary>
    public int ImportErrors => Count(d => d.Severity == DiagnosticSeverity.Error && d.Stage is not (DiagnosticStage.Rule or DiagnosticStage.CrossReport or DiagnosticStage.Document));

    /// <summary>The first error of any stage, or <see langword="null"/>.</summary>
    public Diagnostic? FirstError
    {
        get
        {
            foreach (Diagnostic diagnostic in Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    return diagnostic;
                }
            }

            return null;
        }
    }

    /// <summary>The agency, or an empty string.</summary>
    public string Agency => Report?.Agency ?? string.Empty;

    /// <summary>The year as text, or an empty string.</summary>
    public string Year => Report is { } report ? report.Year.ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>The layout: 2021 or 2019, or an empty string.</summary>
    public string Format => Report is { } report ? ((int)report.Format).ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>The verdict's JSON name.</summary>
    public string VerdictName => Verdict.ToJsonName();

    /// <summary>The verdict in Chinese.</summary>
    public string VerdictChinese => ChineseOf(Verdict);

    /// <summary>The Chinese name of a verdict.</summary>
    public static string ChineseOf(ReportVerdict verdict) => verdict switch
    {
        ReportVerdict.Valid => "通过",
        ReportVerdict.Invalid => "有错误",
        ReportVerdict.Incomplete => "未读全",
        _ => "无法读取",
    };

    /// <summary>The input kind of a file name.</summary>
    public static string InputOf(string path)
    {
        string lower = path.ToLowerInvariant();
        return lower.EndsWith(".html", StringComparison.Ordinal) || lower.EndsWith(".htm", StringComparison.Ordinal) ? "html"
            : lower.EndsWith(".md", StringComparison.Ordinal) || lower.EndsWith(".markdown", StringComparison.Ordinal) ? "markdown"
            : lower.EndsWith(".txt", StringComparison.Ordinal) || lower.EndsWith(".text", StringComparison.Ordinal) ? "text"
            : lower.EndsWith(".pdf", StringComparison.Ordinal) ? "pdf"
            : lower.EndsWith(".docx", StringComparison.Ordinal) || lower.EndsWith(".doc", StringComparison.Ordinal) || lower.EndsWith(".wps", StringComparison.Ordinal) ? "word"
            : "json";
    }

    private int Count(Func<Diagnostic, bool> predicate)
    {
        int count = 0;
        foreach (Diagnostic diagnostic in Diagnostics)
        {
            if (predicate(diagnostic))
            {
                count++;
            }
        }

        return count;
    }
}
