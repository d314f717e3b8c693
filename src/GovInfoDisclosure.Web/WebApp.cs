using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovInfoDisclosure.Web;

/// <summary>
/// The web checker: the page (check a file, fill the tables), <c>POST /api/check</c>, the exports, the rules and schemas,
/// OpenAPI at <c>/openapi/v1.json</c> and <c>/healthz</c>. Nothing is written to disk; every request is bounded in size,
/// time and concurrency.
/// </summary>
public static class WebApp
{
    /// <summary>
    /// The largest request body: the importer's input limit (<see cref="ImportOptions.DefaultMaxInputBytes"/>, 32 MiB,
    /// the bytes of a PDF or Word file) plus room for a multipart envelope. Larger bodies get 413 with a problem document.
    /// </summary>
    public const long MaxRequestBytes = ImportOptions.DefaultMaxInputBytes + MultipartAllowance;

    /// <summary>The multipart envelope allowed over the input limit (boundaries, part headers, a file name).</summary>
    public const long MultipartAllowance = 64 * 1024;

    /// <summary>The default time a request may take (reading the body included); a slower one gets 408 with a problem document.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The Content-Security-Policy of every response: scripts and styles only from the page's own origin, no inline script.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private const string CheckPolicy = "check";

    /// <summary>Builds the application; <see cref="Program.Main"/> runs it.</summary>
    /// <param name="options">The address to bind.</param>
    /// <param name="args">Host arguments (none from the command line; tests may pass some).</param>
    /// <returns>The application, not started.</returns>
    public static WebApplication Create(ServeOptions options, string[] args)
    {
        ArgumentNullException.ThrowIfNull(options);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Url);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        });
        builder.Services.AddOpenApi();
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status408RequestTimeout,
            WriteTimeoutResponse = context => Problems.Write(context, StatusCodes.Status408RequestTimeout, "Request timeout",
                $"The request took longer than {options.RequestTimeout.TotalSeconds:0} s."),
        });
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (context, _) => new ValueTask(Problems.Write(context.HttpContext, StatusCodes.Status503ServiceUnavailable,
                "Too many checks at once", "The server is busy; try again in a moment."));
            limiter.AddConcurrencyLimiter(CheckPolicy, concurrency =>
            {
                concurrency.PermitLimit = Math.Max(2, Environment.ProcessorCount * 2);
                concurrency.QueueLimit = 1024;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });

        WebApplication app = builder.Build();
        app.Use(async (context, next) =>
        {
            IHeaderDictionary headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            await next(context).ConfigureAwait(false);
        });
        app.UseRequestTimeouts();
        app.UseRateLimiter();

        app.MapOpenApi();
        app.MapGet("/healthz", () => Results.Text("ok", "text/plain")).WithName("Health");
        Api.Map(app, CheckPolicy);
        StaticAssets.Map(app);
        return app;
    }

    /// <summary>The addresses the server listens on, once started.</summary>
    /// <param name="app">The started application.</param>
    /// <returns>The URLs.</returns>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? Array.Empty<string>();
    }
}
