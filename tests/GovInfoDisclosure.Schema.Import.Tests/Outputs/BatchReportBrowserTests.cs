using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovInfoDisclosure.Cli;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Outputs;

/// <summary>
/// The batch report of the samples plus the broken report, opened in a real browser (headless chromium): the failing cells
/// are highlighted (computed style), the tooltip shows on keyboard focus, sorting and filtering work, markup in the agency
/// never runs, and the page renders to a screenshot.
/// </summary>
/// <remarks>
/// A probe script is appended after the page's own and allowed by adding its hash to the page's Content-Security-Policy
/// (so the page's policy is exercised too: the page's script runs only by its hash); it writes what it measured into a
/// <c>&lt;pre id="probe"&gt;</c> that <c>--dump-dom</c> prints.
/// </remarks>
public sealed class BatchReportBrowserTests : IDisposable
{
    private const string Probe = """
        (function () {
          var out = {};
          var fail = document.querySelector('td.gi-fail[data-pointer="/applications/newlyReceived/total"]');
          var style = getComputedStyle(fail);
          out.failBackground = style.backgroundColor;
          out.failColor = style.color;
          out.failBorder = style.borderTopColor + ' ' + style.borderTopStyle;
          var plain = document.querySelector('td.gi-v.gi-number:not(.gi-fail):not(.gi-warn):not(.gi-unread):not(.gi-inferred)');
          out.plainBackground = getComputedStyle(plain).backgroundColor;
          out.failCount = document.querySelectorAll('td.gi-fail').length;
          var tip = fail.querySelector('.gi-tip');
          out.tipBefore = getComputedStyle(tip).display;
          fail.focus();
          out.focused = document.activeElement === fail;
          out.tipOnFocus = getComputedStyle(tip).display;
          out.tipText = tip.textContent;
          function column(index) {
            return Array.prototype.map.call(document.querySelectorAll('#gi-list tbody tr'), function (row) { return row.cells[index].textContent; });
          }
          var errors = document.querySelector('#gi-list th button[data-sort="errors"]');
          errors.click();
          out.ascending = column(5);
          errors.click();
          out.descending = column(5);
          out.firstFileAfterDescending = column(0)[0];
          var verdict = document.getElementById('gi-verdict');
          verdict.value = 'invalid';
          verdict.dispatchEvent(new Event('change'));
          out.shownInvalid = Array.prototype.filter.call(document.querySelectorAll('#gi-list tbody tr'), function (row) { return !row.hidden; }).length;
          out.shownText = document.getElementById('gi-shown').textContent;
          out.pwned = window.__pwned === undefined ? 0 : window.__pwned;
          out.images = document.images.length;
          var pre = document.createElement('pre');
          pre.id = 'probe';
          pre.textContent = JSON.stringify(out);
          document.body.appendChild(pre);
        })();
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("govinfo-browser-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [ChromiumFact]
    public void BatchReport_InChromium_FailingCellsRedTooltipOnFocusSortAndFilterWork()
    {
        string page = BatchReport();
        string hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Probe)));
        string harness = Regex.Replace(page, "script-src ('sha256-[^']+')", m => "script-src " + m.Groups[1].Value + " 'sha256-" + hash + "'")
            .Replace("</body>", "<script>" + Probe + "</script>\n</body>", StringComparison.Ordinal);
        string file = Path.Combine(_directory, "harness.html");
        File.WriteAllText(file, harness, new UTF8Encoding(false));

        string dom = Chromium.Run(file, "--virtual-time-budget=5000", "--dump-dom");

        Match probe = Regex.Match(dom, "<pre id=\"probe\">(.*?)</pre>", RegexOptions.Singleline);
        Assert.True(probe.Success, "the probe did not run: " + dom.Substring(0, Math.Min(dom.Length, 500)));
        using JsonDocument result = JsonDocument.Parse(WebUtility.HtmlDecode(probe.Groups[1].Value));
        JsonElement root = result.RootElement;
        Assert.Equal("rgb(255, 224, 224)", root.GetProperty("failBackground").GetString());
        Assert.Equal("rgb(200, 0, 0)", root.GetProperty("failColor").GetString());
        Assert.Equal("rgb(200, 0, 0) solid", root.GetProperty("failBorder").GetString());
        Assert.NotEqual(root.GetProperty("failBackground").GetString(), root.GetProperty("plainBackground").GetString());
        Assert.True(root.GetProperty("failCount").GetInt32() >= 8);
        Assert.Equal("none", root.GetProperty("tipBefore").GetString());
        Assert.True(root.GetProperty("focused").GetBoolean());
        Assert.Equal("block", root.GetProperty("tipOnFocus").GetString());
        Assert.Contains("GID-B", root.GetProperty("tipText").GetString());

        int[] ascending = root.GetProperty("ascending").EnumerateArray().Select(e => int.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        int[] descending = root.GetProperty("descending").EnumerateArray().Select(e => int.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(ascending.OrderBy(n => n).ToArray(), ascending);
        Assert.Equal(ascending.OrderByDescending(n => n).ToArray(), descending);
        Assert.Equal(2, descending[0]);
        Assert.EndsWith("broken-pingwu.json", root.GetProperty("firstFileAfterDescending").GetString(), StringComparison.Ordinal);

        Assert.Equal(1, root.GetProperty("shownInvalid").GetInt32());
        Assert.Equal("1", root.GetProperty("shownText").GetString());
        Assert.Equal(0, root.GetProperty("pwned").GetInt32());
        Assert.Equal(0, root.GetProperty("images").GetInt32());
    }

    [ChromiumFact]
    public void BatchReport_InChromium_RendersToAScreenshot()
    {
        string file = Path.Combine(_directory, "report.html");
        File.WriteAllText(file, BatchReport(), new UTF8Encoding(false));
        string png = Path.Combine(_directory, "report.png");

        Chromium.Run(file, "--window-size=1280,1600", "--screenshot=" + png);

        byte[] bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes.Take(4).ToArray());
        Assert.Equal(1280, (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]);
        Assert.True(bytes.Length > 20_000, "an empty page? " + bytes.Length);
    }

    private string BatchReport()
    {
        string reports = Path.Combine(_directory, "reports");
        Directory.CreateDirectory(reports);
        foreach (string name in Fixtures.SampleNames)
        {
            File.WriteAllText(Path.Combine(reports, name + ".txt"), Fixtures.Text(name), new UTF8Encoding(false));
        }

        File.WriteAllText(Path.Combine(reports, "broken-pingwu.json"), OutputFixtures.BrokenJson, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(reports, "damaged-linxia.txt"), OutputFixtures.DamagedLinxiaText, new UTF8Encoding(false));
        var console = new CliConsole(new StringWriter(), new StringWriter(), () => new MemoryStream(), _directory);
        Assert.Equal(1, CommandLine.Run(new[] { "validate", "reports", "--html", "batch.html" }, console));
        return File.ReadAllText(Path.Combine(_directory, "batch.html"));
    }
}
