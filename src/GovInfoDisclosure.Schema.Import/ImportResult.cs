using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import;

/// <summary>What an import produced: the report (unless the input is not one), every diagnostic, and the rows kept aside.</summary>
/// <remarks>
/// <see cref="Report"/> is <see langword="null"/> only when the input cannot be read as a report at all (empty, too
/// large, no section or table recognised, no year). A report with <see cref="HasErrors"/> is usable, but the cells named
/// by the error diagnostics are blank because they could not be read unambiguously.
/// </remarks>
public sealed class ImportResult
{
    internal ImportResult(GovInfoReport? report, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<ExtraRow> extraRows,
        ImportSourceKind sourceKind, IReadOnlyDictionary<string, CellProvenance>? provenance = null)
    {
        // The importer hands over a read-only view of a map nobody changes afterwards (ProvenanceMap.Complete): no copy.
        Provenance = provenance ?? EmptyProvenance;
        Report = report;
        Diagnostics = ImmutableArray.CreateRange(diagnostics ?? throw new ArgumentNullException(nameof(diagnostics)));
        ExtraRows = ImmutableArray.CreateRange(extraRows ?? throw new ArgumentNullException(nameof(extraRows)));
        SourceKind = sourceKind;
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                HasErrors = true;
            }
            else if (diagnostic.Severity == DiagnosticSeverity.Warning)
            {
                HasWarnings = true;
            }
        }
    }

    /// <summary>The report read, or <see langword="null"/> when the input is not readable as a report.</summary>
    public GovInfoReport? Report { get; }

    /// <summary>Every diagnostic, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Rows not in the official layout, kept as printed.</summary>
    public IReadOnlyList<ExtraRow> ExtraRows { get; }

    /// <summary>
    /// How every table cell of <see cref="Report"/> was obtained, keyed by the cell's JSON Pointer in the canonical document
    /// (e.g. <c>/applications/results/granted/total</c>): read exactly, matched by similarity or by position, inferred by
    /// arithmetic, or unreadable (blank because it could not be read, unlike a cell printed blank). Every cell the document
    /// has is present; empty when there is no report. Immutable.
    /// </summary>
    public IReadOnlyDictionary<string, CellProvenance> Provenance { get; }

    /// <summary>The kind of source that was read (given or detected).</summary>
    public ImportSourceKind SourceKind { get; }

    /// <summary>Whether a report was produced.</summary>
    public bool IsSuccess => Report is not null;

    /// <summary>Whether any diagnostic is an <see cref="DiagnosticSeverity.Error"/>: some cells could not be read and are blank.</summary>
    public bool HasErrors { get; }

    /// <summary>Whether any diagnostic is a <see cref="DiagnosticSeverity.Warning"/>.</summary>
    public bool HasWarnings { get; }

    private static IReadOnlyDictionary<string, CellProvenance> EmptyProvenance { get; } = ImmutableDictionary.Create<string, CellProvenance>(StringComparer.Ordinal);
}
