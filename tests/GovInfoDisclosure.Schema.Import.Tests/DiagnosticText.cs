using System.Globalization;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Import.Tests;

/// <summary>The expected and actual values of an import diagnostic as text: the typed number, or the argument of that name.</summary>
internal static class DiagnosticText
{
    public static string? ActualText(this Diagnostic diagnostic) =>
        diagnostic.TryGetArgument("actual", out BilingualText text) ? text.En : diagnostic.Actual?.ToString(CultureInfo.InvariantCulture);

    public static string? ExpectedText(this Diagnostic diagnostic) =>
        diagnostic.TryGetArgument("expected", out BilingualText text) ? text.En : diagnostic.Expected?.ToString(CultureInfo.InvariantCulture);
}
