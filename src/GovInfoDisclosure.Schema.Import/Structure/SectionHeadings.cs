using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Structure;

/// <summary>
/// Recognises the six section headings (一、总体情况 … 六、其他需要报告的事项): exactly (headings only move forward), or
/// by the ordinal and keywords of the heading variants of formats.md §6.2 ("五、存在问题及改进情况",
/// "四、因政府信息公开工作被申请行政复议提起行政诉讼情况"), which must then be the next section — or, before any heading
/// (a page of the report alone), a variant of 四 or 五 that names both words of its subject.
/// </summary>
internal static class SectionHeadings
{
    private const int MaxHeadingLength = 40;

    private static readonly string[][] Keywords =
    {
        Array.Empty<string>(),
        new[] { "总体情况", "概述", "基本情况", "总体概况" },
        new[] { "主动公开" },
        new[] { "申请" },
        new[] { "复议", "诉讼" },
        new[] { "问题" },
        new[] { "其他", "事项" },
    };

    /// <summary>
    /// For sections 四 and 五, the two words a heading variant names its subject by (复议…诉讼, 问题…改进); 三 has none, as
    /// its words (申请, 处理) are also 表三's row labels.
    /// </summary>
    private static readonly string[][] BothKeywords =
    {
        Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(),
        new[] { "复议", "诉讼" },
        new[] { "问题", "改进" },
        Array.Empty<string>(),
    };

    private static readonly string[] Exact = BuildExact();

    private static bool NamesBoth(string title, int number)
    {
        string[] both = BothKeywords[number];
        return both.Length == 2 && title.IndexOf(both[0], StringComparison.Ordinal) >= 0 && title.IndexOf(both[1], StringComparison.Ordinal) >= 0;
    }

    private static readonly char[] MarkupCharacters = { '#', '>', '*', '_' };

    /// <summary>
    /// Whether <paramref name="text"/> is the heading of a section after <paramref name="currentSection"/> (headings only
    /// move forward, so a table row such as 一、本年新收… inside section 三 is never taken for section 一).
    /// </summary>
    /// <param name="text">The line, verbatim.</param>
    /// <param name="currentSection">The section the text is in (0 before 一).</param>
    /// <param name="section">The section number 1–6.</param>
    /// <param name="exact">Whether the heading is the official wording.</param>
    /// <param name="remainder">Text printed on the same line after an exact heading (e.g. "六、其他需要报告的事项:无"), or null.</param>
    public static bool TryMatch(string text, int currentSection, out int section, out bool exact, out string? remainder)
    {
        section = 0;
        exact = false;
        remainder = null;
        if (!StartsWithChineseNumeral(text))
        {
            // Most lines: nothing to normalise, the first printed character already rules a heading out.
            return false;
        }

        string n = StripMarkup(LabelText.Normalize(text));
        if (n.Length < 3 || !LabelText.IsChineseNumeral(n[0]))
        {
            return false;
        }

        int ordinalEnd = n.IndexOf('\u3001');
        if (ordinalEnd < 0)
        {
            ordinalEnd = n.IndexOf('.');
        }

        if (ordinalEnd <= 0 || ordinalEnd > 2)
        {
            return false;
        }

        int number = LabelText.ChineseNumberValue(n.Substring(0, ordinalEnd));
        if (number < 1 || number > 6 || number <= currentSection)
        {
            return false;
        }

        string title = n.Substring(ordinalEnd + 1);
        string exactTitle = LabelText.StripOrdinal(Exact[number]);
        if (string.Equals(title, exactTitle, StringComparison.Ordinal))
        {
            section = number;
            exact = true;
            return true;
        }

        if (title.StartsWith(exactTitle, StringComparison.Ordinal))
        {
            // "六、其他需要报告的事项:本年度无…": the heading and the start of the section on one line.
            string rest = title.Substring(exactTitle.Length).TrimStart(':', '\u3002', '.', ',');
            section = number;
            exact = true;
            remainder = rest.Length > 0 ? RemainderOf(text, exactTitle) : null;
            return true;
        }

        // A heading recognised only by its keywords must be the next section: an overview that numbers its own
        // sub-heads 一、二、三 ("二、依申请公开情况") must not jump ahead. Before any heading (a page of the report
        // alone), a heading naming both words of its section's subject is taken where it stands.
        if (title.Length > MaxHeadingLength || title.IndexOf('\u3002') >= 0
            || (number != currentSection + 1 && !(currentSection == 0 && NamesBoth(title, number))))
        {
            return false;
        }

        foreach (string keyword in Keywords[number])
        {
            if (title.IndexOf(keyword, StringComparison.Ordinal) >= 0)
            {
                section = number;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the first character after whitespace and Markdown marks (<c>#</c>, <c>&gt;</c>, <c>*</c>, <c>_</c>, in
    /// either width) is a Chinese numeral: what the normalised, unmarked heading must start with.
    /// </summary>
    private static bool StartsWithChineseNumeral(string text)
    {
        foreach (char c in text)
        {
            char n = LabelText.NormalizeChar(c);
            if (n is not ('\0' or '#' or '>' or '*' or '_'))
            {
                return LabelText.IsChineseNumeral(n);
            }
        }

        return false;
    }

    /// <summary>Removes Markdown emphasis and heading marks left around a heading.</summary>
    private static string StripMarkup(string normalized)
    {
        if (normalized.IndexOfAny(MarkupCharacters) < 0)
        {
            return normalized;
        }

        string s = normalized.TrimStart('#', '>', '*', '_').Replace("**", string.Empty).Replace("__", string.Empty);
        return s.TrimEnd('*', '_', '#');
    }

    /// <summary>The verbatim text that follows the heading title on the line.</summary>
    private static string RemainderOf(string text, string normalizedTitle)
    {
        // Walk the raw line, counting normalised characters, until the ordinal and the title are consumed.
        int needed = normalizedTitle.Length;
        int seenTitle = 0;
        bool pastOrdinal = false;
        for (int i = 0; i < text.Length; i++)
        {
            char n = LabelText.NormalizeChar(text[i]);
            if (n == '\0' || n == '#' || n == '*')
            {
                continue;
            }

            if (!pastOrdinal)
            {
                pastOrdinal = n == '\u3001' || n == '.';
                continue;
            }

            seenTitle++;
            if (seenTitle == needed)
            {
                string rest = LabelText.Trim(text.Substring(i + 1));
                return LabelText.Trim(rest.TrimStart(':', '：', '。', '.', ',', '，'));
            }
        }

        return string.Empty;
    }

    private static string[] BuildExact()
    {
        var exact = new string[7];
        exact[0] = string.Empty;
        IReadOnlyList<SectionLabel> sections = LabelCatalogue.Format2021.Sections;
        foreach (SectionLabel label in sections)
        {
            exact[label.Number] = LabelText.Normalize(label.Chinese);
        }

        return exact;
    }
}
