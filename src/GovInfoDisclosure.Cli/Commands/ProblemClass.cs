using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Json;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>Which JSON problems mean "not a report document at all" (exit 2) rather than "a report that breaks the contract" (exit 1).</summary>
internal static class ProblemClass
{
    private static readonly HashSet<string> UnreadableCodes = new(StringComparer.Ordinal)
    {
        JsonProblemCodes.Syntax,
        JsonProblemCodes.TooLarge,
        JsonProblemCodes.TooDeep,
        JsonProblemCodes.MissingFormat,
        JsonProblemCodes.UnknownFormat,
    };

    public static bool IsUnreadable(IReadOnlyList<Diagnostic> problems)
    {
        foreach (Diagnostic problem in problems)
        {
            // A root that is not an object (an array, a number...) is JSON but not a report document at all.
            if (UnreadableCodes.Contains(problem.Code) || (problem.Code == JsonProblemCodes.WrongType && problem.Location.Pointer is { Length: 0 }))
            {
                return true;
            }
        }

        return false;
    }
}
