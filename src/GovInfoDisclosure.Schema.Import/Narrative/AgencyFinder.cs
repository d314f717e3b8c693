using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Structure;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Narrative;

/// <summary>
/// Finds the publishing body where a person would look, in this order: the title on one line; the title printed over
/// two lines (<c>某某市人民政府</c> / <c>2024 年政府信息公开工作年度报告</c>); an archive's 发布机构 field; the sign-off above
/// the date; a 来源 (source) field of the page; a page header (a line that is only a body's name, before the report).
/// Every place other than a one-line title is said (<see cref="ImportDiagnosticCodes.AgencySource"/>).
/// </summary>
internal static class AgencyFinder
{
    private const int HeadLines = 8;

    private static readonly string[] Suffixes =
    {
        "人民政府", "政府", "办公室", "办公厅", "委员会", "管理委员会", "局", "厅", "委", "院", "中心", "办", "署", "馆", "所", "会", "队", "处",
    };

    public static string? Find(SplitDocument split, string? titleAgency, string? signOffAgency, DiagnosticBag diagnostics)
    {
        if (titleAgency is not null)
        {
            return titleAgency;
        }

        List<NarrativeLine> head = split.Sections[0];
        for (int i = 0; i + 1 < head.Count && i < HeadLines; i++)
        {
            string joined = head[i].Text + head[i + 1].Text;
            if (MetadataReader.TryReadTitle(joined, out string? agency, out _) && agency is not null)
            {
                return Said(diagnostics, agency, head[i].Line, $"标题(分两行印出,第 {head[i].Line}–{head[i + 1].Line} 行)",
                    $"the title printed over two lines (lines {head[i].Line}–{head[i + 1].Line})");
            }
        }

        foreach (NarrativeLine line in head)
        {
            if (Field(line.Text, "发布机构") is { } published)
            {
                return Said(diagnostics, published, line.Line, $"“发布机构”字段(第 {line.Line} 行)", $"the 发布机构 field (line {line.Line})");
            }
        }

        if (signOffAgency is not null)
        {
            return signOffAgency;
        }

        foreach (NarrativeLine line in head)
        {
            if (Field(line.Text, "来源") is { } source)
            {
                return Said(diagnostics, source, line.Line, $"页面的“来源”字段(第 {line.Line} 行)", $"the page's 来源 field (line {line.Line})");
            }
        }

        for (int i = 0; i < head.Count && i < HeadLines; i++)
        {
            string text = LabelText.Trim(head[i].Text);
            if (text.Length <= 30 && MetadataReader.IsAgencyName(text) && HasSuffix(text))
            {
                return Said(diagnostics, text, head[i].Line, $"页眉(第 {head[i].Line} 行)", $"the page header (line {head[i].Line})");
            }
        }

        return null;
    }

    private static string Said(DiagnosticBag diagnostics, string agency, int line, string whereZh, string whereEn)
    {
        diagnostics.AddTemplated(ImportDiagnosticCodes.AgencySource, new ImportLocation { Line = line, Pointer = "/agency" },
            new[] { ImportArguments.Text("agency", agency), ImportArguments.Text("source", whereZh, whereEn) }, agency);
        return agency;
    }

    /// <summary>The value of a field "NAME: value" or "NAME：value" in a line (up to the next space), when it names a body.</summary>
    private static string? Field(string text, string name)
    {
        int at = text.IndexOf(name, StringComparison.Ordinal);
        while (at >= 0)
        {
            int i = at + name.Length;
            while (i < text.Length && LabelText.IsSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && (text[i] == ':' || text[i] == '：'))
            {
                i++;
                while (i < text.Length && LabelText.IsSpace(text[i]))
                {
                    i++;
                }

                int end = i;
                while (end < text.Length && !LabelText.IsSpace(text[end]))
                {
                    end++;
                }

                string value = text.Substring(i, end - i);
                if (value.Length > 0 && MetadataReader.IsAgencyName(value) && HasSuffix(value))
                {
                    return value;
                }
            }

            at = text.IndexOf(name, at + 1, StringComparison.Ordinal);
        }

        return null;
    }

    private static bool HasSuffix(string name)
    {
        foreach (string suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
