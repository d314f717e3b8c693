using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GovInfoDisclosure.Web;

/// <summary>
/// The page's files (wwwroot/), embedded in the assembly and served from memory: the page works wherever the assembly
/// is, reads nothing from disk, and every script is a file of its own (the CSP allows no inline script).
/// </summary>
internal static class StaticAssets
{
    private static readonly Dictionary<string, (byte[] Bytes, string ContentType)> Files = Load();

    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => Serve("index.html")).ExcludeFromDescription();
        app.MapGet("/assets/{name}", (string name) => Serve(name)).ExcludeFromDescription();
    }

    private static IResult Serve(string name) => Files.TryGetValue(name, out var file)
        ? Results.Bytes(file.Bytes, file.ContentType)
        : Results.NotFound();

    private static Dictionary<string, (byte[], string)> Load()
    {
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        Assembly assembly = typeof(StaticAssets).Assembly;
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith("wwwroot/", StringComparison.Ordinal))
            {
                continue;
            }

            string name = resource.Substring("wwwroot/".Length);
            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[name] = (buffer.ToArray(), Path.GetExtension(name) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".js" or ".mjs" => "text/javascript; charset=utf-8",
                _ => "application/octet-stream",
            });
        }

        // The marks of the report renderer, as a file (the CSP allows no inline style element).
        files["report.css"] = (System.Text.Encoding.UTF8.GetBytes(GovInfoDisclosure.Schema.Import.Rendering.ReportDiagnosticsHtmlRenderer.Stylesheet), "text/css; charset=utf-8");
        return files;
    }
}
