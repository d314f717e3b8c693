using GovInfoDisclosure.Schema.Cells;
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
/// <item>The text is cut into clauses at 。；;，,！!？? (full-width or ASCII) and line breaks, and each clause is normalised (full-width to ASCII, whitespace removed).</item>
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
    /// <summary>
    /// Where a clause ends. The patterns here use only syntax that .NET, ECMAScript and Python read alike (fixed-width
    /// look-behind, lazy quantifiers), because the rule export (<c>schemas/rules-*.json</c>) publishes them.
    /// </summary>
    internal const string ClauseSeparator = "[。；;，,！!？?\\n]";

    private const string Num = "([0-9]+|[零〇一二两三四五六七八九十百千万]+)";
    private const string NotNum = "[^0-9零〇一二两三四五六七八九十百千万]";

    /// <summary>
    /// The longest clause read, in characters. A real clause states one figure in a few dozen characters; a longer run
    /// without punctuation or line break is not prose a figure can be read from, and skipping it keeps the check linear.
    /// </summary>
    internal const int MaxClauseLength = 500;

    /// <summary>The longest a pattern may take on one clause before the clause is given up as unreadable.</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private static readonly Regex Clauses = new(ClauseSeparator, RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>The clauses of a text, split before normalising (line breaks end clauses).</summary>
    internal static string[] SplitClauses(string text) => Clauses.Split(text);

    /// <summary>The three figures, in the order they are checked.</summary>
    internal static readonly Figure[] Figures =
    {
        new("newlyReceived", new BilingualText("本年新收", "newly received"),
            "(?<!未)(?<!没有)(?<!没)(?:新收|受理|收到|接收|接到)" + NotNum + "{0,40}?申请" + NotNum + "{0,6}?" + Num + "件",
            "(?:未|没有|没)(?:收到|受理|接到|接收)" + NotNum + "{0,40}?申请",
            excluded: new[] { "结转", "复议", "诉讼" }, excludedPrefix: "其中"),
        new("carriedOver", new BilingualText("上年结转", "carried over"),
            "上年结转" + NotNum + "{0,12}?" + Num + "件",
            "(?:无|没有)上年结转",
            excluded: new[] { "复议", "诉讼" }, excludedPrefix: null),
        new("carriedForward", new BilingualText("结转下年度", "carried forward"),
            "结转(?:至|到)?下一?年度?" + NotNum + "{0,6}?" + Num + "件",
            "(?:无|没有)(?:需要)?结转(?:至|到)?下一?年",
            excluded: new[] { "复议", "诉讼" }, excludedPrefix: null),
    };

    /// <summary>The texts read, in order: their pointer and their name in messages (<c>{section}</c>).</summary>
    internal static (string Pointer, BilingualText Name)[] Sections(LabelCatalogue catalogue) => new[]
    {
        ("/narrative/overview", new BilingualText(catalogue.Sections[0].Chinese, "Section 一 (overview)")),
        ("/narrative/applications", new BilingualText(catalogue.Sections[2].Chinese, "The prose of section 三")),
    };

    public static void Evaluate(GovInfoReport report, CellValue[] cells, ref List<Diagnostic>? diagnostics)
    {
        ReportNarrative? narrative = report.Narrative;
        if (narrative is null)
        {
            return;
        }

        (string Pointer, BilingualText Name)[] sections = Sections(LabelCatalogue.For(report.Format));
        string?[] texts = { narrative.Overview, narrative.Applications };

        RuleDefinition rule = RuleCatalogue.Get(RuleCodes.OverviewFigures);
        CellLayout map = CellLayout.For(report.Format);
        foreach (Figure figure in Figures)
        {
            long? stated = null;
            int foundIn = -1;
            bool ambiguous = false;
            for (int s = 0; s < sections.Length; s++)
            {
                if (texts[s] is not { } text)
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
            FieldLabel field = map.Fields[index];
            CellValue cell = cells[index];
            string statedText = number.ToString(CultureInfo.InvariantCulture);
            var values = new Dictionary<string, BilingualText>
            {
                ["section"] = sections[foundIn].Name,
                ["phrase"] = figure.Phrase,
                ["actual"] = new(statedText, statedText),
                ["cell"] = NarrativeText.CellName(field),
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

    /// <summary>One figure the matcher looks for: its row of 表三, its patterns, and the clauses it ignores.</summary>
    internal sealed class Figure
    {
        private readonly Regex _stated;
        private readonly Regex _none;

        public Figure(string rowKey, BilingualText phrase, string stated, string none, string[] excluded, string? excludedPrefix)
        {
            RowKey = rowKey;
            Phrase = phrase;
            StatedPattern = stated;
            NonePattern = none;
            Excluded = excluded;
            ExcludedPrefix = excludedPrefix;
            // Every gap of the patterns is bounded, so a scan is linear in the clause; the timeout is a second guard
            // against hostile prose (a clause that times out is not read: no figure, no diagnostic).
            _stated = new Regex(stated, RegexOptions.CultureInvariant, MatchTimeout);
            _none = new Regex(none, RegexOptions.CultureInvariant, MatchTimeout);
        }

        public string RowKey { get; }

        /// <summary>The figure in messages (<c>{phrase}</c>).</summary>
        public BilingualText Phrase { get; }

        /// <summary>A clause stating the figure; group 1 is the number.</summary>
        public string StatedPattern { get; }

        /// <summary>A clause stating that there is none, i.e. 0 (read only where <see cref="StatedPattern"/> gives no number).</summary>
        public string NonePattern { get; }

        /// <summary>A clause containing one of these words is not read for this figure.</summary>
        public IReadOnlyList<string> Excluded { get; }

        /// <summary>A clause starting with this text is not read for this figure; <see langword="null"/> for none.</summary>
        public string? ExcludedPrefix { get; }

        /// <summary>Every number the text states for this figure.</summary>
        public IEnumerable<long> Find(string text)
        {
            // Split before normalising: normalising removes the line breaks that end a clause.
            foreach (string raw in SplitClauses(text))
            {
                string clause = NarrativeText.Normalize(raw);
                if (clause.Length == 0 || clause.Length > MaxClauseLength || IsExcluded(clause))
                {
                    continue;
                }

                long? figure;
                try
                {
                    Match stated = _stated.Match(clause);
                    figure = stated.Success && NarrativeText.TryParseNumber(stated.Groups[1].Value, out long value) ? value
                        : _none.IsMatch(clause) ? 0
                        : null;
                }
                catch (RegexMatchTimeoutException)
                {
                    figure = null; // unreadable prose states nothing
                }

                if (figure is { } found)
                {
                    yield return found;
                }
            }
        }

        private bool IsExcluded(string clause)
        {
            if (ExcludedPrefix is not null && clause.StartsWith(ExcludedPrefix, StringComparison.Ordinal))
            {
                return true;
            }

            foreach (string word in Excluded)
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
