using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Rendering;

/// <summary>
/// Renders a report's official tables with its diagnostics marked on the cells: every value cell carries its JSON Pointer
/// (<c>data-pointer</c>), its kind (<c>gi-number</c>, <c>gi-blank</c>, <c>gi-mark</c>) and its marks — <c>gi-fail</c>
/// (an error-severity rule fails on it, red), <c>gi-warn</c> (a warning), <c>gi-unread</c> (the import could not read it,
/// with the reason), <c>gi-inferred</c> (inferred or matched by position or similarity) — and a marked cell is focusable
/// (<c>tabindex="0"</c>) with the rule codes in <c>data-codes</c> and the messages in its <c>title</c> and in a tooltip shown on
/// hover and on keyboard focus. Below the tables, the diagnostics grouped by cause, each linking to its cells.
/// </summary>
/// <remarks>
/// Chinese first, English secondary. Every text — cells, agency, messages, file names given by the caller — is escaped, so no
/// markup in a report ever becomes an element. The output has no script and no inline event handler, and fetches nothing:
/// it fits a strict Content Security Policy (styles from <see cref="Stylesheet"/>, inline). Pure and deterministic.
/// </remarks>
public static class ReportDiagnosticsHtmlRenderer
{
    /// <summary>The CSS of the marks, the tooltips, the diagnostics list and the A4 print layout (for a <c>&lt;style&gt;</c> element).</summary>
    public const string Stylesheet = """
        :root { --gi-fail: rgb(200, 0, 0); --gi-fail-bg: rgb(255, 224, 224); --gi-warn: rgb(176, 112, 0); --gi-warn-bg: rgb(255, 243, 205);
                --gi-unread: rgb(96, 96, 96); --gi-inferred: rgb(0, 90, 200); --gi-inferred-bg: rgb(224, 236, 255); }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 1.5em; color: #111; }
        .gi-en, [lang="en"] { color: #555; font-size: 0.9em; }
        table.govinfo-table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.85em; }
        table.govinfo-table caption { text-align: left; font-weight: bold; padding: 0.2em 0; }
        table.govinfo-table td { border: 1px solid #888; padding: 0.15em 0.4em; vertical-align: middle; }
        td.gi-v { text-align: right; min-width: 2.5em; position: relative; font-variant-numeric: tabular-nums; }
        td.gi-v:focus { outline: 3px solid #000; outline-offset: -3px; }
        table.govinfo-table td.gi-fail { background: var(--gi-fail-bg); color: var(--gi-fail); font-weight: bold; border: 2px solid var(--gi-fail); }
        table.govinfo-table td.gi-warn { background: var(--gi-warn-bg); border: 2px dashed var(--gi-warn); }
        table.govinfo-table td.gi-unread { background: repeating-linear-gradient(45deg, #eee, #eee 4px, #ccc 4px, #ccc 8px); color: var(--gi-unread); border: 2px dotted var(--gi-unread); }
        table.govinfo-table td.gi-inferred { background: var(--gi-inferred-bg); border: 2px dashed var(--gi-inferred); font-style: italic; }
        table.govinfo-table td.gi-fail.gi-unread { background: var(--gi-fail-bg); }
        .gi-tip { display: none; position: absolute; z-index: 10; left: 0; top: 100%; width: 22em; white-space: pre-line; text-align: left;
                  background: #222; color: #fff; font-weight: normal; font-style: normal; padding: 0.4em 0.6em; border-radius: 4px; font-size: 0.9em; }
        td.gi-v:hover .gi-tip, td.gi-v:focus .gi-tip { display: block; }
        .gi-legend > span { display: inline-block; padding: 0.1em 0.5em; margin-right: 0.5em; border: 1px solid #888; }
        .gi-legend > .gi-fail { background: var(--gi-fail-bg); color: var(--gi-fail); border: 2px solid var(--gi-fail); }
        .gi-legend > .gi-warn { background: var(--gi-warn-bg); border: 2px dashed var(--gi-warn); }
        .gi-legend > .gi-unread { background: repeating-linear-gradient(45deg, #eee, #eee 4px, #ccc 4px, #ccc 8px); border: 2px dotted var(--gi-unread); }
        .gi-legend > .gi-inferred { background: var(--gi-inferred-bg); border: 2px dashed var(--gi-inferred); }
        .gi-diagnostics h4 { margin: 0.8em 0 0.3em; }
        .gi-diagnostics ul { margin: 0.2em 0; padding-left: 1.4em; }
        .gi-diag { margin: 0.25em 0; }
        .gi-diag code, .gi-diagnostics summary code { font-weight: bold; }
        .gi-group-fail summary code { color: var(--gi-fail); }
        .gi-num { color: #333; margin-left: 0.5em; }
        .gi-cells a { margin-right: 0.6em; }
        @page { size: A4; margin: 12mm; }
        @media print {
          body { margin: 0; font-size: 10pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .gi-tip, .gi-controls { display: none !important; }
          details > summary { list-style: none; }
          table.govinfo-table { page-break-inside: auto; }
          table.govinfo-table tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;

    /// <summary>Renders one report as a whole self-contained page (inline CSS, no script): a heading, the marked tables and the diagnostics.</summary>
    /// <param name="report">The report, or <see langword="null"/> when none could be read (then only the diagnostics are listed).</param>
    /// <param name="diagnostics">Every diagnostic of the report (import, document, rule stages).</param>
    /// <param name="title">The page heading, e.g. the file name (escaped).</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="DiagnosticsRenderOptions.Default"/>.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> or <paramref name="title"/> is <see langword="null"/>.</exception>
    public static string RenderPage(GovInfoReport? report, IReadOnlyList<Diagnostic> diagnostics, string title, DiagnosticsRenderOptions? options = null)
    {
        if (diagnostics is null)
        {
            throw new ArgumentNullException(nameof(diagnostics));
        }

        if (title is null)
        {
            throw new ArgumentNullException(nameof(title));
        }

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(ReportHtmlRenderer.Escape(title)).Append("</title>\n<style>\n").Append(Stylesheet).Append("\n</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(ReportHtmlRenderer.Escape(title)).Append("</h1>\n");
        if (report is not null)
        {
            html.Append("<p class=\"gi-meta\">").Append(ReportHtmlRenderer.Escape(report.Agency ?? "（未写明机关）"))
                .Append(' ').Append(report.Year.ToString(CultureInfo.InvariantCulture)).Append("年 · ")
                .Append(report.Format == ReportFormat.Format2021 ? "2021 版格式" : "2019 版格式")
                .Append(" <span class=\"gi-en\" lang=\"en\">format ").Append(((int)report.Format).ToString(CultureInfo.InvariantCulture)).Append("</span></p>\n");
        }

        html.Append(RenderFragment(report, diagnostics, options));
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Renders one report's marked tables and its grouped diagnostics as an HTML fragment (a <c>&lt;div class="gi-report-body"&gt;</c>)
    /// for embedding in a page that includes <see cref="Stylesheet"/>; element ids start with <see cref="DiagnosticsRenderOptions.IdPrefix"/>.
    /// </summary>
    /// <param name="report">The report, or <see langword="null"/> when none could be read.</param>
    /// <param name="diagnostics">Every diagnostic of the report.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="DiagnosticsRenderOptions.Default"/>.</param>
    /// <returns>The fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    public static string RenderFragment(GovInfoReport? report, IReadOnlyList<Diagnostic> diagnostics, DiagnosticsRenderOptions? options = null)
    {
        if (diagnostics is null)
        {
            throw new ArgumentNullException(nameof(diagnostics));
        }

        options ??= DiagnosticsRenderOptions.Default;
        var marks = new CellMarks(SafePrefix(options.IdPrefix), diagnostics, options.InferredCells);
        var html = new StringBuilder();
        html.Append("<div class=\"gi-report-body\">\n");
        LabelCatalogue? labels = null;
        if (report is not null)
        {
            labels = LabelCatalogue.For(report.Format);
            html.Append("<p class=\"gi-legend\"><span class=\"gi-fail\">错误 <span lang=\"en\">error</span></span>")
                .Append("<span class=\"gi-warn\">警告 <span lang=\"en\">warning</span></span>")
                .Append("<span class=\"gi-unread\">未能读取 <span lang=\"en\">not read</span></span>")
                .Append("<span class=\"gi-inferred\">推定或按位置匹配 <span lang=\"en\">inferred or matched</span></span></p>\n");
            ReportCellView grid = ReportCellView.Of(report);
            foreach (SectionLabel section in labels.Sections)
            {
                if (section.Table is { } table)
                {
                    ReportHtmlRenderer.AppendTable(html, labels, grid, table, options.Layout, marks);
                }
            }
        }

        AppendDiagnostics(html, report, labels, diagnostics, marks);
        html.Append("</div>\n");
        return html.ToString();
    }

    /// <summary>Renders the marked tables and diagnostics of an imported and validated published report (<see cref="ImportValidation"/>).</summary>
    /// <param name="result">The result of <see cref="ImportValidation.ImportAndValidate"/>.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="DiagnosticsRenderOptions.Default"/>.</param>
    /// <returns>The fragment, as <see cref="RenderFragment(GovInfoReport?, IReadOnlyList{Diagnostic}, DiagnosticsRenderOptions?)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string RenderFragment(ImportValidationResult result, DiagnosticsRenderOptions? options = null)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        options ??= DiagnosticsRenderOptions.Default;
        return RenderFragment(result.Report, result.Diagnostics, options.InferredCells is null ? options with { InferredCells = InferredCellsOf(result.Import) } : options);
    }

    /// <summary>
    /// The cells an import did not read as printed cells, from its <see cref="ImportResult.Provenance"/>: inferred from the
    /// arithmetic, or whose row was matched by similarity or by position, each with the reason shown on the cell.
    /// </summary>
    /// <param name="imported">The import.</param>
    /// <returns>The cells by JSON Pointer (empty when every cell was read as printed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imported"/> is <see langword="null"/>.</exception>
    public static IReadOnlyDictionary<string, BilingualText> InferredCellsOf(ImportResult imported)
    {
        if (imported is null)
        {
            throw new ArgumentNullException(nameof(imported));
        }

        var cells = new Dictionary<string, BilingualText>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, CellProvenance> cell in imported.Provenance)
        {
            BilingualText? reason = cell.Value switch
            {
                CellProvenance.Inferred => new BilingualText("未作为单元格印出，由勾稽关系推定", "not printed as a cell: inferred from the arithmetic"),
                CellProvenance.MatchedBySimilarity => new BilingualText("行标签残缺，按编号、顺序和相似度匹配", "row label damaged: matched by numbering, order and similarity"),
                CellProvenance.MatchedByPosition => new BilingualText("行无标签，按所在位置匹配", "row without a label: matched by its place"),
                _ => null,
            };
            if (reason is { } text)
            {
                cells[cell.Key] = text;
            }
        }

        return cells;
    }

    private static string SafePrefix(string prefix)
    {
        var safe = new StringBuilder();
        foreach (char c in prefix ?? string.Empty)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-')
            {
                safe.Append(c);
            }
        }

        return safe.Length == 0 || !char.IsLetter(safe[0]) ? "r" + safe : safe.ToString();
    }

    private static void AppendDiagnostics(StringBuilder html, GovInfoReport? report, LabelCatalogue? labels, IReadOnlyList<Diagnostic> diagnostics, CellMarks marks)
    {
        var errors = new List<Diagnostic>();
        var warnings = new List<Diagnostic>();
        var unread = new List<Diagnostic>();
        var problems = new List<Diagnostic>();
        var indeterminate = new List<Diagnostic>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            bool rule = diagnostic.Stage is DiagnosticStage.Rule or DiagnosticStage.CrossReport;
            if (diagnostic.Outcome == DiagnosticOutcome.Indeterminate)
            {
                indeterminate.Add(diagnostic);
            }
            else if (rule && diagnostic.Severity == DiagnosticSeverity.Error)
            {
                errors.Add(diagnostic);
            }
            else if (rule && diagnostic.Severity == DiagnosticSeverity.Warning)
            {
                warnings.Add(diagnostic);
            }
            else if (CellMarks.IsUnreadCause(diagnostic))
            {
                unread.Add(diagnostic);
            }
            else if (diagnostic.Severity != DiagnosticSeverity.Info)
            {
                problems.Add(diagnostic);
            }
        }

        html.Append("<section class=\"gi-diagnostics\">\n<h3>问题清单 <span lang=\"en\">Diagnostics</span></h3>\n");
        if (errors.Count + warnings.Count + unread.Count + problems.Count + indeterminate.Count == 0)
        {
            html.Append("<p class=\"gi-none\">未发现问题。<span lang=\"en\">No problem found.</span></p>\n");
        }

        Group(html, "fail", "规则错误", "Rule errors", errors, labels, marks, open: true);
        Group(html, "problem", "读取问题", "Reading problems", problems, labels, marks, open: true);
        UnreadGroup(html, report, unread, indeterminate, marks);
        Group(html, "warn", "警告", "Warnings", warnings, labels, marks, open: true);
        Group(html, "indeterminate", "无法判定（单元格空白、为标记或未能读取）", "Indeterminate (cells blank, marks or not read)", indeterminate, labels, marks, open: false);
        html.Append("</section>\n");
    }

    private static void Group(StringBuilder html, string kind, string zh, string en, List<Diagnostic> diagnostics, LabelCatalogue? labels, CellMarks marks, bool open)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"gi-group gi-group-").Append(kind).Append("\">\n<h4>").Append(zh).Append(" <span lang=\"en\">").Append(en)
            .Append("</span> (").Append(diagnostics.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h4>\n");

        // One block per cause: the rule (or problem) code, in order of first appearance.
        var order = new List<string>();
        var byCode = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (!byCode.TryGetValue(diagnostic.Code, out List<Diagnostic>? list))
            {
                byCode[diagnostic.Code] = list = new List<Diagnostic>();
                order.Add(diagnostic.Code);
            }

            list.Add(diagnostic);
        }

        foreach (string code in order)
        {
            List<Diagnostic> list = byCode[code];
            html.Append(open ? "<details open>" : "<details>").Append("<summary><code>").Append(ReportHtmlRenderer.Escape(code)).Append("</code> ");
            if (DiagnosticCatalogue.TryGet(code, out DiagnosticDefinition definition))
            {
                html.Append(ReportHtmlRenderer.Escape(definition.Title.Zh)).Append(" <span lang=\"en\">").Append(ReportHtmlRenderer.Escape(definition.Title.En)).Append("</span>");
            }

            html.Append(" <span class=\"gi-count\">×").Append(list.Count.ToString(CultureInfo.InvariantCulture)).Append("</span></summary>\n<ul>\n");
            foreach (Diagnostic diagnostic in list)
            {
                Item(html, kind, diagnostic, labels, marks);
            }

            html.Append("</ul></details>\n");
        }

        html.Append("</div>\n");
    }

    private static void Item(StringBuilder html, string kind, Diagnostic diagnostic, LabelCatalogue? labels, CellMarks marks)
    {
        html.Append("<li class=\"gi-diag gi-diag-").Append(kind).Append("\" data-code=\"").Append(ReportHtmlRenderer.Escape(diagnostic.Code)).Append("\">")
            .Append(ReportHtmlRenderer.Escape(diagnostic.Message.Zh)).Append("<br><span lang=\"en\">").Append(ReportHtmlRenderer.Escape(diagnostic.Message.En)).Append("</span>");
        if (diagnostic.Expected is { } expected && diagnostic.Actual is { } actual)
        {
            html.Append("<span class=\"gi-num\">应为 ").Append(Number(expected)).Append("，实为 ").Append(Number(actual))
                .Append("，相差 ").Append(Number(actual - expected)).Append("</span>");
        }

        string where = diagnostic.Location.ToString();
        if (where.Length > 0 && diagnostic.Paths.Count == 0)
        {
            html.Append("<span class=\"gi-num\">").Append(ReportHtmlRenderer.Escape(where)).Append("</span>");
        }

        if (labels is not null && diagnostic.Paths.Count > 0)
        {
            html.Append("<div class=\"gi-cells\">");
            foreach (string path in diagnostic.Paths)
            {
                bool unknown = Contains(diagnostic.UnknownPaths, path);
                html.Append("<a href=\"#").Append(marks.IdOf(path)).Append("\" data-pointer=\"").Append(ReportHtmlRenderer.Escape(path)).Append("\">")
                    .Append(ReportHtmlRenderer.Escape(CellMarks.LabelOf(labels, path))).Append(unknown ? "（?）" : string.Empty).Append("</a>");
            }

            html.Append("</div>");
        }

        html.Append("</li>\n");
    }

    private static void UnreadGroup(StringBuilder html, GovInfoReport? report, List<Diagnostic> unread, List<Diagnostic> indeterminate, CellMarks marks)
    {
        if (unread.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"gi-group gi-group-unread\">\n<h4>未能读取的表格或行 <span lang=\"en\">Tables or rows not read</span> (")
            .Append(unread.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h4>\n<ul>\n");
        CellLayout? layout = report is null ? null : CellLayout.For(report.Format);
        foreach (Diagnostic cause in unread)
        {
            string prefix = cause.Location.Pointer!;
            int dependent = 0;
            foreach (Diagnostic diagnostic in indeterminate)
            {
                foreach (string path in diagnostic.UnknownPaths)
                {
                    if (CellMarks.Covers(prefix, path))
                    {
                        dependent++;
                        break;
                    }
                }
            }

            html.Append("<li class=\"gi-diag gi-diag-unread\" data-code=\"").Append(ReportHtmlRenderer.Escape(cause.Code)).Append("\"><code>")
                .Append(ReportHtmlRenderer.Escape(cause.Code)).Append("</code> ").Append(ReportHtmlRenderer.Escape(cause.Message.Zh))
                .Append("<br><span lang=\"en\">").Append(ReportHtmlRenderer.Escape(cause.Message.En)).Append("</span>")
                .Append("<span class=\"gi-num\">因此无法判定的规则 ").Append(dependent.ToString(CultureInfo.InvariantCulture))
                .Append(" 条 <span lang=\"en\">rules left indeterminate: ").Append(dependent.ToString(CultureInfo.InvariantCulture)).Append("</span></span>");
            if (layout is not null)
            {
                foreach (FieldLabel field in layout.Fields)
                {
                    if (field.IsCell && CellMarks.Covers(prefix, field.Pointer))
                    {
                        html.Append(" <a href=\"#").Append(marks.IdOf(field.Pointer)).Append("\">查看 <span lang=\"en\">show</span></a>");
                        break;
                    }
                }
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n</div>\n");
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (string candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
