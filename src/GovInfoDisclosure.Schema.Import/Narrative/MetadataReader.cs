using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Structure;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Narrative;

/// <summary>
/// Reads the agency and the year from the text, most reliable evidence first: a title
/// (<c>临夏县信访局 2025 年度政府信息公开工作年度报告</c>), the statistical period (<c>2024年1月1日至2024年12月31日</c>),
/// the sign-off (the body named above the date; a date in January–April signs the previous year's report), and last
/// the year the prose mentions most.
/// </summary>
internal static class MetadataReader
{
    private const string ReportTitle = "政府信息公开工作年度报告";

    /// <summary>Reads a title such as <c>平武县人民政府办公室2024年政府信息公开工作年度报告</c>: the body before the year, and the year.</summary>
    public static bool TryReadTitle(string line, out string? agency, out int year)
    {
        agency = null;
        year = 0;
        var text = new NormalizedText(line);
        string n = text.Value;
        int at = n.IndexOf(ReportTitle, StringComparison.Ordinal);
        while (at >= 0)
        {
            int end = at;
            if (end >= 2 && n.Substring(end - 2, 2) == "年度")
            {
                end -= 2;
            }
            else if (end >= 1 && n[end - 1] == '年')
            {
                end -= 1;
            }
            else
            {
                at = n.IndexOf(ReportTitle, at + 1, StringComparison.Ordinal);
                continue;
            }

            if (end >= 4 && IsDigits(n, end - 4, 4) && (end == 4 || !LabelText.IsAsciiDigit(n[end - 5])))
            {
                int candidate = int.Parse(n.Substring(end - 4, 4), System.Globalization.CultureInfo.InvariantCulture);
                if (candidate >= GovInfoReport.MinimumYear && candidate <= GovInfoReport.MaximumYear)
                {
                    year = candidate;
                    string name = StripField(LabelText.Trim(line.Substring(0, text.SourceIndex(end - 4))));
                    if (name.EndsWith("关于", StringComparison.Ordinal))
                    {
                        name = LabelText.Trim(name.Substring(0, name.Length - 2));
                    }

                    agency = IsAgencyName(name) ? name : AfterPrefix(name);
                    return true;
                }
            }

            at = n.IndexOf(ReportTitle, at + 1, StringComparison.Ordinal);
        }

        // The year first: "2025 年上海市人民政府办公厅政府信息公开工作年度报告".
        at = n.IndexOf(ReportTitle, StringComparison.Ordinal);
        int yearAt = FieldEnd(n);
        if (at > 0 && IsDigits(n, yearAt, 4) && n.Length > yearAt + 4 && n[yearAt + 4] == '年')
        {
            int candidate = int.Parse(n.Substring(yearAt, 4), System.Globalization.CultureInfo.InvariantCulture);
            int nameStart = yearAt + 5 + (n.Length > yearAt + 5 && n[yearAt + 5] == '度' ? 1 : 0);
            if (candidate >= GovInfoReport.MinimumYear && candidate <= GovInfoReport.MaximumYear && nameStart < at)
            {
                // Only a title: the text between the year and 政府信息公开工作年度报告 must be a body's name, not a sentence.
                string name = LabelText.Trim(line.Substring(text.SourceIndex(nameStart), text.SourceIndex(at) - text.SourceIndex(nameStart)));
                if (IsAgencyName(name))
                {
                    year = candidate;
                    agency = name;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The body's name after a page's prefix to the title — a flip-book's <c>Page 8 - </c>, a breadcrumb's
    /// <c>首页 &gt; 政务公开 &gt; </c>, a site's <c>XX网_</c> — when what follows the last separator is a body's name; else null.
    /// </summary>
    private static string? AfterPrefix(string name)
    {
        int cut = -1;
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] is '-' or '\u2013' or '\u2014' or '_' or '>' or '\u00BB' or '\uFF1E')
            {
                cut = i;
            }
        }

        if (cut < 0)
        {
            return null;
        }

        string rest = LabelText.Trim(name.Substring(cut + 1));
        return IsAgencyName(rest) ? rest : null;
    }

    /// <summary>The text of an archive's field line without its name ("标题: 平潭…" → "平潭…").</summary>
    private static string StripField(string name)
    {
        string n = LabelText.Normalize(name);
        int colon = FieldEnd(n);
        if (colon == 0)
        {
            return name;
        }

        int seen = 0;
        for (int i = 0; i < name.Length; i++)
        {
            if (LabelText.NormalizeChar(name[i]) != '\0' && ++seen == colon)
            {
                return LabelText.Trim(name.Substring(i + 1));
            }
        }

        return name;
    }

    /// <summary>After a leading field name (标题:, 题目:, 文章标题:), the index where the value starts in a normalised line; else 0.</summary>
    private static int FieldEnd(string n)
    {
        foreach (string field in new[] { "标题:", "题目:", "文章标题:", "名称:" })
        {
            if (n.StartsWith(field, StringComparison.Ordinal))
            {
                return field.Length;
            }
        }

        return 0;
    }

    /// <summary>The year of a statistical period "YYYY年1月1日至YYYY年12月31日" in the line, or 0.</summary>
    public static int ReadStatisticalPeriod(string line)
    {
        string n = LabelText.Normalize(line);
        int at = n.IndexOf("年1月1日", StringComparison.Ordinal);
        while (at >= 4)
        {
            if (IsDigits(n, at - 4, 4))
            {
                int close = n.IndexOf("12月31日", at, StringComparison.Ordinal);
                if (close > at && close - at < 30)
                {
                    int year = int.Parse(n.Substring(at - 4, 4), System.Globalization.CultureInfo.InvariantCulture);
                    if (year >= GovInfoReport.MinimumYear && year <= GovInfoReport.MaximumYear)
                    {
                        return year;
                    }
                }
            }

            at = n.IndexOf("年1月1日", at + 1, StringComparison.Ordinal);
        }

        return 0;
    }

    /// <summary>The year mentioned most often as "YYYY年" in the lines (the earliest mention wins a tie), or 0.</summary>
    public static int MostMentionedYear(IEnumerable<NarrativeLine> lines)
    {
        var counts = new Dictionary<int, int>();
        var order = new List<int>();
        foreach (NarrativeLine line in lines)
        {
            string n = LabelText.Normalize(line.Text);
            for (int i = 0; i + 4 < n.Length; i++)
            {
                if (n[i + 4] == '年' && IsDigits(n, i, 4) && (i == 0 || !LabelText.IsAsciiDigit(n[i - 1])))
                {
                    int year = int.Parse(n.Substring(i, 4), System.Globalization.CultureInfo.InvariantCulture);
                    if (year < GovInfoReport.MinimumYear || year > GovInfoReport.MaximumYear)
                    {
                        continue;
                    }

                    if (counts.TryGetValue(year, out int count))
                    {
                        counts[year] = count + 1;
                    }
                    else
                    {
                        counts[year] = 1;
                        order.Add(year);
                    }
                }
            }
        }

        int best = 0;
        int bestCount = 0;
        foreach (int year in order)
        {
            if (counts[year] > bestCount)
            {
                best = year;
                bestCount = counts[year];
            }
        }

        return best;
    }

    /// <summary>Whether a text can name a publishing body (not 我局/本单位, no sentence punctuation, 2–40 characters).</summary>
    public static bool IsAgencyName(string name)
    {
        string n = LabelText.Normalize(name);
        if (n.Length < 2 || n.Length > 40 || n[0] is '我' or '本' or '该' or '各' or '全')
        {
            return false;
        }

        foreach (char c in n)
        {
            if (c is '\u3002' or ',' or ';' or ':' or '!' or '?' or '\u3001' or '(' or ')' or '《' or '》' or '"' or '<' or '>' or '|'
                || LabelText.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(string text, int start, int count)
    {
        if (start < 0 || start + count > text.Length)
        {
            return false;
        }

        for (int i = start; i < start + count; i++)
        {
            if (!LabelText.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
