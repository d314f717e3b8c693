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
/// Kind <see cref="RuleKind.Narrative"/>, rule <c>GID-B9</c> (opt-in): the figures the prose states for 表二 (规章 and
/// 行政规范性文件 制发 / 废止 / 现行有效, 行政许可 / 行政处罚 / 行政强制 decisions, the 行政事业性收费 amount; current format)
/// and 表四 (行政复议 and 行政诉讼 cases; both formats) equal the table. Each warning cites the clause and the cell.
/// </summary>
/// <remarks>
/// <para>The matcher works like GID-B8's (<see cref="OverviewFiguresRule"/>): the texts of sections 一, 二 and 四 are cut
/// into clauses, each normalised; a figure is read from a clause naming its subject and a number with a counter
/// (件, 份, 部, 个, 项, 起, 宗; 万元 for the fee), or from a clause saying there was none (未制发规范性文件 = 0). A clause
/// with one of a figure's excluded words is not read for it (规章制度; 纠错, 败诉 for the cases), and a figure stated twice
/// with different numbers is not checked. 行政诉讼 is compared with the sum of the two litigation totals.</para>
/// <para>Only simple phrases are recognised; prose that does not parse is never reported.</para>
/// </remarks>
internal static class TableFiguresRule
{
    private const string Num = "([0-9]+|[零〇一二两三四五六七八九十百千万]+)";
    private const string NotNum = "[^0-9零〇一二两三四五六七八九十百千万]";
    private const string Counter = "(?:件|份|部|个|项)";
    private const string Issue = "(?:制发|印发|出台|制定)";
    private const string Repeal = "(?:废止|废除)";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private static readonly ReportFormat[] Current = { ReportFormat.Format2021 };
    private static readonly ReportFormat[] Both = { ReportFormat.Format2021, ReportFormat.Format2019 };

    /// <summary>The figures, in the order they are checked.</summary>
    internal static readonly Figure[] Figures = Build();

    /// <summary>The texts read, in order: their pointer and their name in messages (<c>{section}</c>).</summary>
    internal static (string Pointer, BilingualText Name)[] Sections(LabelCatalogue catalogue) => new[]
    {
        ("/narrative/overview", new BilingualText(catalogue.Sections[0].Chinese, "Section 一 (overview)")),
        ("/narrative/proactiveDisclosure", new BilingualText(catalogue.Sections[1].Chinese, "The prose of section 二")),
        ("/narrative/reconsiderationAndLitigation", new BilingualText(catalogue.Sections[3].Chinese, "The prose of section 四")),
    };

    public static void Evaluate(GovInfoReport report, CellValue[] cells, ref List<Diagnostic>? diagnostics)
    {
        ReportNarrative? narrative = report.Narrative;
        if (narrative is null)
        {
            return;
        }

        (string Pointer, BilingualText Name)[] sections = Sections(LabelCatalogue.For(report.Format));
        string?[] texts = { narrative.Overview, narrative.ProactiveDisclosure, narrative.ReconsiderationAndLitigation };
        RuleDefinition rule = RuleCatalogue.Get(RuleCodes.TableFigures);
        CellLayout map = CellLayout.For(report.Format);
        foreach (Figure figure in Figures)
        {
            if (Array.IndexOf(figure.Formats, report.Format) < 0)
            {
                continue;
            }

            decimal? stated = null;
            string? clause = null;
            int foundIn = -1;
            bool ambiguous = false;
            for (int s = 0; s < sections.Length; s++)
            {
                if (texts[s] is not { } text)
                {
                    continue;
                }

                foreach ((decimal value, string where) in figure.Find(text))
                {
                    if (stated is null)
                    {
                        (stated, clause, foundIn) = (value, where, s);
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

            var pointers = new List<string> { figure.Cell };
            if (figure.SecondCell is { } second)
            {
                pointers.Add(second);
            }

            decimal sum = 0;
            var unknown = new List<string>();
            foreach (string pointer in pointers)
            {
                int index = map.IndexOf(pointer);
                CellValue cell = cells[index];
                if (!cell.IsKnown)
                {
                    unknown.Add(pointer);
                }
                else
                {
                    sum += map.Fields[index].ValueKind == FieldValueKind.Amount ? cell.Amount : cell.Number;
                }
            }

            string statedText = number.ToString(CultureInfo.InvariantCulture);
            var values = new Dictionary<string, BilingualText>
            {
                ["section"] = sections[foundIn].Name,
                ["sentence"] = new(clause!, clause!),
                ["phrase"] = figure.Phrase,
                ["actual"] = new(statedText, statedText),
                ["table"] = TableName(figure),
                ["cell"] = CellName(figure, map.Catalogue),
            };
            var paths = new List<string> { sections[foundIn].Pointer };
            paths.AddRange(pointers);
            if (unknown.Count > 0)
            {
                (diagnostics ??= new List<Diagnostic>()).Add(new Diagnostic(rule.Code, rule.Severity, DiagnosticOutcome.Indeterminate,
                    paths, unknown, null, null, rule.IndeterminateMessage.Render(values)));
            }
            else if (sum != number)
            {
                string tableText = sum.ToString(CultureInfo.InvariantCulture);
                values["expected"] = new BilingualText(tableText, tableText);
                (diagnostics ??= new List<Diagnostic>()).Add(new Diagnostic(rule.Code, rule.Severity, DiagnosticOutcome.Fail,
                    paths, Array.Empty<string>(), sum, number, rule.FailMessage.Render(values)));
            }
        }
    }

    /// <summary>The figure's cell as messages name it (<c>{cell}</c>); the two litigation totals by one name.</summary>
    internal static BilingualText CellName(Figure figure, LabelCatalogue catalogue)
    {
        if (figure.SecondCell is not null)
        {
            return new BilingualText("行政诉讼 总计(未经复议直接起诉 + 复议后起诉)", "Lawsuits, Total (without + after reconsideration)");
        }

        catalogue.TryGetField(figure.Cell, out FieldLabel field);
        return new BilingualText(field.Row!.ShortChinese + " " + field.Column!.Chinese, field.Row.English + ", " + field.Column.English);
    }

    /// <summary>The table of the figure's cell (<c>{table}</c>).</summary>
    internal static BilingualText TableName(Figure figure) =>
        figure.Cell.StartsWith("/proactiveDisclosure/", StringComparison.Ordinal)
            ? new BilingualText("表二", "the proactive-disclosure table")
            : new BilingualText("表四", "the review and litigation table");

    private static Figure[] Build()
    {
        var figures = new List<Figure>();
        foreach ((string row, string subject, string shortChinese, string english, string? excluded) in new[]
        {
            ("rules", "规章", "规章", "rules", (string?)"规章制度"),
            ("normativeDocuments", "规范性文件", "行政规范性文件", "normative documents", null),
        })
        {
            string[] exclusions = excluded is null ? Array.Empty<string>() : new[] { excluded };
            foreach ((string column, string verb, string zh, string en, string none) in new[]
            {
                ("issued", Issue, "制发", "issued", "(?:未|没有)" + Issue + NotNum + "{0,10}?" + subject),
                ("repealed", Repeal, "废止", "repealed", "(?:未|没有)" + Repeal + NotNum + "{0,10}?" + subject),
                ("inForce", "现行有效", "现行有效", "in force", "(?!)"),
            })
            {
                figures.Add(new Figure("/proactiveDisclosure/" + row + "/" + column, null, Current,
                    new BilingualText(shortChinese + zh, english + " " + en),
                    new[]
                    {
                        verb + NotNum + "{0,10}?" + subject + NotNum + "{0,6}?" + Num + Counter,
                        subject + NotNum + "{0,6}?" + verb + NotNum + "{0,4}?" + Num + Counter,
                    },
                    none, exclusions));
            }
        }

        foreach ((string row, string subject, string english) in new[]
        {
            ("administrativeLicensing", "行政许可", "administrative licensing decisions"),
            ("administrativePenalty", "行政处罚", "administrative penalty decisions"),
            ("administrativeEnforcement", "行政强制", "administrative enforcement decisions"),
        })
        {
            figures.Add(new Figure("/proactiveDisclosure/" + row + "/decisions", null, Current, new BilingualText(subject, english),
                new[] { subject + NotNum + "{0,10}?" + Num + "件" }, "(?:未|没有)(?:作出|办理|实施)" + subject, new[] { "事项" }));
        }

        figures.Add(new Figure("/proactiveDisclosure/administrativeFees/amount", null, Current,
            new BilingualText("行政事业性收费(万元)", "administrative fees (10,000 yuan)"),
            new[] { "行政事业性收费" + NotNum + "{0,10}?([0-9]+(?:\\.[0-9]+)?)万元" },
            "(?:未|没有|无)(?:收取)?行政事业性收费", new[] { "信息处理费" }));
        figures.Add(new Figure("/reconsiderationAndLitigation/reconsideration/total", null, Both,
            new BilingualText("行政复议", "administrative reconsiderations"),
            new[] { "行政复议" + NotNum + "{0,10}?" + Num + "(?:件|起|宗|个)" },
            "(?:未|没有)(?:发生|收到)?(?:被申请)?行政复议(?:案件)?$",
            new[] { "诉讼", "纠错", "纠正", "败诉", "维持" }));
        figures.Add(new Figure("/reconsiderationAndLitigation/litigationWithoutReconsideration/total",
            "/reconsiderationAndLitigation/litigationAfterReconsideration/total", Both,
            new BilingualText("行政诉讼", "administrative lawsuits"),
            new[] { "行政诉讼" + NotNum + "{0,10}?" + Num + "(?:件|起|宗|个)" },
            "(?:未|没有)(?:发生|收到)?(?:被提起)?行政诉讼(?:案件)?$",
            new[] { "复议", "纠错", "纠正", "败诉", "维持" }));
        return figures.ToArray();
    }

    /// <summary>One figure: its cell (and a second cell summed with it), its formats, its patterns, the words that exclude a clause.</summary>
    internal sealed class Figure
    {
        private readonly Regex[] _stated;
        private readonly Regex _none;

        public Figure(string cell, string? secondCell, ReportFormat[] formats, BilingualText phrase, string[] stated, string none, string[] excluded)
        {
            Cell = cell;
            SecondCell = secondCell;
            Formats = formats;
            Phrase = phrase;
            StatedPatterns = stated;
            NonePattern = none;
            Excluded = excluded;
            _stated = Array.ConvertAll(stated, p => new Regex(p, RegexOptions.CultureInvariant, MatchTimeout));
            _none = new Regex(none, RegexOptions.CultureInvariant, MatchTimeout);
        }

        public string Cell { get; }

        public string? SecondCell { get; }

        public ReportFormat[] Formats { get; }

        public BilingualText Phrase { get; }

        /// <summary>Clauses stating the figure; group 1 is the number.</summary>
        public IReadOnlyList<string> StatedPatterns { get; }

        /// <summary>A clause stating that there is none, i.e. 0 (read only where no stated pattern gives a number).</summary>
        public string NonePattern { get; }

        public IReadOnlyList<string> Excluded { get; }

        /// <summary>Every number the text states for this figure, with the clause (normalised) that states it.</summary>
        public IEnumerable<(decimal Value, string Clause)> Find(string text)
        {
            foreach (string raw in OverviewFiguresRule.SplitClauses(text))
            {
                string clause = NarrativeText.Normalize(raw);
                if (clause.Length == 0 || clause.Length > OverviewFiguresRule.MaxClauseLength || IsExcluded(clause))
                {
                    continue;
                }

                decimal? figure = null;
                try
                {
                    foreach (Regex stated in _stated)
                    {
                        Match match = stated.Match(clause);
                        if (match.Success && Parse(match.Groups[1].Value) is { } value)
                        {
                            figure = value;
                            break;
                        }
                    }

                    if (figure is null && _none.IsMatch(clause))
                    {
                        figure = 0;
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    figure = null; // unreadable prose states nothing
                }

                if (figure is { } found)
                {
                    yield return (found, clause);
                }
            }
        }

        private static decimal? Parse(string text)
        {
            if (text.IndexOf('.') >= 0)
            {
                return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal amount) ? amount : null;
            }

            return NarrativeText.TryParseNumber(text, out long count) ? count : null;
        }

        private bool IsExcluded(string clause)
        {
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
