using System;
using System.IO;
using System.Text;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.JsonSchemas;

/// <summary>
/// The published JSON Schemas (draft 2020-12) of the canonical document, shipped inside the package so that consumers
/// need neither NJsonSchema nor a network connection.
/// </summary>
/// <remarks>
/// The schemas are generated from the record types (NJsonSchema, with this library's serializer options) and carry the
/// Chinese titles and descriptions of the label catalogue. They check the shape of a document: types, required
/// properties, closed objects, non-negative counts and the three cell kinds. They check no arithmetic; the rules do.
/// JSON Schema cannot tell <c>1.0</c> from <c>1</c>: the schema accepts both as an integer, the library refuses
/// <c>1.0</c> in a count.
/// </remarks>
public static class ReportSchemas
{
    /// <summary>The base URI of the published schemas; a schema's <c>$id</c> is this plus <see cref="FileName"/>.</summary>
    public const string BaseUri = "https://raw.githubusercontent.com/govinfodisclosure/GovInfoDisclosure.Schema/main/schemas/";

    /// <summary>The file name of the schema of a format, e.g. <c>report-2021.schema.json</c>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The file name.</returns>
    public static string FileName(ReportFormat format) => $"report-{(int)format}.schema.json";

    /// <summary>The <c>$id</c> of the schema of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The absolute URI.</returns>
    public static Uri Id(ReportFormat format) => new(BaseUri + FileName(format));

    /// <summary>The JSON Schema of a format, as JSON text.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string GetJson(ReportFormat format)
    {
        if (format is not (ReportFormat.Format2021 or ReportFormat.Format2019))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }

        using Stream stream = typeof(ReportSchemas).Assembly.GetManifestResourceStream("GovInfoDisclosure.Schema.schemas." + FileName(format))
            ?? throw new InvalidOperationException("The schema resource is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
