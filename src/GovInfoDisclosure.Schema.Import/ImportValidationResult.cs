using System.Collections.Generic;
using System.Collections.Immutable;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import;

/// <summary>The result of <see cref="ImportValidation"/>: the import, the validation, every diagnostic and one verdict.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ImportValidationResult
{
    internal ImportValidationResult(ImportResult import, ValidationResult? validation, IReadOnlyList<Diagnostic> diagnostics, ReportVerdict verdict,
        IReadOnlyList<string> unreadCells, IReadOnlyList<IndeterminateGroup> indeterminateGroups)
    {
        Import = import;
        Validation = validation;
        Diagnostics = ImmutableArray.CreateRange(diagnostics);
        Verdict = verdict;
        UnreadCells = ImmutableArray.CreateRange(unreadCells);
        IndeterminateGroups = ImmutableArray.CreateRange(indeterminateGroups);
    }

    /// <summary>What the import produced.</summary>
    public ImportResult Import { get; }

    /// <summary>The report imported, or <see langword="null"/> when the input is not readable as a report.</summary>
    public GovInfoReport? Report => Import.Report;

    /// <summary>The validation of the report; <see langword="null"/> when there is no report.</summary>
    public ValidationResult? Validation { get; }

    /// <summary>Every diagnostic: the import's in the order found, then the rules' in catalogue order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The one verdict (see <see cref="ReportVerdicts"/>): the same as <c>govinfo validate</c> gives.</summary>
    public ReportVerdict Verdict { get; }

    /// <summary>The JSON Pointers (cells, rows, tables) the import could not read; they stayed unknown in validation.</summary>
    public IReadOnlyList<string> UnreadCells { get; }

    /// <summary>
    /// The indeterminate rule diagnostics grouped by their cause: one group per import diagnostic that left cells unread (in the
    /// order of the import), then one group without a cause for those made indeterminate by cells printed blank or as marks.
    /// </summary>
    public IReadOnlyList<IndeterminateGroup> IndeterminateGroups { get; }
}

/// <summary>Indeterminate rule diagnostics with one cause.</summary>
/// <remarks>Immutable.</remarks>
public sealed class IndeterminateGroup
{
    internal IndeterminateGroup(Diagnostic? cause, IReadOnlyList<Diagnostic> diagnostics)
    {
        Cause = cause;
        Diagnostics = ImmutableArray.CreateRange(diagnostics);
    }

    /// <summary>The import diagnostic naming what was not read (a row, a table); <see langword="null"/> for cells printed blank or as marks.</summary>
    public Diagnostic? Cause { get; }

    /// <summary>The indeterminate rule diagnostics, in catalogue order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
