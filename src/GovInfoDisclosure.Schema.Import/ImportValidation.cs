using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Schema.Import;

/// <summary>Import a published report, then validate it: one call, one result, one verdict (valid, invalid, incomplete or unreadable).</summary>
/// <remarks>
/// <para>
/// This is what <c>govinfo validate</c> does with a text, HTML or Markdown file. The cells the import could not read (the
/// locations of the diagnostics whose catalogue entry <see cref="DiagnosticDefinition.LeavesCellsUnread"/>) are passed to the
/// validator as <see cref="ValidationOptions.UnreadCells"/>, so <see cref="ValidationOptions.BlankAsZero"/> reads only the
/// cells printed blank as 0, never the cells that were not read.
/// </para>
/// <para>Pure and thread-safe; never throws on bad input.</para>
/// </remarks>
public static class ImportValidation
{
    /// <summary>Imports a published report and validates it.</summary>
    /// <param name="text">The published report (plain text, HTML, Markdown or KIROGOVCOMPARE JSON).</param>
    /// <param name="importOptions">The import options; <see langword="null"/> for the defaults.</param>
    /// <param name="validationOptions">The validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The combined result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ImportValidationResult ImportAndValidate(string text, ImportOptions? importOptions = null, ValidationOptions? validationOptions = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return Validate(ReportImporter.Import(text, importOptions), validationOptions);
    }

    /// <summary>Validates what an import produced (e.g. from bytes or a stream).</summary>
    /// <param name="imported">The import result.</param>
    /// <param name="validationOptions">The validation options; <see langword="null"/> for the defaults.</param>
    /// <returns>The combined result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imported"/> is <see langword="null"/>.</exception>
    public static ImportValidationResult Validate(ImportResult imported, ValidationOptions? validationOptions = null)
    {
        if (imported is null)
        {
            throw new ArgumentNullException(nameof(imported));
        }

        validationOptions ??= ValidationOptions.Default;
        var unread = new List<string>();
        var causes = new List<Diagnostic>();
        foreach (Diagnostic diagnostic in imported.Diagnostics)
        {
            if (DiagnosticCatalogue.TryGet(diagnostic.Code, out DiagnosticDefinition definition) && definition.LeavesCellsUnread
                && diagnostic.Location.Pointer is { } pointer)
            {
                unread.Add(pointer);
                causes.Add(diagnostic);
            }
        }

        ValidationResult? validation = null;
        var all = new List<Diagnostic>(imported.Diagnostics);
        if (imported.Report is { } report)
        {
            ValidationOptions options = unread.Count == 0 ? validationOptions : validationOptions with { UnreadCells = Merge(validationOptions.UnreadCells, unread) };
            validation = ReportValidator.Validate(report, options);
            all.AddRange(validation.Diagnostics);
        }

        return new ImportValidationResult(imported, validation, all.AsReadOnly(), ReportVerdicts.Of(imported.Report is not null, all),
            unread.AsReadOnly(), Group(validation, causes));
    }

    private static IReadOnlyList<string> Merge(IReadOnlyList<string> given, List<string> unread)
    {
        var merged = new List<string>(given);
        merged.AddRange(unread);
        return merged.AsReadOnly();
    }

    private static IReadOnlyList<IndeterminateGroup> Group(ValidationResult? validation, List<Diagnostic> causes)
    {
        if (validation is null)
        {
            return Array.Empty<IndeterminateGroup>();
        }

        var byCause = new List<Diagnostic>[causes.Count];
        var uncaused = new List<Diagnostic>();
        foreach (Diagnostic diagnostic in validation.Diagnostics)
        {
            if (diagnostic.Outcome != DiagnosticOutcome.Indeterminate)
            {
                continue;
            }

            int cause = CauseOf(diagnostic, causes);
            if (cause < 0)
            {
                uncaused.Add(diagnostic);
            }
            else
            {
                (byCause[cause] ??= new List<Diagnostic>()).Add(diagnostic);
            }
        }

        var groups = new List<IndeterminateGroup>();
        for (int i = 0; i < causes.Count; i++)
        {
            if (byCause[i] is { } list)
            {
                groups.Add(new IndeterminateGroup(causes[i], list.AsReadOnly()));
            }
        }

        if (uncaused.Count > 0)
        {
            groups.Add(new IndeterminateGroup(null, uncaused.AsReadOnly()));
        }

        return groups.AsReadOnly();
    }

    private static int CauseOf(Diagnostic diagnostic, List<Diagnostic> causes)
    {
        for (int i = 0; i < causes.Count; i++)
        {
            string prefix = causes[i].Location.Pointer!;
            foreach (string path in diagnostic.UnknownPaths)
            {
                if (prefix.Length == 0 || (path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] == '/')))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
