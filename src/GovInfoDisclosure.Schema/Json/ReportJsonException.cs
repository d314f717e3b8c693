using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Collections.Generic;
using System.Linq;

namespace GovInfoDisclosure.Schema.Json;

/// <summary>Thrown by the throwing read methods when a document is not a well-formed report.</summary>
public sealed class ReportJsonException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public ReportJsonException(IReadOnlyList<Diagnostic> problems)
        : base(BuildMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>The problems found, in document order.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    private static string BuildMessage(IReadOnlyList<Diagnostic> problems)
    {
        if (problems is null || problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        return "The document is not a well-formed report: " + string.Join("; ", problems.Take(5).Select(p => p.ToString()))
            + (problems.Count > 5 ? $"; and {problems.Count - 5} more." : ".");
    }
}
