using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Tests.Outputs;

/// <summary>The reports the output tests draw: the samples, a real sample made invalid with markup in its agency, a damaged text.</summary>
internal static class OutputFixtures
{
    /// <summary>The agency of the broken report: markup that must never become an element.</summary>
    public const string HostileAgency = "平武县<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";

    /// <summary>平武县 2024 with 表三 本年新收 总计 17 instead of 16 (GID-B3 on the row, GID-B1 on the column) and <see cref="HostileAgency"/>.</summary>
    public static string BrokenJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "outputs", "broken-pingwu.json"));

    public static GovInfoReport Broken => ReportJson.Deserialize(BrokenJson);

    /// <summary>临夏县 2025 with the 本年新收 row given three cells for seven (IMP-ROW-AMBIGUOUS: the row is not read).</summary>
    public static string DamagedLinxiaText => Fixtures.Text(ImportAssert.Linxia)
        .Replace("一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||", "一、本年新收政府信息公开申请数量 | 3 | 3 |");

    /// <summary>Every start tag of an element, with its attributes.</summary>
    public static IEnumerable<(string Name, Dictionary<string, string> Attributes)> Tags(string html)
    {
        foreach (Match tag in Regex.Matches(html, "<([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^\\s=>]+(?:=\"[^\"]*\")?)*)\\s*/?>"))
        {
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match attribute in Regex.Matches(tag.Groups[2].Value, "([^\\s=>]+)(?:=\"([^\"]*)\")?"))
            {
                attributes[attribute.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(attribute.Groups[2].Value);
            }

            yield return (tag.Groups[1].Value.ToLowerInvariant(), attributes);
        }
    }
}
