using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Rules;

/// <summary>The outcome of <see cref="ReportConsolidation.Sum"/>: the summed report, or why there is none.</summary>
public sealed class ConsolidationResult
{
    internal ConsolidationResult(GovInfoReport? report, IReadOnlyList<Diagnostic> problems)
    {
        Report = report;
        Problems = ReadOnlyLists.Copy(problems);
    }

    /// <summary>The summed report; <see langword="null"/> when the reports cannot be summed (see <see cref="Problems"/>).</summary>
    public GovInfoReport? Report { get; }

    /// <summary>
    /// <c>GID-S3</c> diagnostics: why the reports cannot be summed (no reports, different formats or years), or which cells
    /// were left blank because their sum is out of range. Empty when the sum is complete.
    /// </summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Whether a summed report was produced.</summary>
    public bool IsSuccess => Report is not null;
}
