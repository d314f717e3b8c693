using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Web;
using Xunit;

namespace GovInfoDisclosure.Web.Tests;

public sealed class ApiTests : IClassFixture<WebFactory>
{
    private readonly WebFactory _factory;

    public ApiTests(WebFactory factory) => _factory = factory;

    internal static MultipartFormDataContent Upload(byte[] bytes, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", fileName);
        return form;
    }

    private async Task<JsonElement> CheckAsync(HttpContent content)
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.PostAsync("/api/check", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Check_of_a_real_published_text_by_multipart_is_valid_with_its_report_and_tables()
    {
        JsonElement result = await CheckAsync(Upload(Fixture.Bytes(Fixture.Valid), Fixture.Valid));
        Assert.Equal("valid", result.GetProperty("verdict").GetString());
        Assert.Equal("2021", result.GetProperty("format").GetString());
        Assert.Equal(Fixture.Valid, result.GetProperty("fileName").GetString());
        Assert.Equal(2025, result.GetProperty("report").GetProperty("year").GetInt32());
        Assert.DoesNotContain(result.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("stage").GetString() == "rule" && d.GetProperty("outcome").GetString() == "fail");
        string tables = result.GetProperty("tables").GetString()!;
        Assert.Contains("data-pointer=\"/applications/newlyReceived/naturalPerson\"", tables, StringComparison.Ordinal);
        Assert.Contains("data-pointer=\"/reconsiderationAndLitigation/reconsideration/total\"", tables, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_of_the_edited_report_is_invalid_with_GID_B1_on_the_edited_cells()
    {
        JsonElement result = await CheckAsync(Upload(Fixture.Bytes(Fixture.Invalid), Fixture.Invalid));
        Assert.Equal("invalid", result.GetProperty("verdict").GetString());
        JsonElement[] failures = result.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("code").GetString() == "GID-B1" && d.GetProperty("outcome").GetString() == "fail").ToArray();
        JsonElement natural = Assert.Single(failures, d => d.GetProperty("paths")[0].GetString() == "/applications/newlyReceived/naturalPerson");
        Assert.Equal(new[] { "/applications/newlyReceived/naturalPerson", "/applications/carriedOver/naturalPerson", "/applications/results/total/naturalPerson", "/applications/carriedForward/naturalPerson" },
            natural.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(0m, natural.GetProperty("actual").GetDecimal());
        Assert.Equal(3m, natural.GetProperty("expected").GetDecimal());
        Assert.Equal("error", natural.GetProperty("severity").GetString());
        Assert.Single(failures, d => d.GetProperty("paths")[0].GetString() == "/applications/newlyReceived/total");
    }

    [Fact]
    public async Task Check_of_a_raw_text_body_gives_the_same_verdict_as_multipart()
    {
        var body = new ByteArrayContent(Fixture.Bytes(Fixture.Invalid));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        JsonElement result = await CheckAsync(body);
        Assert.Equal("invalid", result.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("fileName").ValueKind);
    }

    [Fact]
    public async Task Check_of_a_canonical_json_document_validates_it()
    {
        var body = new ByteArrayContent(Fixture.Bytes("2025-huarong-district-bureau.json"));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        JsonElement result = await CheckAsync(body);
        Assert.Equal("valid", result.GetProperty("verdict").GetString());
        Assert.Equal("2021", result.GetProperty("format").GetString());
    }

    [Fact]
    public async Task Check_of_a_json_document_that_breaks_the_contract_is_invalid_with_json_codes_and_no_report()
    {
        var body = new StringContent("{\"format\":\"2021\",\"year\":\"soon\"}", Encoding.UTF8, "application/json");
        JsonElement result = await CheckAsync(body);
        Assert.Equal("invalid", result.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("report").ValueKind);
        Assert.All(result.GetProperty("diagnostics").EnumerateArray(), d => Assert.StartsWith("JSON-", d.GetProperty("code").GetString(), StringComparison.Ordinal));
        Assert.NotEmpty(result.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task Downloaded_json_equals_govinfo_import_of_the_same_file()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.PostAsync("/api/export/json", Upload(Fixture.Bytes(Fixture.Invalid), Fixture.Invalid));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("report-2021-2025.json", response.Content.Headers.ContentDisposition?.FileName);
        byte[] downloaded = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(ImportOutput(Fixture.PathOf(Fixture.Invalid)), Encoding.UTF8.GetString(downloaded));
    }

    /// <summary>What <c>govinfo import FILE</c> prints, run in process.</summary>
    internal static string ImportOutput(string path)
    {
        var output = new StringWriter();
        var console = new CliConsole(output, new StringWriter(), () => Stream.Null, Path.GetDirectoryName(path)!);
        int exit = CommandLine.Run(new[] { "import", path }, console);
        Assert.True(exit is ExitCodes.Valid or ExitCodes.Invalid, "govinfo import exited " + exit);
        return output.ToString();
    }

    [Theory]
    [InlineData("2024-pingwu-county-government-office.pdf", "application/pdf")]
    [InlineData("2024-pingwu-county-government-office.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("2024-pingwu-county-government-office.gbk.html", "text/html")]
    public async Task Pdf_word_and_gbk_html_are_checked_and_download_as_govinfo_import_prints_them(string name, string contentType)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Fixture.Bytes(name));
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", name);
        JsonElement result = await CheckAsync(form);
        Assert.Equal("2021", result.GetProperty("format").GetString());
        Assert.Equal(2024, result.GetProperty("report").GetProperty("year").GetInt32());
        Assert.NotEqual("unreadable", result.GetProperty("verdict").GetString());

        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage json = await client.PostAsync("/api/export/json", Upload(Fixture.Bytes(name), name));
        Assert.Equal(ImportOutput(Fixture.PathOf(name)), await json.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Downloaded_csv_has_one_line_per_cell_with_pointer_label_and_value()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.PostAsync("/api/export/csv", Upload(Fixture.Bytes(Fixture.Invalid), Fixture.Invalid));
        string[] lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal("pointer,label,value", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("/applications/newlyReceived/naturalPerson,", StringComparison.Ordinal) && l.EndsWith(",3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Downloaded_html_report_imports_back_to_the_same_report()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage html = await client.PostAsync("/api/export/html", Upload(Fixture.Bytes(Fixture.Invalid), Fixture.Invalid));
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        string page = await html.Content.ReadAsStringAsync();
        var reread = Schema.Import.ReportImporter.Import(page);
        Assert.Equal(ImportOutput(Fixture.PathOf(Fixture.Invalid)), ReportJson.Serialize(reread.Report!) + "\n");
    }

    [Fact]
    public async Task Rules_and_schema_are_the_exported_files_byte_for_byte()
    {
        using HttpClient client = _factory.CreateClient();
        Assert.Equal(Fixture.Bytes("rules-2021.json"), await client.GetByteArrayAsync("/api/rules/2021"));
        Assert.Equal(Fixture.Bytes("report-2019.schema.json"), await client.GetByteArrayAsync("/api/schema/2019"));
        using HttpResponseMessage unknown = await client.GetAsync("/api/rules/2020");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Template_is_a_canonical_empty_report_and_the_form_has_a_value_cell_per_official_cell()
    {
        using HttpClient client = _factory.CreateClient();
        string template = await client.GetStringAsync("/api/template/2021");
        ReportReadResult read = ReportJson.Read(template);
        Assert.True(read.IsSuccess);
        Assert.Equal(template, ReportJson.Serialize(read.Report!));
        Assert.Contains("\"naturalPerson\": null", template, StringComparison.Ordinal);
        Assert.DoesNotContain("legalPersonSubtotal", template, StringComparison.Ordinal);
        string form = await client.GetStringAsync("/api/form/2021");
        var layout = Schema.Cells.CellLayout.Format2021;
        int official = layout.Fields.Count(f => f.IsCell && !f.IsOptional);
        Assert.Equal(official, CountOf(form, "data-pointer=\""));
        string legacy = await client.GetStringAsync("/api/form/2019");
        Assert.Equal(Schema.Cells.CellLayout.Format2019.Fields.Count(f => f.IsCell && !f.IsOptional), CountOf(legacy, "data-pointer=\""));
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task Openapi_document_describes_check_with_multipart_and_healthz_answers()
    {
        using HttpClient client = _factory.CreateClient();
        using JsonDocument openapi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        Assert.StartsWith("3.1", openapi.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        JsonElement check = openapi.RootElement.GetProperty("paths").GetProperty("/api/check").GetProperty("post");
        Assert.True(check.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.True(openapi.RootElement.GetProperty("paths").TryGetProperty("/api/rules/{format}", out _));
        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
    }

    [Fact]
    public async Task Every_response_has_a_csp_without_inline_script_and_the_page_has_no_inline_script()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage page = await client.GetAsync("/");
        string csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        string scriptSrc = csp.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        string html = await page.Content.ReadAsStringAsync();
        foreach (string tag in html.Split("<script").Skip(1))
        {
            Assert.Matches("^ type=\"module\" src=\"/assets/[a-z]+\\.mjs\"></script>", tag);
        }

        Assert.DoesNotContain(" on", html.Replace(" only", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_text_and_file_name_with_markup_come_back_escaped()
    {
        string text = Encoding.UTF8.GetString(Fixture.Bytes(Fixture.Valid)).Replace("一、本年新收政府信息公开申请数量 |\n0 |", "一、本年新收政府信息公开申请数量 |\n<img src=x onerror=alert(1)> |", StringComparison.Ordinal);
        Assert.Contains("onerror", text, StringComparison.Ordinal);
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage response = await client.PostAsync("/api/check", Upload(Encoding.UTF8.GetBytes(text), "<script>alert(2)</script>.txt"));
        string json = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<img", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", json, StringComparison.Ordinal);
        using JsonDocument result = JsonDocument.Parse(json);
        Assert.Equal("<script>alert(2)</script>.txt", result.RootElement.GetProperty("fileName").GetString());
        string tables = result.RootElement.GetProperty("tables").GetString()!;
        Assert.DoesNotContain("<img", tables, StringComparison.Ordinal);
        Assert.Contains(result.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("stage").GetString() == "import"
            && (d.TryGetProperty("rawText", out JsonElement raw) && raw.GetString()!.Contains("onerror", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_body_over_the_import_limit_is_refused_with_413_problem_json_in_memory()
    {
        using HttpClient client = _factory.CreateClient();
        var body = new ByteArrayContent(new byte[WebApp.MaxRequestBytes + 1]);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using HttpResponseMessage response = await client.PostAsync("/api/check", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_empty_body_and_a_form_without_a_file_are_400_problems()
    {
        using HttpClient client = _factory.CreateClient();
        using HttpResponseMessage empty = await client.PostAsync("/api/check", new ByteArrayContent(Array.Empty<byte>()));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        using HttpResponseMessage noFile = await client.PostAsync("/api/check", form);
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal("application/problem+json", noFile.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class ServeOptionsTests
{
    [Fact]
    public void Defaults_are_loopback_port_5080()
    {
        ServeOptions options = ServeOptions.Parse(Array.Empty<string>(), out string? error)!;
        Assert.Null(error);
        Assert.Equal("http://127.0.0.1:5080", options.Url);
        Assert.True(options.IsLoopback);
    }

    [Theory]
    [InlineData("0.0.0.0", false, "http://0.0.0.0:8080")]
    [InlineData("::1", true, "http://[::1]:8080")]
    [InlineData("localhost", true, "http://localhost:8080")]
    public void Host_is_bound_only_as_given(string host, bool loopback, string url)
    {
        ServeOptions options = ServeOptions.Parse(new[] { "--host", host, "--port", "8080" }, out _)!;
        Assert.Equal(loopback, options.IsLoopback);
        Assert.Equal(url, options.Url);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "http")]
    [InlineData("--host", "example.org")]
    [InlineData("--verbose", "1")]
    public void Bad_arguments_are_refused_by_the_app_and_by_the_verb(string name, string value)
    {
        Assert.Null(ServeOptions.Parse(new[] { name, value }, out string? error));
        Assert.NotNull(error);
        Assert.False(Cli.Commands.ServeCommand.ValidArguments(new[] { name, value }, out _));
    }

    [Fact]
    public void Serve_verb_usage_error_exits_2_and_the_web_app_is_built_beside_the_tool()
    {
        var error = new StringWriter();
        int exit = CommandLine.Run(new[] { "serve", "--host" }, new CliConsole(new StringWriter(), error, () => Stream.Null, "."));
        Assert.Equal(ExitCodes.Unreadable, exit);
        Assert.Contains("--host needs a value", error.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "web", "GovInfoDisclosure.Web.dll")) || Cli.Commands.ServeCommand.Locate() is null);
    }
}
