using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using GovInfoDisclosure.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace GovInfoDisclosure.Web.Tests;

/// <summary>A test that needs Debian's chromium; skipped, saying so, only when it is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = "Debian chromium is not installed at /usr/bin/chromium (apt-get install -y chromium; .ci/run installs it): browser test skipped.";
        }
    }
}

/// <summary>The web app on a real loopback port (Kestrel, so the size limits apply as in production) and one headless chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public WebFactory Factory { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser? Browser { get; private set; }

    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        if (File.Exists(BrowserFactAttribute.Chromium))
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = BrowserFactAttribute.Chromium, Headless = true });
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

public sealed class BrowserTests : IClassFixture<BrowserFixture>
{
    private const string Natural = "/applications/newlyReceived/naturalPerson";
    private readonly BrowserFixture _fixture;

    public BrowserTests(BrowserFixture fixture) => _fixture = fixture;

    private async Task<IPage> OpenAsync()
    {
        IBrowserContext context = await _fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(_fixture.BaseUrl + "/");
        await page.WaitForSelectorAsync("html[data-ready='true']");
        return page;
    }

    private static async Task UploadAsync(IPage page, string name, byte[] bytes)
    {
        await page.SetInputFilesAsync("#file", new FilePayload { Name = name, MimeType = "text/plain", Buffer = bytes });
        await page.WaitForSelectorAsync("#verdict[data-verdict]");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        // GOVINFO_SCREENSHOTS=docs/images refreshes the README's screenshots.
        if (Environment.GetEnvironmentVariable("GOVINFO_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = false });
        }
    }

    [BrowserFact]
    public async Task Uploading_the_invalid_report_marks_its_failing_cells_and_a_click_flashes_them()
    {
        IPage page = await OpenAsync();
        await UploadAsync(page, Fixture.Invalid, Fixture.Bytes(Fixture.Invalid));
        Assert.Equal("invalid", await page.GetAttributeAsync("#verdict", "data-verdict"));
        Assert.Equal(1, await page.Locator($"#tables td.gi-fail[data-pointer='{Natural}']").CountAsync());
        Assert.Equal(1, await page.Locator("#tables td.gi-fail[data-pointer='/applications/newlyReceived/total']").CountAsync());
        Assert.Equal(0, await page.Locator("#tables td.gi-fail[data-pointer='/applications/newlyReceived/commercialEnterprise']").CountAsync());
        ILocator item = page.Locator("#diagnostics li[data-code='GID-B1']").First;
        Assert.Contains("自然人", await item.InnerTextAsync(), StringComparison.Ordinal);
        await item.ClickAsync();
        await page.WaitForSelectorAsync($"#tables td.flash[data-pointer='{Natural}']");
        await Screenshot(page, "serve-check.png");
    }

    [BrowserFact]
    public async Task Typing_a_table_three_whose_balance_fails_marks_the_cell_and_fixing_it_clears_the_mark()
    {
        IPage page = await OpenAsync();
        await page.ClickAsync("#tab-fill");
        await page.WaitForSelectorAsync($"#form input[data-pointer='{Natural}']");
        Assert.Equal("0", await page.GetAttributeAsync("#fill-status", "data-failures"));

        await page.FillAsync($"#form input[data-pointer='{Natural}']", "5");
        Assert.Equal("0", await page.GetAttributeAsync("#fill-status", "data-failures")); // the other cells are blank: unknown, not 0
        await page.FillAsync("#form input[data-pointer='/applications/carriedOver/naturalPerson']", "0");
        await page.FillAsync("#form input[data-pointer='/applications/results/total/naturalPerson']", "3");
        await page.FillAsync("#form input[data-pointer='/applications/carriedForward/naturalPerson']", "0");
        Assert.Equal(1, await page.Locator($"#form td.gi-fail[data-pointer='{Natural}']").CountAsync());
        Assert.Equal(1, await page.Locator("#form td.gi-fail[data-pointer='/applications/results/total/naturalPerson']").CountAsync());
        string message = await page.Locator("#fill-messages li[data-code='GID-B1']").InnerTextAsync();
        Assert.Contains("自然人", message, StringComparison.Ordinal);
        Assert.Contains("5", message, StringComparison.Ordinal);
        await Screenshot(page, "serve-fill.png");

        await page.FillAsync("#form input[data-pointer='/applications/results/total/naturalPerson']", "5");
        Assert.Equal(0, await page.Locator("#form td.gi-fail").CountAsync());
        Assert.Equal("0", await page.GetAttributeAsync("#fill-status", "data-failures"));
        Assert.Equal(0, await page.Locator("#fill-messages li").CountAsync());
    }

    [BrowserFact]
    public async Task Blank_as_zero_is_the_authors_choice()
    {
        IPage page = await OpenAsync();
        await page.ClickAsync("#tab-fill");
        await page.FillAsync($"#form input[data-pointer='{Natural}']", "5");
        Assert.Equal("0", await page.GetAttributeAsync("#fill-status", "data-failures"));
        await page.CheckAsync("#blank-as-zero");
        Assert.Equal(1, await page.Locator($"#form td.gi-fail[data-pointer='{Natural}']").CountAsync());
        await page.UncheckAsync("#blank-as-zero");
        Assert.Equal(0, await page.Locator("#form td.gi-fail").CountAsync());
    }

    [BrowserFact]
    public async Task Enter_moves_down_and_a_pasted_excel_block_fills_right_and_down()
    {
        IPage page = await OpenAsync();
        await page.ClickAsync("#tab-fill");
        ILocator first = page.Locator($"#form input[data-pointer='{Natural}']");
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("/applications/carriedOver/naturalPerson", await page.EvaluateAsync<string>("document.activeElement.dataset.pointer"));

        await first.EvaluateAsync(@"(input, text) => {
            const data = new DataTransfer();
            data.setData('text/plain', text);
            input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }", "1\t2\t3\r\n4\t5\t6\r\n");
        Assert.Equal("1", await first.InputValueAsync());
        Assert.Equal("2", await page.Locator("#form input[data-pointer='/applications/newlyReceived/commercialEnterprise']").InputValueAsync());
        Assert.Equal("3", await page.Locator("#form input[data-pointer='/applications/newlyReceived/researchInstitution']").InputValueAsync());
        Assert.Equal("4", await page.Locator("#form input[data-pointer='/applications/carriedOver/naturalPerson']").InputValueAsync());
        Assert.Equal("6", await page.Locator("#form input[data-pointer='/applications/carriedOver/researchInstitution']").InputValueAsync());
        Assert.Equal(string.Empty, await page.Locator("#form input[data-pointer='/applications/newlyReceived/publicInterestOrganization']").InputValueAsync());
    }

    [BrowserFact]
    public async Task Markup_in_a_cell_and_in_the_file_name_never_runs()
    {
        IPage page = await OpenAsync();
        bool dialog = false;
        page.Dialog += (_, d) => { dialog = true; _ = d.DismissAsync(); };
        string text = Encoding.UTF8.GetString(Fixture.Bytes(Fixture.Valid)).Replace("一、本年新收政府信息公开申请数量 |\n0 |",
            "一、本年新收政府信息公开申请数量 |\n<img src=x onerror=\"window.__xss=1;alert(1)\"> |", StringComparison.Ordinal);
        await UploadAsync(page, "<img src=y onerror=\"window.__xss=2\">.txt", Encoding.UTF8.GetBytes(text));
        await page.WaitForTimeoutAsync(300);
        Assert.False(dialog);
        Assert.True(await page.EvaluateAsync<bool>("window.__xss === undefined"));
        Assert.Equal(0, await page.Locator("#screen-check img").CountAsync());
        Assert.Contains("<img src=y", await page.InnerTextAsync("#verdict"), StringComparison.Ordinal);
        Assert.Contains("onerror", await page.InnerTextAsync("#diagnostics"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_downloaded_json_equals_govinfo_import_of_the_same_file()
    {
        IPage page = await OpenAsync();
        await UploadAsync(page, Fixture.Invalid, Fixture.Bytes(Fixture.Invalid));
        IDownload download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#dl-json"));
        Assert.Equal("report-2021-2025.json", download.SuggestedFilename);
        string downloaded = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Equal(ApiTests.ImportOutput(Fixture.PathOf(Fixture.Invalid)), downloaded);
    }

    [BrowserFact]
    public async Task The_filled_form_downloads_as_canonical_json_with_the_typed_cells()
    {
        IPage page = await OpenAsync();
        await page.ClickAsync("#tab-fill");
        await page.FillAsync($"#form input[data-pointer='{Natural}']", "7");
        await page.FillAsync("#form input[data-pointer='/applications/carriedOver/naturalPerson']", "/");
        IDownload download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#fill-download"));
        string json = await File.ReadAllTextAsync(await download.PathAsync());
        var report = Schema.Json.ReportJson.Read(json);
        Assert.True(report.IsSuccess);
        Assert.Equal(Schema.Json.ReportJson.Serialize(report.Report!) + "\n", json);
        Assert.Contains("\"naturalPerson\": 7", json, StringComparison.Ordinal);
        Assert.Contains("\"naturalPerson\": \"/\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_kestrel_a_body_over_the_import_limit_gets_413_problem_json()
    {
        // A raw request: the headers announce one byte over the limit, and the server answers before any body is sent.
        var uri = new Uri(_fixture.BaseUrl);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        using System.Net.Sockets.NetworkStream stream = tcp.GetStream();
        string head = $"POST /api/check HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Type: text/plain\r\nContent-Length: {WebApp.MaxRequestBytes + 1}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string response = await reader.ReadToEndAsync();
        Assert.StartsWith("HTTP/1.1 413", response, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", response, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"status\":413", response, StringComparison.Ordinal);
    }
}
