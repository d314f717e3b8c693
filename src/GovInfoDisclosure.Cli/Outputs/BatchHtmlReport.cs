using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Rendering;

namespace GovInfoDisclosure.Cli.Outputs;

/// <summary>
/// <c>govinfo validate PATH... --html FILE</c>: one self-contained HTML file — inline CSS and one inline script, nothing
/// fetched, so it opens offline from a USB stick — with the summary (reports read, valid, invalid, incomplete, unreadable,
/// the most frequent rule failures as a bar chart), a sortable and filterable table of the reports, and each report's tables
/// with the failing cells marked (<see cref="ReportDiagnosticsHtmlRenderer"/>).
/// </summary>
/// <remarks>
/// Streaming: each report's section is rendered as it arrives and written to a temporary file next to the output (at most
/// <see cref="MaxSections"/> sections, valid reports only among the first <see cref="ValidSectionsUpTo"/>); only one
/// row per report is kept for the summary table. The script has no inline event handler and is allowed by its SHA-256 hash in
/// the page's Content-Security-Policy, so the page works under a strict policy. Every text is HTML-escaped.
/// </remarks>
internal sealed class BatchHtmlReport : IDisposable
{
    /// <summary>The most rule codes the bar chart shows.</summary>
    public const int ChartCodes = 12;

    /// <summary>The most report sections (tables drawn) in one page: a browser opens it, and each section is about 40 KB.</summary>
    public const int MaxSections = 1000;

    /// <summary>Valid reports get a section only among the first this many reports: in a big batch, the page is for the failures.</summary>
    public const int ValidSectionsUpTo = 200;

    /// <summary>The script of the page: sorting and filtering the reports table.</summary>
    public const string Script = """
        (function () {
          'use strict';
          var table = document.getElementById('gi-list');
          if (!table) { return; }
          var body = table.tBodies[0];
          var filter = document.getElementById('gi-filter');
          var verdict = document.getElementById('gi-verdict');
          var shown = document.getElementById('gi-shown');
          function key(row, index, numeric) {
            var cell = row.cells[index];
            var value = cell.getAttribute('data-value');
            if (value === null) { value = cell.textContent; }
            return numeric ? (value === '' ? -1 : Number(value)) : value;
          }
          var headers = table.tHead.rows[0].cells;
          Array.prototype.forEach.call(table.querySelectorAll('thead button[data-sort]'), function (button) {
            button.addEventListener('click', function () {
              var th = button.parentNode;
              var index = th.cellIndex;
              var numeric = button.getAttribute('data-type') === 'number';
              var direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = key(a, index, numeric), y = key(b, index, numeric);
                var order = numeric ? (x - y) : String(x).localeCompare(String(y), 'zh-CN');
                return order * direction;
              });
              rows.forEach(function (row) { body.appendChild(row); });
              Array.prototype.forEach.call(headers, function (header) { header.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
            });
          });
          function apply() {
            var query = filter.value.trim().toLowerCase();
            var wanted = verdict.value;
            var count = 0;
            Array.prototype.forEach.call(body.rows, function (row) {
              var show = (!wanted || row.getAttribute('data-verdict') === wanted) && (!query || row.textContent.toLowerCase().indexOf(query) >= 0);
              row.hidden = !show;
              if (show) { count++; }
            });
            shown.textContent = String(count);
          }
          filter.addEventListener('input', apply);
          verdict.addEventListener('change', apply);
        })();
        """;

    private const string PageStyle = """
        h1 { font-size: 1.5em; margin-bottom: 0.2em; }
        .gi-summary dl { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; margin: 0.5em 0; }
        .gi-summary dl div { border: 1px solid #ccc; padding: 0.4em 0.8em; min-width: 7em; }
        .gi-summary dt { font-size: 0.85em; color: #444; }
        .gi-summary dd { margin: 0; font-size: 1.6em; font-weight: bold; }
        .gi-chart { border-collapse: collapse; margin: 0.5em 0 1em; }
        .gi-chart td { padding: 0.15em 0.5em; vertical-align: middle; }
        .gi-bar { display: inline-block; height: 1em; background: var(--gi-fail); vertical-align: middle; }
        .gi-controls { margin: 0.5em 0; }
        #gi-list { border-collapse: collapse; font-size: 0.9em; margin-bottom: 2em; }
        #gi-list th, #gi-list td { border: 1px solid #aaa; padding: 0.2em 0.5em; text-align: left; }
        #gi-list th button { font: inherit; font-weight: bold; background: none; border: none; cursor: pointer; padding: 0; text-align: left; }
        #gi-list th[aria-sort="ascending"] button::after { content: " ▲"; }
        #gi-list th[aria-sort="descending"] button::after { content: " ▼"; }
        #gi-list td.gi-n { text-align: right; }
        .gi-verdict { display: inline-block; padding: 0 0.4em; border-radius: 3px; font-weight: bold; }
        .gi-verdict-valid { background: rgb(220, 245, 220); color: rgb(0, 110, 0); }
        .gi-verdict-invalid { background: var(--gi-fail-bg); color: var(--gi-fail); }
        .gi-verdict-incomplete { background: var(--gi-warn-bg); color: var(--gi-warn); }
        .gi-verdict-unreadable { background: #ddd; color: #333; }
        section.gi-report { border-top: 2px solid #444; margin-top: 2em; padding-top: 0.5em; }
        section.gi-report h2 { font-size: 1.2em; margin: 0.2em 0; word-break: break-all; }
        @media print { section.gi-report { break-before: page; } }
        """;

    private readonly string _path;
    private readonly StreamWriter _details;
    private readonly StringBuilder _rows = new();
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly int[] _verdicts = new int[4];
    private int _count;
    private int _sections;
    private int _omitted;

    private BatchHtmlReport(string path, StreamWriter details)
    {
        _path = path;
        _details = details;
    }

    /// <summary>Starts a report at <paramref name="path"/>; the temporary file of the sections lies next to it.</summary>
    /// <exception cref="IOException">The directory cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory cannot be written.</exception>
    public static BatchHtmlReport Create(string path)
    {
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        var details = new StreamWriter(new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 65536, FileOptions.DeleteOnClose), new UTF8Encoding(false));
        return new BatchHtmlReport(full, details);
    }

    /// <summary>Adds one checked document: its row in the table and its section.</summary>
    public void Add(ReportEntry entry)
    {
        _count++;
        string id = "r" + _count.ToString(CultureInfo.InvariantCulture);
        _verdicts[(int)entry.Verdict]++;
        foreach (Diagnostic diagnostic in entry.Diagnostics)
        {
            if (diagnostic.IsError && diagnostic.Stage is DiagnosticStage.Rule or DiagnosticStage.CrossReport or DiagnosticStage.Document)
            {
                _failures[diagnostic.Code] = _failures.TryGetValue(diagnostic.Code, out int n) ? n + 1 : 1;
            }
        }

        Diagnostic? first = entry.FirstError;
        bool drawn = _sections < MaxSections && (entry.Verdict != ReportVerdict.Valid || _count <= ValidSectionsUpTo);
        _rows.Append("<tr data-verdict=\"").Append(entry.VerdictName).Append("\">")
            .Append("<td data-value=\"").Append(E(entry.File)).Append("\">")
            .Append(drawn ? "<a href=\"#" + id + "\">" + E(entry.File) + "</a>" : E(entry.File)).Append("</td>")
            .Append("<td>").Append(E(entry.Agency)).Append("</td>")
            .Append("<td class=\"gi-n\">").Append(entry.Year).Append("</td>")
            .Append("<td>").Append(entry.Format).Append(entry.Format.Length > 0 ? " · " : string.Empty).Append(entry.Input).Append("</td>")
            .Append("<td data-value=\"").Append((int)entry.Verdict).Append("\">").Append(Badge(entry)).Append("</td>")
            .Append("<td class=\"gi-n\">").Append(entry.Errors.ToString(CultureInfo.InvariantCulture)).Append("</td>")
            .Append("<td class=\"gi-n\">").Append(entry.UnreadCells.Count.ToString(CultureInfo.InvariantCulture)).Append("</td>")
            .Append("<td>").Append(first is null ? string.Empty : "<code>" + E(first.Code) + "</code> " + E(first.Message.Zh)).Append("</td></tr>\n");

        if (!drawn)
        {
            _omitted++;
            return;
        }

        _sections++;
        _details.Write("<section class=\"gi-report\" id=\"" + id + "\">\n<h2>" + E(entry.File) + "</h2>\n<p>" + Badge(entry) + ' '
            + E(entry.Agency.Length == 0 ? "（未写明机关）" : entry.Agency) + (entry.Year.Length == 0 ? string.Empty : " · " + entry.Year + "年")
            + (entry.Format.Length == 0 ? string.Empty : " · " + entry.Format + " 版格式") + "</p>\n");
        _details.Write(ReportDiagnosticsHtmlRenderer.RenderFragment(entry.Report, entry.Diagnostics,
            new DiagnosticsRenderOptions { IdPrefix = id, InferredCells = entry.InferredCells }));
        _details.Write("</section>\n");
    }

    /// <summary>Writes the page: head, summary, table, the sections, the script.</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public void Finish()
    {
        _details.Flush();
        string hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));
        using var output = new StreamWriter(new FileStream(_path, FileMode.Create, FileAccess.Write, FileShare.None, 65536), new UTF8Encoding(false));
        output.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + hash + "'\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write("<title>政府信息公开工作年度报告校验结果 · Validation report</title>\n<style>\n");
        output.Write(ReportDiagnosticsHtmlRenderer.Stylesheet);
        output.Write('\n');
        output.Write(PageStyle);
        output.Write("\n</style>\n</head>\n<body>\n");
        output.Write("<h1>政府信息公开工作年度报告校验结果 <span lang=\"en\">Validation report</span></h1>\n");
        WriteSummary(output);
        WriteList(output);
        output.Write("<h2>各报告详情 <span lang=\"en\">Reports</span></h2>\n");
        if (_omitted > 0)
        {
            string omitted = _omitted.ToString(CultureInfo.InvariantCulture);
            output.Write("<p class=\"gi-omitted\" id=\"gi-omitted\">另有 " + omitted + " 份报告未列出详情（大批量时只列出未通过的报告，至多 "
                + MaxSections.ToString(CultureInfo.InvariantCulture) + " 份）；可用 govinfo render 文件 --as html --diagnostics 查看单份报告。"
                + "<span lang=\"en\">" + omitted + " more reports are in the table without their tables drawn (in a big batch only the reports that are not valid are drawn, at most "
                + MaxSections.ToString(CultureInfo.InvariantCulture) + "); draw one with govinfo render FILE --as html --diagnostics.</span></p>\n");
        }

        output.Flush();
        _details.BaseStream.Position = 0;
        _details.BaseStream.CopyTo(output.BaseStream);
        output.Write("<script>" + Script + "</script>\n</body>\n</html>\n");
    }

    /// <summary>Deletes the temporary file.</summary>
    public void Dispose() => _details.Dispose();

    private void WriteSummary(StreamWriter output)
    {
        output.Write("<section class=\"gi-summary\" id=\"gi-summary\">\n<h2>概况 <span lang=\"en\">Summary</span></h2>\n<dl>");
        Figure(output, "gi-read", "读取报告", "reports read", _count);
        Figure(output, "gi-valid", "通过", "valid", _verdicts[(int)ReportVerdict.Valid]);
        Figure(output, "gi-invalid", "有错误", "invalid", _verdicts[(int)ReportVerdict.Invalid]);
        Figure(output, "gi-incomplete", "未读全", "incomplete", _verdicts[(int)ReportVerdict.Incomplete]);
        Figure(output, "gi-unreadable", "无法读取", "unreadable", _verdicts[(int)ReportVerdict.Unreadable]);
        output.Write("</dl>\n");
        var codes = new List<KeyValuePair<string, int>>(_failures);
        codes.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        if (codes.Count == 0)
        {
            output.Write("<p>没有规则错误。<span lang=\"en\">No rule failed.</span></p>\n</section>\n");
            return;
        }

        output.Write("<h3>最常见的规则错误 <span lang=\"en\">Most frequent rule failures</span></h3>\n<table class=\"gi-chart\" id=\"gi-chart\">\n<tbody>\n");
        int max = codes[0].Value;
        for (int i = 0; i < codes.Count && i < ChartCodes; i++)
        {
            (string code, int count) = (codes[i].Key, codes[i].Value);
            string title = DiagnosticCatalogue.TryGet(code, out DiagnosticDefinition definition) ? definition.Title.Zh : string.Empty;
            int width = Math.Max(1, (int)Math.Round(count * 300.0 / max));
            output.Write("<tr data-code=\"" + E(code) + "\"><td><code>" + E(code) + "</code></td><td>" + E(title) + "</td><td><span class=\"gi-bar\" style=\"width:"
                + width.ToString(CultureInfo.InvariantCulture) + "px\"></span> " + count.ToString(CultureInfo.InvariantCulture) + "</td></tr>\n");
        }

        output.Write("</tbody>\n</table>\n</section>\n");
    }

    private void WriteList(StreamWriter output)
    {
        output.Write("<section id=\"gi-reports\">\n<h2>报告一览 <span lang=\"en\">Reports</span></h2>\n<div class=\"gi-controls\">");
        output.Write("<label>筛选 <span lang=\"en\">Filter</span> <input type=\"search\" id=\"gi-filter\"></label> ");
        output.Write("<label>结论 <span lang=\"en\">Verdict</span> <select id=\"gi-verdict\"><option value=\"\">全部 all</option>"
            + "<option value=\"valid\">通过 valid</option><option value=\"invalid\">有错误 invalid</option>"
            + "<option value=\"incomplete\">未读全 incomplete</option><option value=\"unreadable\">无法读取 unreadable</option></select></label> ");
        output.Write("显示 <span id=\"gi-shown\">" + _count.ToString(CultureInfo.InvariantCulture) + "</span> / " + _count.ToString(CultureInfo.InvariantCulture) + "</div>\n");
        output.Write("<table id=\"gi-list\">\n<thead><tr>");
        Header(output, "file", "text", "文件", "File");
        Header(output, "agency", "text", "机关", "Agency");
        Header(output, "year", "number", "年度", "Year");
        Header(output, "format", "text", "格式", "Format");
        Header(output, "verdict", "number", "结论", "Verdict");
        Header(output, "errors", "number", "错误", "Errors");
        Header(output, "unread", "number", "未读行", "Rows not read");
        Header(output, "first", "text", "首个错误", "First error");
        output.Write("</tr></thead>\n<tbody>\n");
        output.Write(_rows.ToString());
        output.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void Header(StreamWriter output, string key, string type, string zh, string en) =>
        output.Write("<th><button type=\"button\" data-sort=\"" + key + "\" data-type=\"" + type + "\">" + zh + " <span lang=\"en\">" + en + "</span></button></th>");

    private static void Figure(StreamWriter output, string id, string zh, string en, int value) =>
        output.Write("<div><dt>" + zh + " <span lang=\"en\">" + en + "</span></dt><dd id=\"" + id + "\">" + value.ToString(CultureInfo.InvariantCulture) + "</dd></div>");

    private static string Badge(ReportEntry entry) =>
        "<span class=\"gi-verdict gi-verdict-" + entry.VerdictName + "\">" + entry.VerdictChinese + " <span lang=\"en\">" + entry.VerdictName + "</span></span>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
