using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GovInfoDisclosure.Schema.Json;

namespace GovInfoDisclosure.Schema.Tests.Support;

/// <summary>Every code of <see cref="JsonProblemCodes"/>, read from its constants.</summary>
public static class JsonProblemCodeNames
{
    public static IReadOnlyCollection<string> All { get; } = typeof(JsonProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet();
}
