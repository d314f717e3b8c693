using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using GovInfoDisclosure.Schema.Rules.Engine;

namespace GovInfoDisclosure.Schema.Rules.Kinds;

/// <summary>
/// Kind <see cref="RuleKind.Narrative"/>, rule <c>GID-B8</c> (opt-in): the numbers of applications stated in 一、总体情况 (and in
/// the prose of section 三) equal the 总计 column of 表三.
/// </summary>
/// <remarks>
/// <para>The matcher is small and documented, and never fails on prose it does not understand:</para>
/// <list type="number">
/// <item>The text is normalised (full-width to ASCII, whitespace removed) and cut into clauses at 。；;，,！!？? and line breaks.</item>
/// <item>
/// 本年新收: a clause with 新收, 受理, 收到, 接收 or 接到, then 申请, then a number and 件 (e.g. "全年共受理政府信息公开申请16件");
/// or 未/没有 + 收到/受理/接到/接收 + … 申请 (e.g. "未收到政府信息公开申请"), which states 0. A clause that mentions 结转,
/// 复议, 诉讼 or starts with 其中 is not read for this figure.
/// </item>
/// <item>上年结转: 上年结转 … number 件; or 无/没有 上年结转, which states 0.</item>
/// <item>结转下年度: 结转(至/到)下(一)年(度) … number 件 (e.g. "结转下年度办理1件"); or 无/没有 结转下年度, which states 0.</item>
/// <item>Numbers are Arabic digits or Chinese numerals (十六, 一百零五).</item>
/// <item>When a figure is stated twice with different numbers, it is ambiguous and not checked.</item>
/// </list>
/// </remarks>
internal static class OverviewFiguresRule
{
    private const string Num = "([0-9]+|[零〇一二两三四五六七八九十百千万]+)";
    private const string NotNum = "[^0-9零〇一二两三四五六七八九十百千万]";

    private static readonly Regex Clauses = new("[。；;，,！!？?\\n]", RegexOptions.CultureInvariant);

    private static readonly Figure[] Figures =
    {
        new("newlyReceived", new BilingualText("本年新收", "newly received"),
            new Regex("(?<!未|没有|没)(?:新收|受理|收到|接收|接到)" + NotNum + "*?申请" + NotNum + "{0,6}?" + Num + "件", RegexOptions.CultureInvariant),
            new Regex("(?:未|没有|没)(?:收到|受理|接到|接收)" + NotNum + "*?申请", RegexOptions.CultureInvariant),
            excluded: new[] { "结转", "复议", "诉讼" }),
        new("carriedOver", new BilingualText("上年结转", "carried over"),
            new Regex("上年结转" + NotNum + "{0,12}?" + Num + "件", RegexOptions.CultureInvariant),
            new Regex("(?:无|没有)上年结转", RegexOptions.CultureInvariant),
            excluded: new[] { "复议", "诉讼" }),
        new("carriedForward", new BilingualText("结转下年度", "carried forward"),
            new Regex("结转(?:至|到)?下一?年度?" + NotNum + "{0,6}?" + Num + "件", RegexOptions.CultureInvariant),
            new Regex("(?:无|没有)(?:需要)?结转(?:至|到)?下一?年", RegexOptions.CultureInvariant),
            excluded: new[] { "复议", "诉讼" }),
    };

    public static void Evaluate(GovInfoReport report, CellValue[] cells, ref List<Diagnostic>? diagnostics)
    {
        ReportNarrative? narrative = report.Narrative;
        if (narrative is null)
        {
            return;
        }

        LabelCatalogue catalogue = LabelCatalogue.For(report.Format);
        var sections = new[]
        {
            (Text: narrative.Overview, Pointer: "/narrative/overview", Name: new BilingualText(catalogue.Sections[0].Chinese, "Section 一 (overview)")),
            (Text: narrative.Applications, Pointer: "/narrative/applications", Name: new BilingualText(catalogue.Sections[2].Chinese, "The prose of section 三")),
        };

        RuleDefinition rule = RuleCatalogue.Get(RuleCodes.OverviewFigures);
        CellMap map = CellMap.For(report.Format);
        foreach (Figure figure in Figures)
        {
            long? stated = null;
            int foundIn = -1;
            bool ambiguous = false;
            for (int s = 0; s < sections.Length; s++)
            {
                if (sections[s].Text is not { } text)
                {
                    continue;
                }

                foreach (long value in figure.Find(text))
                {
                    if (stated is null)
                    {
                        stated = value;
                        foundIn = s;
                    }
                    else if (stated != value)
                    {
                        ambiguous = true;
                    }
                }
            }

            if (stated is not { } number || ambiguous)
            {
                continue;
            }

            string pointer = "/applications/" + figure.RowKey + "/total";
            int index = map.IndexOf(pointer);
            FieldLabel field = map.Cells[index];
            CellValue cell = cells[index];
            string statedText = number.ToString(CultureInfo.InvariantCulture);
            var values = new Dictionary<string, BilingualText>
            {
                ["section"] = sections[foundIn].Name,
                ["phrase"] = figure.Phrase,
                ["actual"] = new(statedText, statedText),
                ["cell"] = new(field.Row!.ShortChinese + " " + field.Column!.Chinese, field.Row.English + ", " + field.Column.English),
            };
            string[] paths = { sections[foundIn].Pointer, pointer };
            if (!cell.IsKnown)
            {
                (diagnostics ??= new List<Diagnostic>()).Add(new Diagnostic(rule.Code, rule.Severity, DiagnosticOutcome.Indeterminate,
                    paths, new[] { pointer }, null, null, rule.IndeterminateMessage.Render(values)));
            }
            else if (cell.Number != number)
            {
                string tableText = cell.Number.ToString(CultureInfo.InvariantCulture);
                values["expected"] = new BilingualText(tableText, tableText);
                (diagnostics ??= new List<Diagnostic>()).Add(new Diagnostic(rule.Code, rule.Severity, DiagnosticOutcome.Fail,
                    paths, Array.Empty<string>(), cell.Number, number, rule.FailMessage.Render(values)));
            }
        }
    }

    private sealed class Figure
    {
        private readonly Regex _stated;
        private readonly Regex _none;
        private readonly string[] _excluded;

        public Figure(string rowKey, BilingualText phrase, Regex stated, Regex none, string[] excluded)
        {
            RowKey = rowKey;
            Phrase = phrase;
            _stated = stated;
            _none = none;
            _excluded = excluded;
        }

        public string RowKey { get; }

        public BilingualText Phrase { get; }

        /// <summary>Every number the text states for this figure.</summary>
        public IEnumerable<long> Find(string text)
        {
            foreach (string clause in Clauses.Split(NarrativeText.Normalize(text)))
            {
                if (clause.Length == 0 || Excluded(clause))
                {
                    continue;
                }

                Match stated = _stated.Match(clause);
                if (stated.Success && NarrativeText.TryParseNumber(stated.Groups[1].Value, out long value))
                {
                    yield return value;
                }
                else if (_none.IsMatch(clause))
                {
                    yield return 0;
                }
            }
        }

        private bool Excluded(string clause)
        {
            if (RowKey == "newlyReceived" && clause.StartsWith("其中", StringComparison.Ordinal))
            {
                return true;
            }

            foreach (string word in _excluded)
            {
                if (clause.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
