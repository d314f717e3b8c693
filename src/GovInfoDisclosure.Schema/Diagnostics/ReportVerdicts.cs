using System;
using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>The one rule that turns diagnostics of every stage into a <see cref="ReportVerdict"/>.</summary>
/// <remarks>
/// In order: a fatal diagnostic (<see cref="DiagnosticDefinition.IsFatal"/>, or a JSON root that is not an object) —
/// <see cref="ReportVerdict.Unreadable"/>; an error that failed in a document, rule or cross-report stage (a document that breaks
/// the JSON contract is invalid, not unreadable) — <see cref="ReportVerdict.Invalid"/>; no report — unreadable; a diagnostic that left
/// cells unread (<see cref="DiagnosticDefinition.LeavesCellsUnread"/>: a table or row not found, a row or cell the import could
/// not read) — <see cref="ReportVerdict.Incomplete"/>; otherwise <see cref="ReportVerdict.Valid"/>. Import errors do not make a
/// report invalid: the report as published may be right; it was not read whole.
/// </remarks>
public static class ReportVerdicts
{
    /// <summary>The verdict of an input.</summary>
    /// <param name="hasReport">Whether a report was read (or imported).</param>
    /// <param name="diagnostics">Every diagnostic of every stage.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    public static ReportVerdict Of(bool hasReport, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics is null)
        {
            throw new ArgumentNullException(nameof(diagnostics));
        }

        bool invalid = false;
        bool incomplete = false;
        foreach (Diagnostic diagnostic in diagnostics)
        {
            bool known = DiagnosticCatalogue.TryGet(diagnostic.Code, out DiagnosticDefinition definition);
            // A JSON root that is not an object (an array, a number) is JSON but not a report document at all.
            bool notADocument = diagnostic.Stage == DiagnosticStage.Document && diagnostic.Location.Pointer is { Length: 0 }
                && string.Equals(diagnostic.Code, "JSON-WRONG-TYPE", StringComparison.Ordinal);
            if (diagnostic.Outcome == DiagnosticOutcome.Fail && ((known && definition.IsFatal) || notADocument))
            {
                return ReportVerdict.Unreadable;
            }

            invalid |= diagnostic.IsError && diagnostic.Stage is DiagnosticStage.Document or DiagnosticStage.Rule or DiagnosticStage.CrossReport;
            incomplete |= known && definition.LeavesCellsUnread;
        }

        return invalid ? ReportVerdict.Invalid
            : !hasReport ? ReportVerdict.Unreadable
            : incomplete ? ReportVerdict.Incomplete
            : ReportVerdict.Valid;
    }

    /// <summary>The lower-case name used in JSON: <c>valid</c>, <c>invalid</c>, <c>incomplete</c> or <c>unreadable</c>.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The name.</returns>
    public static string ToJsonName(this ReportVerdict verdict) => verdict switch
    {
        ReportVerdict.Valid => "valid",
        ReportVerdict.Invalid => "invalid",
        ReportVerdict.Incomplete => "incomplete",
        _ => "unreadable",
    };
}
