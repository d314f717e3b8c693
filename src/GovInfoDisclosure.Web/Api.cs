using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovInfoDisclosure.Web;

/// <summary>The endpoints under <c>/api</c>.</summary>
internal static class Api
{
    /// <summary>The raw-body content types besides multipart (the importer detects the kind from the content itself).</summary>
    private static readonly string[] AcceptedRawTypes = { "text/plain", "text/html", "text/markdown", "application/json", "application/octet-stream" };

    public static void Map(WebApplication app, string checkPolicy)
    {
        RouteGroupBuilder api = app.MapGroup("/api");
        api.MapPost("/check", CheckAsync)
            .WithName("Check")
            .WithSummary("Checks a report: multipart (a file part, or a field 'text') or a raw body with its content type.")
            .Accepts<IFormFile>("multipart/form-data", AcceptedRawTypes)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .RequireRateLimiting(checkPolicy);
        api.MapPost("/export/{kind}", ExportAsync)
            .WithName("Export")
            .WithSummary("The same input as /api/check, returned as canonical JSON (json), the cells as CSV (csv) or the HTML report (html).")
            .Accepts<IFormFile>("multipart/form-data", AcceptedRawTypes)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireRateLimiting(checkPolicy);
        api.MapGet("/rules/{format}", (string format) => Resource("rules-" + format + ".json", "application/json"))
            .WithName("Rules").WithSummary("The exported rules of a format (schemas/rules-2021.json or rules-2019.json).");
        api.MapGet("/schema/{format}", (string format) => Resource("report-" + format + ".schema.json", "application/schema+json"))
            .WithName("Schema").WithSummary("The JSON Schema of a format (schemas/report-2021.schema.json or report-2019.schema.json).");
        api.MapGet("/template/{format}", (string format) => ParseFormat(format) is { } f
                ? Results.Text(ReportJson.Serialize(EmptyReport(f)), "application/json", Encoding.UTF8)
                : UnknownFormat(format))
            .WithName("Template").WithSummary("An empty report of a format (every official cell blank) as canonical JSON: the fill form's document.");
        api.MapGet("/form/{format}", (string format) => ParseFormat(format) is { } f
                ? Results.Text(ApiJson.Tables(EmptyReport(f), Array.Empty<GovInfoDisclosure.Schema.Diagnostics.Diagnostic>(), officialOnly: true), "text/html", Encoding.UTF8)
                : UnknownFormat(format))
            .WithName("Form").WithSummary("The official tables of an empty report of a format, drawn by the report renderer (the fill form's layout).");
    }

    private static async Task<IResult> CheckAsync(HttpContext context, CancellationToken cancellationToken)
    {
        RequestInput.ApplyLimit(context);
        (UploadedInput? input, IResult? problem) = await RequestInput.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (input is null)
        {
            return problem!;
        }

        CheckOutcome outcome = Checker.Check(input);
        return Results.Bytes(ApiJson.Check(outcome, input.FileName), "application/json");
    }

    private static async Task<IResult> ExportAsync(string kind, HttpContext context, CancellationToken cancellationToken)
    {
        if (kind is not ("json" or "csv" or "html"))
        {
            return Problems.Result(StatusCodes.Status404NotFound, "Unknown export", "Exports are json, csv and html.");
        }

        RequestInput.ApplyLimit(context);
        (UploadedInput? input, IResult? problem) = await RequestInput.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (input is null)
        {
            return problem!;
        }

        if (Checker.ReportOf(input) is not { } report)
        {
            return Problems.Result(StatusCodes.Status422UnprocessableEntity, "No report", "The input could not be read as a report; POST it to /api/check for the diagnostics.");
        }

        string stem = "report-" + ((int)report.Format).ToString(CultureInfo.InvariantCulture) + "-" + report.Year.ToString(CultureInfo.InvariantCulture);
        return kind switch
        {
            "json" => Results.File(Encoding.UTF8.GetBytes(ReportJson.Serialize(report) + "\n"), "application/json", stem + ".json"),
            "csv" => Results.File(Encoding.UTF8.GetBytes(CellsCsv.Write(report)), "text/csv; charset=utf-8", stem + "-cells.csv"),
            _ => Results.File(Encoding.UTF8.GetBytes(ReportHtmlRenderer.Render(report)), "text/html; charset=utf-8", stem + ".html"),
        };
    }

    internal static ReportFormat? ParseFormat(string format) => format switch
    {
        "2021" => ReportFormat.Format2021,
        "2019" => ReportFormat.Format2019,
        _ => null,
    };

    /// <summary>A report of the format with every official cell blank and every optional cell absent.</summary>
    internal static GovInfoReport EmptyReport(ReportFormat format)
    {
        CellLayout layout = CellLayout.For(format);
        var cells = new ReportCell[layout.Count];
        for (int i = 0; i < cells.Length; i++)
        {
            FieldLabel field = layout.Fields[i];
            cells[i] = field.IsOptional ? ReportCell.Absent : ReportCell.Blank;
        }

        return ReportCells.Build(format, cells) with { Year = DateTime.UtcNow.Year - 1 };
    }

    private static IResult UnknownFormat(string format) =>
        Problems.Result(StatusCodes.Status404NotFound, "Unknown format", "Formats are 2021 and 2019, not '" + format + "'.");

    private static IResult Resource(string name, string contentType)
    {
        if (!name.StartsWith("rules-20", StringComparison.Ordinal) && !name.StartsWith("report-20", StringComparison.Ordinal))
        {
            return Problems.Result(StatusCodes.Status404NotFound, "Unknown format", "Formats are 2021 and 2019.");
        }

        using Stream? stream = typeof(Api).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return Problems.Result(StatusCodes.Status404NotFound, "Unknown format", "Formats are 2021 and 2019.");
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Results.Bytes(buffer.ToArray(), contentType);
    }
}

/// <summary>The cells of a report as CSV: one line per cell of the layout the report has (pointer, table, row, column, label, value).</summary>
internal static class CellsCsv
{
    public static string Write(GovInfoReport report)
    {
        CellLayout layout = CellLayout.For(report.Format);
        ImmutableArray<ReportCell> cells = ReportCells.Read(report);
        var csv = new StringBuilder("pointer,label,value\n");
        for (int i = 0; i < layout.Count; i++)
        {
            FieldLabel field = layout.Fields[i];
            if (!field.IsCell || cells[i].IsAbsent)
            {
                continue;
            }

            csv.Append(Quote(field.Pointer)).Append(',').Append(Quote(field.Chinese)).Append(',')
                .Append(cells[i].IsBlank ? string.Empty : Quote(cells[i].ToString())).Append('\n');
        }

        return csv.ToString();
    }

    // RFC 4180 quoting; a leading = + - @ is prefixed with ' so that a spreadsheet does not run it as a formula.
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@' or '\t' or '\r' || (value.Length > 1 && value[0] == '-' && !char.IsDigit(value[1])))
        {
            value = "'" + value;
        }

        return value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
