using System;
using System.Collections.Generic;
using System.Text;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Structure;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Narrative;

/// <summary>
/// Builds the narrative from the prose of each section: text before 一 is the preamble, sections 一/五/六 their texts,
/// prose inside 二/三/四 the sections' texts. After the last section, website boilerplate is dropped and the sign-off
/// (the body's name on the line before a date line, the date, trailing 图解:/附件 lines) becomes the closing.
/// </summary>
internal static class NarrativeBuilder
{
    private static readonly string[] FooterMarkers =
    {
        "copyright", "版权所有", "icp备", "网站标识码", "网站标识", "主办单位", "承办单位", "技术支持", "公网安备", "点击总量", "访问量", "浏览次数",
        "网站地图", "政府网站找错",
    };

    private static readonly string[] AttachmentLines = { "图解", "附件", "附图", "图表解读", "政策解读", "相关附件", "附表" };

    public static NarrativeResult Build(SplitDocument split, DiagnosticBag diagnostics)
    {
        var sections = new List<NarrativeLine>[7];
        for (int i = 0; i < sections.Length; i++)
        {
            sections[i] = new List<NarrativeLine>(split.Sections[i]);
        }

        int last = 6;
        while (last > 0 && sections[last].Count == 0 && !split.SectionFound[last])
        {
            last--;
        }

        DropNavigation(sections[0], diagnostics);
        DropFooter(sections[last], diagnostics);
        List<NarrativeLine> closing = TakeClosing(sections[last], out string? agency, out CalendarDate? date);

        var narrative = new ReportNarrative
        {
            Preamble = Join(sections[0]),
            Overview = Join(sections[1]),
            ProactiveDisclosure = Join(sections[2]),
            Applications = Join(sections[3]),
            ReconsiderationAndLitigation = Join(sections[4]),
            ProblemsAndImprovements = Join(sections[5]),
            OtherMatters = Join(sections[6]),
            Closing = Join(closing),
        };

        bool empty = narrative.Preamble is null && narrative.Overview is null && narrative.ProactiveDisclosure is null
            && narrative.Applications is null && narrative.ReconsiderationAndLitigation is null && narrative.ProblemsAndImprovements is null
            && narrative.OtherMatters is null && narrative.Closing is null;
        return new NarrativeResult(empty ? null : narrative, agency, date);
    }

    /// <summary>Whether a line is website boilerplate (a page footer).</summary>
    public static bool IsFooter(string line)
    {
        string n = LabelText.Normalize(line).ToLowerInvariant();
        foreach (string marker in FooterMarkers)
        {
            if (n.IndexOf(marker, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a short line can be the name of a body in a sign-off: no sentence punctuation, not a date.</summary>
    public static bool IsNameLine(string line)
    {
        string n = LabelText.Normalize(line);
        if (n.Length < 2 || n.Length > 40 || ChineseDate.TryParse(line, out _))
        {
            return false;
        }

        foreach (char c in n)
        {
            if (c is '\u3002' or ',' or ';' or ':' or '!' or '?' or '\u3001' or '|')
            {
                return false;
            }
        }

        return !LabelText.IsChineseNumeral(n[0]) || LabelText.StripOrdinal(n) == n;
    }

    /// <summary>Whether a line is a page's breadcrumb navigation (首页 > 政务公开 > …, 当前位置:…).</summary>
    public static bool IsNavigation(string line)
    {
        string n = LabelText.Normalize(line);
        return n.StartsWith("当前位置", StringComparison.Ordinal) || n.StartsWith("您的位置", StringComparison.Ordinal)
            || (n.StartsWith("首页", StringComparison.Ordinal) && (n.IndexOf('>') > 0 || n.IndexOf('»') > 0 || n.IndexOf('/') > 0));
    }

    private static void DropNavigation(List<NarrativeLine> lines, DiagnosticBag diagnostics)
    {
        while (lines.Count > 0 && IsNavigation(lines[0].Text))
        {
            diagnostics.AddTemplated(ImportDiagnosticCodes.FooterDropped, new ImportLocation { Line = lines[0].Line },
                new[] { Arg("what", "网页导航", "Page navigation"), Arg("lines", "1", "1") }, lines[0].Text, actual: 1);
            lines.RemoveAt(0);
        }
    }

    private static void DropFooter(List<NarrativeLine> lines, DiagnosticBag diagnostics)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (IsFooter(lines[i].Text))
            {
                string count = (lines.Count - i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                diagnostics.AddTemplated(ImportDiagnosticCodes.FooterDropped, new ImportLocation { Line = lines[i].Line },
                    new[] { Arg("what", "网站页脚等非报告内容", "Website boilerplate (footer)"), Arg("lines", count, count) }, lines[i].Text, actual: lines.Count - i);
                lines.RemoveRange(i, lines.Count - i);
                return;
            }
        }
    }

    private static List<NarrativeLine> TakeClosing(List<NarrativeLine> lines, out string? agency, out CalendarDate? date)
    {
        agency = null;
        date = null;
        int end = lines.Count;
        while (end > 0 && IsAttachmentLine(lines[end - 1].Text))
        {
            end--;
        }

        int start = end;
        if (end > 0 && ChineseDate.TryParse(lines[end - 1].Text, out CalendarDate signed))
        {
            date = signed;
            start = end - 1;
            if (start > 0 && IsNameLine(lines[start - 1].Text))
            {
                start--;
                agency = LabelText.Trim(lines[start].Text);
            }
        }

        var closing = lines.GetRange(start, lines.Count - start);
        lines.RemoveRange(start, lines.Count - start);
        return closing;
    }

    private static bool IsAttachmentLine(string line)
    {
        string n = LabelText.Normalize(line).TrimEnd(':');
        foreach (string attachment in AttachmentLines)
        {
            if (string.Equals(n, attachment, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Join(List<NarrativeLine> lines)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (NarrativeLine line in lines)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(line.Text);
        }

        return text.ToString();
    }

    private static GovInfoDisclosure.Schema.Diagnostics.DiagnosticArgument Arg(string name, string zh, string en) =>
        new(name, new GovInfoDisclosure.Schema.Diagnostics.BilingualText(zh, en));
}
