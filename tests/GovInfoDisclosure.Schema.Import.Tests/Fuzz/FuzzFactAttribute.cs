using System;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Fuzz;

/// <summary>The opt-in long fuzz run: skipped unless <see cref="CasesVariable"/> holds the number of cases to run.</summary>
public sealed class FuzzFactAttribute : FactAttribute
{
    /// <summary>The environment variable with the number of cases, e.g. <c>GOVINFO_FUZZ_CASES=20000</c>.</summary>
    public const string CasesVariable = "GOVINFO_FUZZ_CASES";

    public FuzzFactAttribute()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), out int cases) || cases < 1)
        {
            Skip = $"The long fuzz run is opt-in: set {CasesVariable}=N and run with --filter Category=Fuzz.";
        }
    }
}
