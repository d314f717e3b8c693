using System;
using System.Collections.Generic;
using System.IO;

namespace GovInfoDisclosure.Schema.Import.Tests;

/// <summary>The sample reports: each scraped text and the canonical JSON it was transcribed to.</summary>
internal static class Fixtures
{
    public static readonly string[] SampleNames =
    {
        "2020-county-petitions-bureau-legacy-layout",
        "2024-linhe-district-civil-affairs-bureau",
        "2024-pingwu-county-government-office",
        "2025-huarong-district-bureau",
        "2025-linxia-county-petitions-bureau",
    };

    public static IEnumerable<object[]> Samples()
    {
        foreach (string name in SampleNames)
        {
            yield return new object[] { name };
        }
    }

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "text", name + ".txt"));

    public static string Json(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "json", name + ".json"));

    public static string File2(string relative) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relative));
}
