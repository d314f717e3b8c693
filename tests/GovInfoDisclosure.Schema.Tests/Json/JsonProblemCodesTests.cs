using System;
using System.IO;
using System.Linq;
using System.Reflection;
using GovInfoDisclosure.Schema.Json;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Json;

public class JsonProblemCodesTests
{
    private static readonly string[] Codes = typeof(JsonProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Codes_AreUnique_AndReadable()
    {
        Assert.Equal(Codes.Length, Codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Codes, code => Assert.Matches("^JSON-[A-Z]+(-[A-Z]+)*$", code));
    }

    [Fact]
    public void EveryCode_IsDocumented()
    {
        string docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "docs", "json-format.md"));
        Assert.All(Codes, code => Assert.Contains("`" + code + "`", docs));
    }
}
