using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Tables;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>
/// Reads a body printed on one line with its table cells run together (archived page text: <c>一、总体情况…二、主动公开政府信息情况
/// 第二十条…规章000…一、本年新收政府信息公开申请数量640020470…</c>). The line is cut at the six official section headings; in
/// 表二, 表三 and 表四 the official row labels are found in their order, and the digits after each label are the row's
/// cells. Runs are split by <see cref="RunSplitter"/> only where the official arithmetic admits one split; every cell so
/// obtained is marked inferred, and a row with no unique split is passed on unsplit (the interpreter names it, blank).
/// </summary>
internal static class RunTogetherBody
{
    /// <summary>The shortest line considered a whole body, or a table section run together.</summary>
    private const int MinLength = 40;

    /// <summary>The fewest official rows, each followed by digits, that make one heading's line a run-together table.</summary>
    private const int MinRowsOfOneTable = 3;

    private static readonly string[] Headings = BuildHeadings();

    /// <summary>Reads <paramref name="line"/> as a whole body, or returns false when it is not one (fewer than three headings).</summary>
    public static bool TryRead(string line, int lineNumber, List<SourceBlock> blocks, DiagnosticBag diagnostics)
    {
        // Most lines are prose: without heading 二, 三 or 四 in it (as a subsequence, a necessary condition of being found)
        // the line is not a body on one line, and nothing is built for it.
        if (line.Length < MinLength || !MayHoldATableHeading(line))
        {
            return false;
        }

        var folded = new Folded(line);
        var starts = new int[7];
        var ends = new int[7];
        int found = 0;
        int cursor = 0;
        for (int s = 1; s <= 6; s++)
        {
            starts[s] = -1;
            (int start, int end) = folded.Find(Headings[s], cursor);
            if (start >= 0)
            {
                starts[s] = start;
                ends[s] = end;
                cursor = end;
                found++;
            }
        }

        if (found == 0 || (starts[2] < 0 && starts[3] < 0 && starts[4] < 0) || (found < 3 && !HasRunTogetherTable(folded, starts, ends)))
        {
            return false;
        }

        diagnostics.AddTemplated(ImportDiagnosticCodes.BodyOnOneLine, new ImportLocation { Line = lineNumber }, new[] { ImportArguments.Number("count", found) });

        var sections = new List<int>();
        for (int s = 1; s <= 6; s++)
        {
            if (starts[s] >= 0)
            {
                sections.Add(s);
            }
        }

        AddProse(blocks, lineNumber, folded.Original(0, starts[sections[0]]));
        ReportFormat? format = ChooseFormat(folded, sections, starts, ends);
        for (int k = 0; k < sections.Count; k++)
        {
            int s = sections[k];
            int bodyEnd = k + 1 < sections.Count ? starts[sections[k + 1]] : folded.Length;
            blocks.Add(SourceBlock.TextLine(lineNumber, LabelText.Trim(folded.Original(starts[s], ends[s]))));
            if (s is >= 2 and <= 4 && (format is not null || s == 4))
            {
                // 表四 is the same in both layouts: a line holding only 表四 needs no layout.
                ReadTable(folded, ends[s], bodyEnd, (ReportTable)s, LabelCatalogue.For(format ?? ReportFormat.Format2021), lineNumber, blocks, diagnostics);
            }
            else
            {
                AddProse(blocks, lineNumber, folded.Original(ends[s], bodyEnd));
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a line with fewer than three headings (a body printed one section per line) holds a table run together:
    /// after the heading of 表二 or 表三, at least <see cref="MinRowsOfOneTable"/> official rows each followed by digits;
    /// after the heading of 表四, a run of 15 digits or more.
    /// </summary>
    private static bool HasRunTogetherTable(Folded folded, int[] starts, int[] ends)
    {
        for (int s = 2; s <= 4; s++)
        {
            if (starts[s] < 0)
            {
                continue;
            }

            if (s == 4)
            {
                // 表四: its header words, then a run of at least 15 digits.
                int digits = 0;
                for (int i = ends[4]; i < folded.Length && digits < 15; i++)
                {
                    digits = IsDigit(folded[i]) ? digits + 1 : folded[i] == ' ' ? digits : 0;
                }

                if (digits >= 15)
                {
                    return true;
                }

                continue;
            }

            int end = folded.Length;
            for (int next = s + 1; next <= 6; next++)
            {
                if (starts[next] >= 0)
                {
                    end = starts[next];
                    break;
                }
            }

            foreach (ReportFormat format in new[] { ReportFormat.Format2021, ReportFormat.Format2019 })
            {
                if (Locate(folded, ends[s], end, LabelCatalogue.For(format).GetTable((ReportTable)s)).Count >= MinRowsOfOneTable)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AddProse(List<SourceBlock> blocks, int line, string text)
    {
        string trimmed = LabelText.Trim(text);
        if (trimmed.Length > 0)
        {
            blocks.Add(SourceBlock.TextLine(line, trimmed));
        }
    }

    /// <summary>The layout whose row labels, each followed by a splittable run, are found more often in 表二 and 表三.</summary>
    private static ReportFormat? ChooseFormat(Folded folded, List<int> sections, int[] starts, int[] ends)
    {
        int Score(ReportFormat format)
        {
            int score = 0;
            for (int k = 0; k < sections.Count; k++)
            {
                int s = sections[k];
                if (s is 2 or 3)
                {
                    int bodyEnd = k + 1 < sections.Count ? starts[sections[k + 1]] : folded.Length;
                    TableLabel table = LabelCatalogue.For(format).GetTable((ReportTable)s);
                    foreach (Located row in Locate(folded, ends[s], bodyEnd, table))
                    {
                        if (row.Run.Length > 0 && RunSplitter.Splits(row.Run, Official(row.Row).Count, Signed(row.Row), 1000) is not { Count: 0 })
                        {
                            score++;
                        }
                    }
                }
            }

            return score;
        }

        int current = Score(ReportFormat.Format2021);
        int legacy = Score(ReportFormat.Format2019);
        if (current == 0 && legacy == 0)
        {
            return null;
        }

        return legacy > current ? ReportFormat.Format2019 : ReportFormat.Format2021;
    }

    private static void ReadTable(Folded folded, int start, int end, ReportTable which, LabelCatalogue catalogue, int line,
        List<SourceBlock> blocks, DiagnosticBag diagnostics)
    {
        TableLabel table = catalogue.GetTable(which);
        if (which == ReportTable.ReconsiderationAndLitigation)
        {
            ReadReconsideration(folded, start, end, table, line, blocks, diagnostics);
            return;
        }

        List<Located> rows = Locate(folded, start, end, table);
        if (rows.Count == 0)
        {
            AddProse(blocks, line, folded.Original(start, end));
            return;
        }

        // The header text before the first row (it carries the unit of 表二's money columns).
        AddHeader(blocks, line, LabelText.Trim(folded.Original(start, rows[0].LabelStart)));
        var candidates = new List<List<long[]>?>();
        foreach (Located row in rows)
        {
            candidates.Add(Candidates(row));
        }

        long[]?[] chosen = which == ReportTable.Applications
            ? RunSplitter.Solve(candidates, ApplicationRelations(rows), Official(rows[0].Row).Count)
            : RunSplitter.Solve(candidates, Array.Empty<(int[], int[])>(), 1);
        for (int i = 0; i < rows.Count; i++)
        {
            Located row = rows[i];
            AddMoneyHeader(folded, i == 0 ? start : rows[i - 1].RunEnd, row, line, blocks);
            var cells = new List<SourceCell>();
            IReadOnlyList<string> path = row.Row.ChinesePath;
            for (int p = which == ReportTable.Applications ? 0 : path.Count - 1; p < path.Count; p++)
            {
                cells.Add(new SourceCell(path[p], line));
            }

            int columns = Official(row.Row).Count;
            string printed = LabelText.Trim(folded.Original(row.LabelStart, row.RunEnd));
            if (columns == 1 || HasAmount(row.Row))
            {
                // One cell, or money (a decimal point and a unit are no arithmetic): passed on as printed.
                if (columns == 1)
                {
                    cells.Add(new SourceCell(LabelText.Trim(row.Run), line));
                }
                else if (SplitByTokens(row.Run, columns) is { } tokens)
                {
                    foreach (string token in tokens)
                    {
                        cells.Add(new SourceCell(token, line));
                    }
                }
                else
                {
                    cells.Add(new SourceCell(LabelText.Trim(row.Run), line));
                    Ambiguous(diagnostics, table, row.Row, line, printed, -1);
                }
            }
            else if (chosen[i] is { } values)
            {
                bool inferred = Tokens(row.Run) != columns;
                for (int c = 0; c < values.Length; c++)
                {
                    cells.Add(new SourceCell(Format(values[c], row.Row, c), line, inferred));
                }

                if (inferred)
                {
                    Inferred(diagnostics, table, row.Row, line, printed, values);
                }
            }
            else
            {
                cells.Add(new SourceCell(LabelText.Trim(row.Run), line));
                Ambiguous(diagnostics, table, row.Row, line, printed, candidates[i]?.Count ?? -1);
            }

            blocks.Add(SourceBlock.Row(line, printed, cells, isGrid: false));
        }
    }

    /// <summary>The header of a money column printed before its row (本年收费金额(单位:万元)): it states the unit.</summary>
    private static void AddMoneyHeader(Folded folded, int from, Located row, int line, List<SourceBlock> blocks)
    {
        foreach (ColumnLabel column in row.Row.Columns)
        {
            if (column.ValueKind != FieldValueKind.Amount)
            {
                continue;
            }

            string core = LabelText.Normalize(column.Chinese);
            int paren = core.IndexOf('(');
            core = paren > 0 ? core.Substring(0, paren) : core;
            (int s, _) = folded.Find(core, from, row.LabelStart);
            if (s >= 0)
            {
                AddHeader(blocks, line, LabelText.Trim(folded.Original(s, row.LabelStart)));
            }
        }
    }

    private static void AddHeader(List<SourceBlock> blocks, int line, string header)
    {
        if (header.Length > 0)
        {
            blocks.Add(SourceBlock.Fragment(line, header, new SourceCell(header, line)));
        }
    }

    /// <summary>表四: the longest run of digits after the header is the 15 cells, each group's total = Σ its four.</summary>
    private static void ReadReconsideration(Folded folded, int start, int end, TableLabel table, int line, List<SourceBlock> blocks,
        DiagnosticBag diagnostics)
    {
        int bestStart = -1;
        int bestEnd = -1;
        int bestDigits = 0;
        int i = start;
        while (i < end)
        {
            if (!IsDigit(folded[i]))
            {
                i++;
                continue;
            }

            int j = i;
            int digits = 0;
            while (j < end && (IsDigit(folded[j]) || folded[j] == ' '))
            {
                digits += IsDigit(folded[j]) ? 1 : 0;
                j++;
            }

            if (digits > bestDigits)
            {
                (bestStart, bestEnd, bestDigits) = (i, j, digits);
            }

            i = j;
        }

        if (bestStart < 0)
        {
            AddProse(blocks, line, folded.Original(start, end));
            return;
        }

        string run = folded.Text.Substring(bestStart, bestEnd - bestStart).Trim();
        int width = 0;
        var relations = new List<(int[] Addends, int Total)>();
        foreach (RowLabel row in table.Rows)
        {
            int first = width;
            width += row.Columns.Count;
            var addends = new int[row.Columns.Count - 1];
            for (int c = 0; c < addends.Length; c++)
            {
                addends[c] = first + c;
            }

            relations.Add((addends, width - 1));
        }

        List<long[]>? splits = RunSplitter.Splits(run, width);
        if (splits is { Count: > 1 })
        {
            splits = splits.FindAll(s => RunSplitter.Holds(s, relations));
        }

        var cells = new List<SourceCell>();
        if (splits is { Count: 1 })
        {
            bool inferred = Tokens(run) != width;
            foreach (long value in splits[0])
            {
                cells.Add(new SourceCell(value.ToString(CultureInfo.InvariantCulture), line, inferred));
            }

            if (inferred)
            {
                foreach (RowLabel row in table.Rows)
                {
                    Inferred(diagnostics, table, row, line, run, null);
                }
            }
        }
        else
        {
            cells.Add(new SourceCell(run, line));
            int count = splits?.Count ?? -1;
            diagnostics.AddTemplated(ImportDiagnosticCodes.RunSplitAmbiguous, new ImportLocation { Line = line, Table = table.Table, Pointer = "/" + table.Key },
                new[] { ImportArguments.WholeTable(table), ImportArguments.Text("text", run), Splits(count) }, run, 1, count < 0 ? null : count);
        }

        AddHeader(blocks, line, LabelText.Trim(folded.Original(start, bestStart)));
        blocks.Add(SourceBlock.Row(line, run, cells, isGrid: false));
    }

    /// <summary>Per row the splits of its run; with several, only those where the row's total is the sum of the other columns.</summary>
    private static List<long[]>? Candidates(Located row)
    {
        IReadOnlyList<ColumnLabel> columns = Official(row.Row);
        if (row.Run.Length == 0 || HasAmount(row.Row) || columns.Count == 1)
        {
            return new List<long[]>();
        }

        List<long[]>? splits = RunSplitter.Splits(row.Run, columns.Count, Signed(row.Row));
        if (splits is not { Count: > 1 } || TotalColumn(row.Row) is not { } total)
        {
            return splits;
        }

        var addends = new List<int>();
        for (int c = 0; c < columns.Count; c++)
        {
            if (c != total)
            {
                addends.Add(c);
            }
        }

        var relation = new[] { (addends.ToArray(), total) };
        return splits.FindAll(s => RunSplitter.Holds(s, relation));
    }

    /// <summary>(七)总计 = Σ result rows; 一 + 二 = (七) + 四 (per column), over the rows located.</summary>
    private static List<(int[] Left, int[] Right)> ApplicationRelations(List<Located> rows)
    {
        int Index(string key) => rows.FindIndex(r => r.Row.Key == key);
        var relations = new List<(int[] Left, int[] Right)>();
        int total = Index("results/total");
        var results = new List<int>();
        for (int i = 0; i < rows.Count; i++)
        {
            string key = rows[i].Row.Key;
            if (key.StartsWith("results/", StringComparison.Ordinal) && key != "results/total" && !rows[i].Row.IsOptional)
            {
                results.Add(i);
            }
        }

        if (total >= 0 && results.Count > 0)
        {
            relations.Add((new[] { total }, results.ToArray()));
        }

        int received = Index("newlyReceived");
        int carried = Index("carriedOver");
        int forward = Index("carriedForward");
        if (received >= 0 && carried >= 0 && total >= 0 && forward >= 0)
        {
            relations.Add((new[] { received, carried }, new[] { total, forward }));
        }

        return relations;
    }

    /// <summary>The columns every printed table has (not the optional 法人或其他组织小计), in catalogue order.</summary>
    /// <summary>The official (not optional) columns of each row label, found once: the split search asks for them often.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RowLabel, IReadOnlyList<ColumnLabel>> OfficialColumns = new();

    private static IReadOnlyList<ColumnLabel> Official(RowLabel row) => OfficialColumns.GetValue(row, FindOfficial);

    private static IReadOnlyList<ColumnLabel> FindOfficial(RowLabel row)
    {
        var columns = new List<ColumnLabel>();
        foreach (ColumnLabel column in row.Columns)
        {
            if (!column.IsOptional)
            {
                columns.Add(column);
            }
        }

        return columns.AsReadOnly();
    }

    private static int? TotalColumn(RowLabel row)
    {
        IReadOnlyList<ColumnLabel> columns = Official(row);
        for (int c = 0; c < columns.Count; c++)
        {
            if (columns[c].Key == "total")
            {
                return c;
            }
        }

        return null;
    }

    private static bool[] Signed(RowLabel row)
    {
        IReadOnlyList<ColumnLabel> columns = Official(row);
        var signed = new bool[columns.Count];
        for (int c = 0; c < signed.Length; c++)
        {
            signed[c] = columns[c].ValueKind == FieldValueKind.SignedCount;
        }

        return signed;
    }

    private static bool HasAmount(RowLabel row)
    {
        foreach (ColumnLabel column in row.Columns)
        {
            if (column.ValueKind == FieldValueKind.Amount)
            {
                return true;
            }
        }

        return false;
    }

    private static string Format(long value, RowLabel row, int column) =>
        column < Official(row).Count && Official(row)[column].ValueKind == FieldValueKind.SignedCount && value > 0
            ? "+" + value.ToString(CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);

    private static int Tokens(string run) => run.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string[]? SplitByTokens(string run, int columns)
    {
        string[] tokens = run.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length == columns ? tokens : null;
    }

    private static void Inferred(DiagnosticBag diagnostics, TableLabel table, RowLabel row, int line, string printed, long[]? values)
    {
        string list = values is null ? string.Empty : string.Join(" | ", Array.ConvertAll(values, v => v.ToString(CultureInfo.InvariantCulture)));
        diagnostics.AddTemplated(ImportDiagnosticCodes.CellsInferred,
            new ImportLocation { Line = line, Table = table.Table, Row = row.Key, Pointer = ReportPointersOf(table, row) },
            new[] { ImportArguments.Row(table, row), ImportArguments.Text("text", printed), ImportArguments.Text("split", list.Length > 0 ? "：" + list : string.Empty, list.Length > 0 ? ": " + list : string.Empty) },
            printed);
    }

    private static void Ambiguous(DiagnosticBag diagnostics, TableLabel table, RowLabel row, int line, string printed, int count)
    {
        diagnostics.AddTemplated(ImportDiagnosticCodes.RunSplitAmbiguous,
            new ImportLocation { Line = line, Table = table.Table, Row = row.Key, Pointer = ReportPointersOf(table, row) },
            new[] { ImportArguments.Row(table, row), ImportArguments.Text("text", printed), Splits(count) }, printed, 1, count < 0 ? null : count);
    }

    /// <summary><c>{splits}</c>: how many splits the arithmetic admits (the count is also the typed actual value when known).</summary>
    private static DiagnosticArgument Splits(int count) => count switch
    {
        < 0 => ImportArguments.Text("splits", "可能的拆分过多或含有非数字（金额、单位），无法按勾稽关系唯一拆分",
            "have too many possible splits, or non-digits (an amount, a unit), for one split by the arithmetic"),
        0 => ImportArguments.Text("splits", "没有符合勾稽关系的拆分", "admit no split that satisfies the arithmetic"),
        _ => ImportArguments.Text("splits", "有 " + count.ToString(CultureInfo.InvariantCulture) + " 种符合勾稽关系的拆分",
            "admit " + count.ToString(CultureInfo.InvariantCulture) + " splits that satisfy the arithmetic"),
    };

    private static string ReportPointersOf(TableLabel table, RowLabel row) => Model.ReportPointers.Row(table, row);

    /// <summary>Finds the official row labels of a table in order; each label's run is the digits that follow it.</summary>
    private static List<Located> Locate(Folded folded, int start, int end, TableLabel table)
    {
        var located = new List<(RowLabel Row, int Start, int End)>();
        int cursor = start;
        foreach (RowLabel row in table.Rows)
        {
            if (row.IsOptional)
            {
                continue;
            }

            string core = LabelText.StripOrdinal(LabelText.Normalize(row.Chinese));
            (int s, int e) = folded.Find(core, cursor, end);
            if (s < 0)
            {
                foreach (string variant in row.Variants)
                {
                    (s, e) = folded.Find(LabelText.StripOrdinal(LabelText.Normalize(variant)), cursor, end);
                    if (s >= 0)
                    {
                        break;
                    }
                }
            }

            if (s >= 0)
            {
                located.Add((row, s, e));
                cursor = e;
            }
        }

        var rows = new List<Located>();
        for (int i = 0; i < located.Count; i++)
        {
            (RowLabel row, int s, int e) = located[i];
            int limit = i + 1 < located.Count ? located[i + 1].Start : end;

            // The next label's own ordinal ("2." of 2.其他法律…) is printed against this row's last digit.
            if (i + 1 < located.Count && ArabicOrdinal(located[i + 1].Row) is { } ordinal)
            {
                int back = limit;
                while (back > e && folded[back - 1] == ' ')
                {
                    back--;
                }

                if (back - e > ordinal.Length && (folded[back - 1] == '.' || folded[back - 1] == '\u3001')
                    && string.CompareOrdinal(folded.Text, back - 1 - ordinal.Length, ordinal, 0, ordinal.Length) == 0)
                {
                    limit = back - 1 - ordinal.Length;
                }
            }

            int p = e;
            while (p < limit && folded[p] == ' ')
            {
                p++;
            }

            if (p < limit && folded[p] == '(')
            {
                int close = folded.Text.IndexOf(')', p);
                if (close > 0 && close < limit && close - p <= 60)
                {
                    p = close + 1;
                }
            }

            bool money = HasAmount(row);
            bool signed = Array.IndexOf(Signed(row), true) >= 0;
            int runStart = p;
            while (p < limit && (IsDigit(folded[p]) || folded[p] == ' ' || (money && folded[p] is '.' or '元' or '万') || (signed && folded[p] is '+' or '-')))
            {
                p++;
            }

            rows.Add(new Located(row, s, e, folded.Text.Substring(runStart, p - runStart).Trim(), p));
        }

        rows.RemoveAll(r => r.Run.Length == 0);
        return rows;
    }

    private static string? ArabicOrdinal(RowLabel row)
    {
        string n = LabelText.Normalize(row.Chinese);
        int i = 0;
        while (i < n.Length && IsDigit(n[i]))
        {
            i++;
        }

        return i > 0 && i < n.Length && (n[i] == '.' || n[i] == '\u3001') ? n.Substring(0, i) : null;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>
    /// Whether the normalised characters of <paramref name="line"/> (spaces skipped) hold heading 二, 三 or 四 as a
    /// subsequence: one pass for the three.
    /// </summary>
    private static bool MayHoldATableHeading(string line)
    {
        string second = Headings[2];
        string third = Headings[3];
        string fourth = Headings[4];
        int a = 0;
        int b = 0;
        int c = 0;
        foreach (char raw in line)
        {
            char n = LabelText.NormalizeChar(raw);
            if (n == '\0')
            {
                continue;
            }

            if ((n == second[a] && ++a == second.Length) || (n == third[b] && ++b == third.Length) || (n == fourth[c] && ++c == fourth.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] BuildHeadings()
    {
        var headings = new string[7];
        headings[0] = string.Empty;
        foreach (SectionLabel section in LabelCatalogue.Format2021.Sections)
        {
            headings[section.Number] = LabelText.Normalize(section.Chinese);
        }

        return headings;
    }

    private readonly struct Located
    {
        public Located(RowLabel row, int labelStart, int labelEnd, string run, int runEnd)
        {
            Row = row;
            LabelStart = labelStart;
            LabelEnd = labelEnd;
            Run = run;
            RunEnd = runEnd;
        }

        public RowLabel Row { get; }

        public int LabelStart { get; }

        public int LabelEnd { get; }

        public string Run { get; }

        public int RunEnd { get; }
    }

    /// <summary>A line with every character normalised (whitespace kept as one space) and a map back to the original.</summary>
    private sealed class Folded
    {
        private readonly string _original;
        private readonly int[] _map;

        public Folded(string original)
        {
            _original = original;
            var text = new StringBuilder(original.Length);
            var map = new List<int>(original.Length + 1);
            for (int i = 0; i < original.Length; i++)
            {
                char n = LabelText.IsSpace(original[i]) ? ' ' : LabelText.NormalizeChar(original[i]);
                text.Append(n);
                map.Add(i);
            }

            map.Add(original.Length);
            Text = text.ToString();
            _map = map.ToArray();
        }

        public string Text { get; }

        public int Length => Text.Length;

        public char this[int index] => Text[index];

        public string Original(int start, int end) => start >= end ? string.Empty : _original.Substring(_map[start], _map[end] - _map[start]);

        /// <summary>The first occurrence of a normalised needle (without spaces) at or after <paramref name="from"/>, spaces in the text skipped.</summary>
        public (int Start, int End) Find(string needle, int from, int to = -1)
        {
            int limit = to < 0 ? Text.Length : to;
            if (needle.Length == 0)
            {
                return (-1, -1);
            }

            for (int i = from; i < limit; i++)
            {
                if (Text[i] != needle[0])
                {
                    continue;
                }

                int j = i;
                int k = 0;
                while (k < needle.Length && j < limit)
                {
                    if (Text[j] == ' ')
                    {
                        j++;
                        continue;
                    }

                    if (Text[j] != needle[k])
                    {
                        break;
                    }

                    j++;
                    k++;
                }

                if (k == needle.Length)
                {
                    return (i, j);
                }
            }

            return (-1, -1);
        }
    }
}
