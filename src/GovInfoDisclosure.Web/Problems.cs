using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace GovInfoDisclosure.Web;

/// <summary>RFC 9457 problem documents (<c>application/problem+json</c>) for the refusals of the server.</summary>
internal static class Problems
{
    public static IResult Result(int status, string title, string detail) => new ProblemResult(status, title, detail);

    private sealed class ProblemResult(int status, string title, string detail) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => Write(httpContext, status, title, detail);
    }

    public static Task Write(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "https://www.rfc-editor.org/rfc/rfc9457#section-3");
            writer.WriteString("title", title);
            writer.WriteNumber("status", status);
            writer.WriteString("detail", detail);
            writer.WriteEndObject();
        }

        return context.Response.Body.WriteAsync(buffer.ToArray()).AsTask();
    }
}
