using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace GovInfoDisclosure.Schema.Tests.Support;

/// <summary>The five real reports: canonical JSON (docs/samples) and the scraped text they were transcribed from.</summary>
public static class Fixtures
{
    public static readonly string[] Names =
    {
        "2025-linxia-county-petitions-bureau",
        "2020-county-petitions-bureau-legacy-layout",
        "2025-huarong-district-bureau",
        "2024-pingwu-county-government-office",
        "2024-linhe-district-civil-affairs-bureau",
    };

    public static IEnumerable<object[]> All => Names.Select(n => new object[] { n });

    public static string JsonDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "json");

    public static string JsonPath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "json", name + ".json");

    public static string Json(string name) => File.ReadAllText(JsonPath(name));

    public static byte[] JsonBytes(string name) => File.ReadAllBytes(JsonPath(name));

    public static IEnumerable<object[]> SampleNames() => All;

    public static GovInfoDisclosure.Schema.Model.GovInfoReport Load(string name) =>
        GovInfoDisclosure.Schema.Json.ReportJson.Read(JsonBytes(name)).GetReportOrThrow();

    public const string Pingwu = "2024-pingwu-county-government-office";

    public const string Legacy = "2020-county-petitions-bureau-legacy-layout";

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "text", name + ".txt"));
}
