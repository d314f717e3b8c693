using System.Globalization;
using GovInfoDisclosure.Schema.Diagnostics;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests;

/// <summary>What the import tests read of a diagnostic instead of its prose: the typed values and the named template arguments.</summary>
internal static class DiagnosticText
{
    /// <summary>The typed actual value, invariant.</summary>
    public static string? ActualText(this Diagnostic diagnostic) => diagnostic.Actual?.ToString(CultureInfo.InvariantCulture);

    /// <summary>The typed expected value, invariant.</summary>
    public static string? ExpectedText(this Diagnostic diagnostic) => diagnostic.Expected?.ToString(CultureInfo.InvariantCulture);

    /// <summary>The English value of a template argument the diagnostic must have.</summary>
    public static string Argument(this Diagnostic diagnostic, string name)
    {
        Assert.True(diagnostic.TryGetArgument(name, out BilingualText value), diagnostic.Code + " has no argument {" + name + "}");
        return value.En;
    }
}
