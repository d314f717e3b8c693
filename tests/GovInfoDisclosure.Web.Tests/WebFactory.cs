using System.IO;
using GovInfoDisclosure.Web;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovInfoDisclosure.Web.Tests;

/// <summary>The web app in memory (TestServer) for the API tests.</summary>
public sealed class WebFactory : WebApplicationFactory<ServeOptions>
{
}

internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(System.AppContext.BaseDirectory, "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public const string Valid = "2025-huarong-district-bureau.txt";
    public const string Invalid = "2025-huarong-district-bureau.edited-invalid.txt";
}
