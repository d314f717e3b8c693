using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Json;

/// <summary>The outcome of reading a report document: the report, or the problems that stopped it.</summary>
/// <remarks>Exactly one of <see cref="Report"/> and a non-empty <see cref="Problems"/> is set.</remarks>
public sealed class ReportReadResult
{
    private ReportReadResult(GovInfoReport? report, IReadOnlyList<Diagnostic> problems)
    {
        Report = report;
        Problems = ReadOnlyLists.Copy(problems);
    }

    /// <summary>The report, when the document is well formed; otherwise <see langword="null"/>.</summary>
    public GovInfoReport? Report { get; }

    /// <summary>Why the document is not a well-formed report, in document order; empty on success.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Whether the document was read.</summary>
    public bool IsSuccess => Report is not null;

    /// <summary>The report, or a <see cref="ReportJsonException"/> listing the problems.</summary>
    /// <returns>The report.</returns>
    /// <exception cref="ReportJsonException">The document is not a well-formed report.</exception>
    public GovInfoReport GetReportOrThrow() => Report ?? throw new ReportJsonException(Problems);

    /// <summary>A successful result.</summary>
    /// <param name="report">The report read.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static ReportReadResult Success(GovInfoReport report) =>
        new(report ?? throw new ArgumentNullException(nameof(report)), Array.Empty<Diagnostic>());

    /// <summary>A failed result, e.g. for a caller that refuses a file before reading it (<see cref="ReportJson.CheckSize"/>).</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is <see langword="null"/> or empty.</exception>
    public static ReportReadResult Failure(IReadOnlyList<Diagnostic> problems) =>
        problems is { Count: > 0 } ? new(null, problems) : throw new ArgumentException("At least one problem is required.", nameof(problems));
}
