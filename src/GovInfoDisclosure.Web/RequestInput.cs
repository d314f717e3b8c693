using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace GovInfoDisclosure.Web;

/// <summary>One uploaded input: its bytes (in memory only), the file name and the content type the client gave.</summary>
internal sealed record UploadedInput(byte[] Bytes, string? FileName, string? ContentType);

/// <summary>
/// Reads the input of a check: a multipart form (the first part with a file, or a field named <c>text</c>), or the raw
/// body with its content type. Bounded by <see cref="WebApp.MaxRequestBytes"/> whatever the server (Kestrel applies the
/// same limit before); never buffered to disk.
/// </summary>
internal static class RequestInput
{
    public static async Task<(UploadedInput? Input, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is > WebApp.MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        try
        {
            if (request.HasFormContentType && MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? media)
                && media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                return await ReadMultipartAsync(request, media, cancellationToken).ConfigureAwait(false);
            }

            byte[]? body = await ReadBoundedAsync(request.Body, WebApp.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                return (null, TooLarge());
            }

            string? name = request.Query["name"];
            return body.Length == 0 ? (null, Empty()) : (new UploadedInput(body, name, request.ContentType), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
        catch (InvalidDataException e)
        {
            return (null, Problems.Result(StatusCodes.Status400BadRequest, "Malformed multipart body", e.Message));
        }
    }

    private static async Task<(UploadedInput?, IResult?)> ReadMultipartAsync(HttpRequest request, MediaTypeHeaderValue media, CancellationToken cancellationToken)
    {
        string boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value ?? string.Empty;
        if (boundary.Length == 0 || boundary.Length > 200)
        {
            return (null, Problems.Result(StatusCodes.Status400BadRequest, "Malformed multipart body", "The multipart boundary is missing or too long."));
        }

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = WebApp.MaxRequestBytes, HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out ContentDispositionHeaderValue? disposition))
            {
                continue;
            }

            string? fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            string? field = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (string.IsNullOrEmpty(fileName) && field != "text")
            {
                continue;
            }

            byte[]? bytes = await ReadBoundedAsync(section.Body, ImportLimit, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                return (null, TooLarge());
            }

            return bytes.Length == 0 ? (null, Empty()) : (new UploadedInput(bytes, string.IsNullOrEmpty(fileName) ? null : fileName, section.ContentType), null);
        }

        return (null, Problems.Result(StatusCodes.Status400BadRequest, "No input", "The form has no file part and no field named 'text'."));
    }

    private const long ImportLimit = WebApp.MaxRequestBytes - WebApp.MultipartAllowance;

    /// <summary>The whole stream, or <see langword="null"/> when it is longer than <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult TooLarge() => Problems.Result(StatusCodes.Status413PayloadTooLarge, "Input too large",
        $"A check takes at most {WebApp.MaxRequestBytes - WebApp.MultipartAllowance} bytes (the importer's limit).");

    private static IResult Empty() => Problems.Result(StatusCodes.Status400BadRequest, "Empty input", "The input has no bytes.");

    /// <summary>Raises the server's body limit to ours where a server applies a lower one (never above it).</summary>
    public static void ApplyLimit(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = WebApp.MaxRequestBytes;
        }
    }
}
