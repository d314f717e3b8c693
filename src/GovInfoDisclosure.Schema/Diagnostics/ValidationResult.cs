using System;
using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>What a validator found in one report (or one comparison of reports): its diagnostics, in catalogue order.</summary>
/// <remarks>
/// Immutable and thread-safe. A report in which every rule holds gets the shared <see cref="Empty"/> instance, so validating a
/// valid report allocates no result.
/// </remarks>
public sealed class ValidationResult
{
    private ValidationResult(IReadOnlyList<Diagnostic> diagnostics)
    {
        Diagnostics = ReadOnlyLists.Copy(diagnostics);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                ErrorCount++;
            }
            else if (diagnostic.Outcome == DiagnosticOutcome.Fail)
            {
                WarningCount++;
            }
            else
            {
                IndeterminateCount++;
            }
        }
    }

    /// <summary>The result without any diagnostic: every rule holds.</summary>
    public static ValidationResult Empty { get; } = new(Array.Empty<Diagnostic>());

    /// <summary>The diagnostics, in the order of the rule catalogue (and, within a rule, of its columns or rows).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether no error-severity rule failed. Warnings and indeterminate outcomes do not make a report invalid.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>
    /// The verdict on the report as given: <see cref="ReportVerdict.Valid"/> or <see cref="ReportVerdict.Invalid"/>. (A report
    /// imported from a published text can also be <see cref="ReportVerdict.Incomplete"/>: see the import package's combined result.)
    /// </summary>
    public ReportVerdict Verdict => IsValid ? ReportVerdict.Valid : ReportVerdict.Invalid;

    /// <summary>The number of failed error-severity rule instances.</summary>
    public int ErrorCount { get; }

    /// <summary>The number of failed warning-severity rule instances.</summary>
    public int WarningCount { get; }

    /// <summary>The number of rule instances that could not be decided.</summary>
    public int IndeterminateCount { get; }

    /// <summary>Creates a result from diagnostics.</summary>
    /// <param name="diagnostics">The diagnostics; the list is not copied and must not change afterwards.</param>
    /// <returns><see cref="Empty"/> when there are none; otherwise a new result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    public static ValidationResult From(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics is null)
        {
            throw new ArgumentNullException(nameof(diagnostics));
        }

        return diagnostics.Count == 0 ? Empty : new ValidationResult(diagnostics);
    }

    /// <summary>Whether any diagnostic has the code.</summary>
    /// <param name="code">A rule code, e.g. <c>GID-B1</c>.</param>
    /// <returns><see langword="true"/> when one has it.</returns>
    public bool Contains(string code)
    {
        foreach (Diagnostic diagnostic in Diagnostics)
        {
            if (string.Equals(diagnostic.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
