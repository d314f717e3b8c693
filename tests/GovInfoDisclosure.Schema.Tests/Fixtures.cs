using System;
using System.Collections.Generic;
using System.IO;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Tests;

/// <summary>The sample reports of docs/samples, copied to Fixtures/json.</summary>
internal static class Fixtures
{
    public static string JsonDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "json");

    public static IEnumerable<object[]> SampleNames()
    {
        foreach (string file in Directory.GetFiles(JsonDirectory, "*.json"))
        {
            yield return new object[] { Path.GetFileNameWithoutExtension(file) };
        }
    }

    public static GovInfoReport Load(string name) =>
        ReportJson.Read(File.ReadAllBytes(Path.Combine(JsonDirectory, name + ".json"))).GetReportOrThrow();

    public static string Pingwu => "2024-pingwu-county-government-office";

    public static string Legacy => "2020-county-petitions-bureau-legacy-layout";
}
