using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Rendering;

/// <summary>
/// What the diagnostics say about each cell of one report, for <see cref="ReportDiagnosticsHtmlRenderer"/>: the rules that
/// fail on it (errors and warnings), the import problem that left it unread, and whether the import inferred it or matched
/// its row by position or similarity. Also gives each cell its element id, so that the diagnostics list links to its cells.
/// </summary>
internal sealed class CellMarks
{
    private readonly Dictionary<string, List<Diagnostic>> _failing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Diagnostic>> _warning = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _unread = new();
    private readonly IReadOnlyDictionary<string, BilingualText> _inferred;

    public CellMarks(string idPrefix, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, BilingualText>? inferred)
    {
        IdPrefix = idPrefix;
        _inferred = inferred ?? new Dictionary<string, BilingualText>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Outcome == DiagnosticOutcome.Fail && diagnostic.Stage is DiagnosticStage.Rule or DiagnosticStage.CrossReport
                && diagnostic.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            {
                Dictionary<string, List<Diagnostic>> target = diagnostic.Severity == DiagnosticSeverity.Error ? _failing : _warning;
                foreach (string path in diagnostic.Paths)
                {
                    if (!target.TryGetValue(path, out List<Diagnostic>? list))
                    {
                        target[path] = list = new List<Diagnostic>();
                    }

                    list.Add(diagnostic);
                }
            }
            else if (IsUnreadCause(diagnostic))
            {
                _unread.Add(diagnostic);
            }
        }
    }

    /// <summary>The prefix of every element id of this report.</summary>
    public string IdPrefix { get; }

    /// <summary>Whether a diagnostic is an import problem that left cells unread, with the pointer of what it covers.</summary>
    public static bool IsUnreadCause(Diagnostic diagnostic) =>
        diagnostic.Location.Pointer is not null && DiagnosticCatalogue.TryGet(diagnostic.Code, out DiagnosticDefinition definition) && definition.LeavesCellsUnread;

    /// <summary>Whether a cell pointer lies under the pointer of a row, a table or the whole report (<c>""</c>).</summary>
    public static bool Covers(string prefix, string pointer) =>
        prefix.Length == 0 || (pointer.StartsWith(prefix, StringComparison.Ordinal) && (pointer.Length == prefix.Length || pointer[prefix.Length] == '/'));

    /// <summary>The element id of a cell: the prefix and the pointer's keys.</summary>
    public string IdOf(string pointer)
    {
        var id = new StringBuilder(IdPrefix.Length + pointer.Length);
        id.Append(IdPrefix);
        foreach (char c in pointer)
        {
            id.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '-');
        }

        return id.ToString();
    }

    /// <summary>The import problem that left a cell unread, if any.</summary>
    public Diagnostic? UnreadCauseOf(string pointer)
    {
        foreach (Diagnostic cause in _unread)
        {
            if (Covers(cause.Location.Pointer!, pointer))
            {
                return cause;
            }
        }

        return null;
    }

    /// <summary>Appends a value cell: kind and mark classes, its pointer and id, and a focusable tooltip when marked.</summary>
    public void AppendCell(StringBuilder html, string pointer, ReportCell cell, int colspan)
    {
        var classes = new StringBuilder("gi-v ");
        classes.Append(cell.IsNumber ? "gi-number" : cell.IsMark ? "gi-mark" : cell.IsAbsent ? "gi-absent" : "gi-blank");
        var tips = new List<string>();
        var codes = new List<string>();
        if (_failing.TryGetValue(pointer, out List<Diagnostic>? failing))
        {
            classes.Append(" gi-fail");
            Describe(failing, tips, codes);
        }

        if (_warning.TryGetValue(pointer, out List<Diagnostic>? warning))
        {
            classes.Append(" gi-warn");
            Describe(warning, tips, codes);
        }

        if (UnreadCauseOf(pointer) is { } unread)
        {
            classes.Append(" gi-unread");
            codes.Add(unread.Code);
            tips.Add("未能读取 " + unread.Code + "：" + unread.Message.Zh + " / Not read: " + unread.Message.En);
        }

        if (_inferred.TryGetValue(pointer, out BilingualText reason))
        {
            classes.Append(" gi-inferred");
            tips.Add("推定或按位置匹配：" + reason.Zh + " / Inferred or matched: " + reason.En);
        }

        html.Append("<td class=\"").Append(classes).Append("\" data-pointer=\"").Append(ReportHtmlRenderer.Escape(pointer))
            .Append("\" id=\"").Append(IdOf(pointer)).Append('"');
        if (colspan > 1)
        {
            html.Append(" colspan=\"").Append(colspan.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        string value = ReportHtmlRenderer.Escape(cell.IsAbsent ? string.Empty : cell.ToString());
        if (tips.Count == 0)
        {
            html.Append('>').Append(value).Append("</td>");
            return;
        }

        string tip = string.Join("\n", tips);
        html.Append(" tabindex=\"0\"");
        if (codes.Count > 0)
        {
            html.Append(" data-codes=\"").Append(ReportHtmlRenderer.Escape(string.Join(" ", codes))).Append('"');
        }

        html.Append(" title=\"").Append(ReportHtmlRenderer.Escape(tip)).Append("\">").Append(value)
            .Append("<span class=\"gi-tip\" role=\"tooltip\">").Append(ReportHtmlRenderer.Escape(tip)).Append("</span></td>");
    }

    private static void Describe(List<Diagnostic> diagnostics, List<string> tips, List<string> codes)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (!codes.Contains(diagnostic.Code))
            {
                codes.Add(diagnostic.Code);
            }

            tips.Add(diagnostic.Code + "：" + diagnostic.Message.Zh + " / " + diagnostic.Message.En);
        }
    }

    /// <summary>The Chinese label of a cell pointer, or the pointer itself.</summary>
    public static string LabelOf(LabelCatalogue labels, string pointer) =>
        labels.TryGetField(pointer, out FieldLabel field) ? field.Chinese : pointer;
}
