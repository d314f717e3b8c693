using System;
using System.Collections.Generic;
using System.Linq;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Outputs;

/// <summary>The report drawn with its diagnostics: marks on the cells, links, escaping — checked on the elements, not the prose.</summary>
public sealed class ReportDiagnosticsHtmlRendererTests
{
    [Fact]
    public void RenderPage_InvalidReport_EveryFailingCellCarriesItsRuleCodes()
    {
        GovInfoReport report = OutputFixtures.Broken;
        IReadOnlyList<Diagnostic> diagnostics = ReportValidator.Validate(report).Diagnostics;
        List<Diagnostic> errors = diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains(errors, d => d.Code == "GID-B3");

        string html = ReportDiagnosticsHtmlRenderer.RenderPage(report, diagnostics, "broken-pingwu.json");
        Dictionary<string, Dictionary<string, string>> cells = ValueCells(html);

        foreach (Diagnostic error in errors)
        {
            foreach (string path in error.Paths)
            {
                Assert.True(cells.TryGetValue(path, out Dictionary<string, string>? cell), path);
                Assert.Contains("gi-fail", cell!["class"].Split(' '));
                Assert.Contains(error.Code, cell["data-codes"].Split(' '));
                Assert.Equal("0", cell["tabindex"]);
                Assert.Contains(error.Code, cell["title"]);
            }
        }

        // Only the failing cells are marked, and none is marked without a failing rule on it.
        var failing = new HashSet<string>(errors.SelectMany(d => d.Paths));
        foreach ((string pointer, Dictionary<string, string> cell) in cells)
        {
            Assert.Equal(failing.Contains(pointer), cell["class"].Split(' ').Contains("gi-fail"));
        }
    }

    [Fact]
    public void RenderFragment_ValidReport_EveryPresentCellHasItsPointerAndKindAndNoMark()
    {
        GovInfoReport report = ReportJson.Deserialize(Fixtures.Json(ImportAssert.Pingwu));
        string html = ReportDiagnosticsHtmlRenderer.RenderFragment(report, ReportValidator.Validate(report).Diagnostics);
        Dictionary<string, Dictionary<string, string>> cells = ValueCells(html);

        CellLayout layout = CellLayout.For(report.Format);
        var read = ReportCells.Read(report);
        int present = 0;
        for (int i = 0; i < layout.Count; i++)
        {
            if (!read[i].IsAbsent)
            {
                present++;
                Dictionary<string, string> cell = cells[layout.Fields[i].Pointer];
                string kind = read[i].IsNumber ? "gi-number" : read[i].IsMark ? "gi-mark" : "gi-blank";
                Assert.Contains(kind, cell["class"].Split(' '));
                Assert.False(cell.ContainsKey("tabindex"), layout.Fields[i].Pointer);
            }
        }

        Assert.Equal(present, cells.Count);
        Assert.Contains("gi-none", html);
    }

    [Fact]
    public void RenderFragment_RowNotRead_CellsMarkedUnreadWithTheImportCode()
    {
        ImportValidationResult result = ImportValidation.ImportAndValidate(OutputFixtures.DamagedLinxiaText);
        Assert.Equal(ReportVerdict.Incomplete, result.Verdict);
        string html = ReportDiagnosticsHtmlRenderer.RenderFragment(result, new DiagnosticsRenderOptions { IdPrefix = "x" });
        Dictionary<string, Dictionary<string, string>> cells = ValueCells(html);

        List<KeyValuePair<string, Dictionary<string, string>>> row = cells.Where(c => c.Key.StartsWith("/applications/newlyReceived/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(row);
        foreach ((string pointer, Dictionary<string, string> cell) in row)
        {
            Assert.Contains("gi-unread", cell["class"].Split(' '));
            Assert.Contains("IMP-ROW-AMBIGUOUS", cell["data-codes"].Split(' '));
            Assert.StartsWith("x-applications-newlyReceived-", cell["id"], StringComparison.Ordinal);
        }

        Assert.All(cells.Where(c => !c.Key.StartsWith("/applications/newlyReceived/", StringComparison.Ordinal)),
            c => Assert.DoesNotContain("gi-unread", c.Value["class"].Split(' ')));
        Assert.Contains(OutputFixtures.Tags(html), t => t.Name == "li" && t.Attributes.TryGetValue("data-code", out string? code) && code == "IMP-ROW-AMBIGUOUS");
    }

    [Fact]
    public void RenderFragment_InferredCells_MarkedAThirdWay()
    {
        GovInfoReport report = ReportJson.Deserialize(Fixtures.Json(ImportAssert.Pingwu));
        const string Pointer = "/applications/newlyReceived/total";
        var options = new DiagnosticsRenderOptions { InferredCells = new Dictionary<string, BilingualText> { [Pointer] = new("由算术推定", "inferred") } };

        Dictionary<string, Dictionary<string, string>> cells = ValueCells(ReportDiagnosticsHtmlRenderer.RenderFragment(report, Array.Empty<Diagnostic>(), options));

        Assert.Contains("gi-inferred", cells[Pointer]["class"].Split(' '));
        Assert.DoesNotContain("gi-fail", cells[Pointer]["class"].Split(' '));
        Assert.Equal("0", cells[Pointer]["tabindex"]);
        Assert.Single(cells, c => c.Value["class"].Contains("gi-inferred", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderFragment_ImportProvenance_InferredAndSimilarityMatchedCellsMarked()
    {
        // A real report printed on one line (its 表三 split from run-together digits) and a damaged 表三 label.
        string inferredText = System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "real", "06-pingtan-2021.txt"));
        string similarText = Fixtures.Text(ImportAssert.Linxia).Replace("5.属于三类内部事务信息 | 0 |", "5.属于三类内部信息 | 0 |", StringComparison.Ordinal);

        foreach ((string text, CellProvenance how) in new[] { (inferredText, CellProvenance.Inferred), (similarText, CellProvenance.MatchedBySimilarity) })
        {
            ImportValidationResult result = ImportValidation.ImportAndValidate(text);
            List<string> expected = result.Import.Provenance.Where(p => p.Value == how).Select(p => p.Key).ToList();
            Assert.NotEmpty(expected);

            Dictionary<string, Dictionary<string, string>> cells = ValueCells(ReportDiagnosticsHtmlRenderer.RenderFragment(result));

            var marked = cells.Where(c => c.Value["class"].Split(' ').Contains("gi-inferred")).Select(c => c.Key).ToHashSet();
            Assert.All(expected.Where(cells.ContainsKey), pointer => Assert.Contains(pointer, marked));
            Assert.All(marked, pointer => Assert.NotEqual(CellProvenance.Read, result.Import.Provenance[pointer]));
            Assert.Equal(ReportDiagnosticsHtmlRenderer.InferredCellsOf(result.Import).Keys.Where(cells.ContainsKey).OrderBy(k => k, StringComparer.Ordinal),
                marked.OrderBy(k => k, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void RenderPage_DiagnosticLinks_PointAtCellsOfThePage()
    {
        GovInfoReport report = OutputFixtures.Broken;
        string html = ReportDiagnosticsHtmlRenderer.RenderPage(report, ReportValidator.Validate(report).Diagnostics, "x");
        var ids = new HashSet<string>(OutputFixtures.Tags(html).Where(t => t.Attributes.ContainsKey("id")).Select(t => t.Attributes["id"]));

        List<string> links = OutputFixtures.Tags(html).Where(t => t.Name == "a" && t.Attributes.ContainsKey("href")).Select(t => t.Attributes["href"]).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Contains(href.TrimStart('#'), ids));
    }

    [Fact]
    public void RenderPage_MarkupInAgencyTitleAndMessages_NeverBecomesAnElement()
    {
        GovInfoReport report = OutputFixtures.Broken;
        Assert.Equal(OutputFixtures.HostileAgency, report.Agency);
        string title = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>.json";

        string html = ReportDiagnosticsHtmlRenderer.RenderPage(report, ReportValidator.Validate(report).Diagnostics, title);

        List<(string Name, Dictionary<string, string> Attributes)> tags = OutputFixtures.Tags(html).ToList();
        Assert.DoesNotContain(tags, t => t.Name is "script" or "img");
        Assert.DoesNotContain(tags, t => t.Attributes.Keys.Any(a => a.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img", html);
    }

    [Fact]
    public void Stylesheet_MarksFailingCellsRedAndPrintsOnA4()
    {
        Assert.Contains("td.gi-fail", ReportDiagnosticsHtmlRenderer.Stylesheet);
        Assert.Contains("size: A4", ReportDiagnosticsHtmlRenderer.Stylesheet);
        Assert.Contains("td.gi-v:focus .gi-tip", ReportDiagnosticsHtmlRenderer.Stylesheet);
    }

    /// <summary>The value cells of the page by pointer, with their attributes.</summary>
    internal static Dictionary<string, Dictionary<string, string>> ValueCells(string html)
    {
        var cells = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach ((string name, Dictionary<string, string> attributes) in OutputFixtures.Tags(html))
        {
            if (name == "td" && attributes.TryGetValue("data-pointer", out string? pointer))
            {
                cells.Add(pointer, attributes);
            }
        }

        return cells;
    }
}
