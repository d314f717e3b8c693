using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Sources;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>
/// Reads 表三 (收到和处理政府信息公开申请情况). The column order comes from the header labels (自然人, the five
/// organisation columns under 法人或其他组织, 总计, and the 法人或其他组织小计 column of some local templates); without a
/// readable header the official seven columns are assumed, and a row with any other number of values is ambiguous.
/// Group labels given values are subtotal rows; a current-format (六)其他处理 printed as one row is its subtotal.
/// </summary>
internal sealed class ApplicationsInterpreter : TableInterpreter
{
    private const string OtherHandlingGroup = "results/otherHandling";

    private readonly List<(LabelMatch Match, SourceCell Cell)> _header = new();
    private readonly HashSet<string> _subtotalsFound = new(StringComparer.Ordinal);
    private readonly List<(RawRow? Unlabelled, int Index)> _sequence = new();
    private readonly Dictionary<RawRow, (List<RowLabel> Rows, SourceCell Label)> _candidates = new();
    private bool _inHeader = true;
    private string? _group;
    private IReadOnlyList<ColumnLabel>? _columns;
    private bool _columnsUnknown;

    public ApplicationsInterpreter(ImportContext context)
        : base(context, LabelCatalogue.For(context.Format).GetTable(ReportTable.Applications))
    {
    }

    public override void Interpret(IReadOnlyList<RawRow> rows)
    {
        foreach (RawRow raw in rows)
        {
            if (raw.Labels.Count == 0 && raw.Values.Count == 0)
            {
                continue; // nothing in it (e.g. a table cut short): no values to report unread, no line to cite
            }

            if (raw.Labels.Count == 0)
            {
                // Placed later, by position, when the unlabelled rows fill exactly the gaps of the official order.
                _sequence.Add((raw, -1));
                continue;
            }

            if (raw.Labels.Count == 1 && raw.Labels[0].FromLooseLines > 0 && !_inHeader && JoinedLabel(raw) is not { } wrapped)
            {
                // Text above a row of values that is no label of a row not read yet: the row is unlabelled.
                _sequence.Add((raw, -1));
                continue;
            }

            if (IsHeaderWords(raw))
            {
                // A converter's caption row (予以公开 | 部分公开 | 不予公开 | 结转下年度 | 总计): words of several rows, no values.
                ReportUnknownText(raw.Line, raw.RawText,
                    ImportArguments.Text("why", "由多个行标签的词组成的表头行，没有数值，不作为行标签读取", "a header row made of words of several row labels, without values; not read as row labels"));
                continue;
            }

            if (!_inHeader && IsRepeatedHeader(raw))
            {
                Diagnostics.AddTemplated(ImportDiagnosticCodes.PageBreakRemoved, new ImportLocation { Line = raw.Line, Table = Table.Table },
                    new[] { ImportArguments.Text("what", "表三的表头在表中重复出现，已跳过", "the header of the Applications table printed again inside the table was skipped") }, raw.RawText);
                continue;
            }

            // A label torn over several cells ("缴纳费用、 | 行政机关不再处理其政"): read together when the last alone is no label.
            if (!_inHeader && raw.Labels.Count >= 2 && raw.Values.Count > 0
                && Matcher.Match(raw.Labels[raw.Labels.Count - 1].Text, false).Kind == LabelMatchKind.None)
            {
                var joined = new System.Text.StringBuilder();
                int first = raw.Labels.Count;
                for (int i = raw.Labels.Count - 1; i >= 0 && Matcher.Match(raw.Labels[i].Text, false).Kind is LabelMatchKind.None; i--)
                {
                    first = i;
                }

                for (int i = first; i < raw.Labels.Count; i++)
                {
                    joined.Append(raw.Labels[i].Text);
                }

                string joinedText = Text.LabelText.Normalize(joined.ToString());
                if (Matcher.SimilarCandidates(joinedText) is { Count: > 0 } several)
                {
                    _candidates[raw] = (several, new SourceCell(joined.ToString(), raw.Labels[first].Line));
                    _sequence.Add((raw, -1));
                    continue;
                }

                if (Matcher.MatchSimilar(joinedText) is { Kind: LabelMatchKind.Row })
                {
                    for (int i = 0; i < first; i++)
                    {
                        Interpret(raw, raw.Labels[i], false);
                    }

                    Interpret(raw, new SourceCell(joined.ToString(), raw.Labels[first].Line), true);
                    continue;
                }
            }

            for (int i = 0; i < raw.Labels.Count; i++)
            {
                Interpret(raw, raw.Labels[i], i == raw.Labels.Count - 1 && raw.Values.Count > 0);
            }
        }

        EndHeader();
        AssignByPosition();
        bool singleOtherRow = Context.Format == ReportFormat.Format2021 && _subtotalsFound.Contains(OtherHandlingGroup)
            && !AnyFound(OtherHandlingGroup + "/");
        if (singleOtherRow)
        {
            Diagnostics.AddTemplated(ImportDiagnosticCodes.OtherHandlingSingleRow,
                new ImportLocation { Table = Table.Table, Row = OtherHandlingGroup + "/subtotal", Pointer = "/applications/" + OtherHandlingGroup + "/subtotal" },
                Array.Empty<DiagnosticArgument>());
        }

        ReportMissingRows(row => singleOtherRow && row.Key.StartsWith(OtherHandlingGroup + "/", StringComparison.Ordinal));
    }

    private void Interpret(RawRow raw, SourceCell cell, bool hasValues)
    {
        LabelMatch match = Matcher.Match(cell.Text, _inHeader);
        if (match.Kind == LabelMatchKind.None && hasValues && !_inHeader)
        {
            // A damaged label with values: matched by numbering, place and similarity (checked in the Row case below).
            match = Matcher.MatchSimilar(Text.LabelText.Normalize(cell.Text));
        }

        hasValues &= !(raw.IsBlankFiller && match.Kind is LabelMatchKind.Group or LabelMatchKind.Column or LabelMatchKind.Header or LabelMatchKind.None);
        switch (match.Kind)
        {
            case LabelMatchKind.Column:
            case LabelMatchKind.Header:
                if (hasValues)
                {
                    EndHeader();
                    AddExtraRow(raw, cell);
                }
                else if (_inHeader)
                {
                    _header.Add((match, cell));
                }

                break;

            case LabelMatchKind.Group:
                _group = match.Group;
                if (hasValues)
                {
                    EndHeader();
                    if (Matcher.SubtotalOf(match.Group) is { } subtotal)
                    {
                        AssignSubtotal(subtotal, raw, cell);
                    }
                    else
                    {
                        AddExtraRow(raw, cell);
                    }
                }

                break;

            case LabelMatchKind.Subtotal:
                string? group = match.Group ?? _group;
                if (match.Group is not null)
                {
                    _group = match.Group;
                }

                if (!hasValues)
                {
                    ReportUnknownText(cell);
                }
                else if ((match.Row ?? Matcher.SubtotalOf(group)) is { } row)
                {
                    EndHeader();
                    AssignSubtotal(row, raw, cell);
                }
                else
                {
                    EndHeader();
                    AddExtraRow(raw, cell);
                }

                break;

            case LabelMatchKind.Row when match.Quality == LabelMatchQuality.Similar
                && (WasFound(match.Row!) || IndexOf(match.Row!) <= LastIndex()):
                // A damaged label is taken for a row only in its place: after the rows read so far, and not read yet.
                ReportUnknownText(cell);
                break;

            case LabelMatchKind.Row:
                EndHeader();
                RowLabel leaf = match.Row!;
                int slash = leaf.Key.LastIndexOf('/');
                if (slash > 0)
                {
                    _group = leaf.Key.Substring(0, slash);
                }

                if (cell.FromLooseLines > 1 && match.Quality != LabelMatchQuality.Similar)
                {
                    // A label wrapped over lines, its values on a line of their own: said like any damaged label.
                    MarkRowMatched(leaf, CellProvenance.MatchedBySimilarity);
                    string lines = cell.FromLooseLines.ToString(CultureInfo.InvariantCulture);
                    Diagnostics.AddTemplated(ImportDiagnosticCodes.LabelSimilar,
                        new ImportLocation { Line = cell.Line, Table = Table.Table, Row = leaf.Key, Pointer = RowPointer(leaf) },
                        new[]
                        {
                            ImportArguments.Text("text", cell.Text),
                            ImportArguments.Text("how", "折成 " + lines + " 行印出、数值另起一行，按相似度", "(wrapped over " + lines + " lines, its values on a line of their own) by similarity"),
                            ImportArguments.Row(Table, leaf),
                        }, cell.Text);
                }
                else
                {
                    ReportLabelQuality(match, cell);
                }

                if (hasValues || OnlyBlankCellLines(raw, cell))
                {
                    Assign(leaf, raw);
                }
                else
                {
                    ReportAmbiguous(leaf, raw, _columns?.Count ?? 7);
                }

                break;

            default:
                if (hasValues && !_inHeader && Matcher.SimilarCandidates(Text.LabelText.Normalize(cell.Text)) is { Count: > 0 } several)
                {
                    // A piece of a wrapped label that several rows contain: its place decides, with the unlabelled rows.
                    _candidates[raw] = (several, cell);
                    _sequence.Add((raw, -1));
                }
                else if (hasValues)
                {
                    EndHeader();
                    AddExtraRow(raw, cell);
                }
                else
                {
                    ReportUnknownText(cell);
                }

                break;
        }
    }

    /// <summary>The row a label joined from loose lines names (exactly or by similarity), when it is not read yet and in its place.</summary>
    private RowLabel? JoinedLabel(RawRow raw)
    {
        string n = Text.LabelText.Normalize(raw.Labels[0].Text);
        LabelMatch match = Matcher.Match(raw.Labels[0].Text, false);
        if (match.Kind == LabelMatchKind.None)
        {
            match = Matcher.MatchSimilar(n);
        }

        return match.Kind == LabelMatchKind.Row && match.Row is { } row && !WasFound(row) && IndexOf(row) > LastIndex() ? row : null;
    }

    /// <summary>Whether a row without values has three or more label cells naming at least two different rows or groups.</summary>
    private bool IsHeaderWords(RawRow raw)
    {
        if ((raw.Values.Count > 0 && !raw.AllValuesBlank) || raw.Labels.Count < 3)
        {
            return false;
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (SourceCell cell in raw.Labels)
        {
            if (Matcher.Match(cell.Text, headerContext: true).Kind is LabelMatchKind.Column or LabelMatchKind.Header)
            {
                continue; // a real column header (自然人, 其他, 总计 …) is no row word
            }

            LabelMatch match = Matcher.Match(cell.Text, headerContext: false);
            if (match.Kind == LabelMatchKind.Row && match.Row is { } row)
            {
                named.Add(row.Key);
            }
            else if (match.Kind is LabelMatchKind.Group or LabelMatchKind.Subtotal && match.Group is { } group)
            {
                named.Add(group);
            }
        }

        return named.Count >= 2;
    }

    /// <summary>Whether a row without values is the header again (the note, or three or more column labels).</summary>
    private bool IsRepeatedHeader(RawRow raw)
    {
        if (raw.Values.Count > 0 && !raw.AllValuesBlank)
        {
            return false;
        }

        int headers = 0;
        foreach (SourceCell cell in raw.Labels)
        {
            LabelMatch match = Matcher.Match(cell.Text, headerContext: true);
            if (match.Kind == LabelMatchKind.Header && match.Quality != LabelMatchQuality.Fragment
                && Text.LabelText.Normalize(cell.Text).StartsWith("(本列数据", StringComparison.Ordinal))
            {
                return true;
            }

            if (match.Kind is LabelMatchKind.Column or LabelMatchKind.Header)
            {
                headers++;
            }
        }

        return headers >= 3;
    }

    private void AssignSubtotal(RowLabel row, RawRow raw, SourceCell cell)
    {
        Context.Grid.AddOptionalRow(RowPointer(row));
        int slash = row.Key.LastIndexOf('/');
        string group = slash > 0 ? row.Key.Substring(0, slash) : row.Key;
        _subtotalsFound.Add(group);
        if (group != OtherHandlingGroup || Context.Format != ReportFormat.Format2021)
        {
            Diagnostics.AddTemplated(ImportDiagnosticCodes.SubtotalRow,
                new ImportLocation { Line = cell.Line, Table = Table.Table, Row = row.Key, Pointer = RowPointer(row) },
                new[] { ImportArguments.Row(Table, row) }, raw.RawText);
        }

        Assign(row, raw);
    }

    private void Assign(RowLabel row, RawRow raw)
    {
        _sequence.Add((null, IndexOf(row)));
        if (_columnsUnknown || _columns is null)
        {
            ReportAmbiguous(row, raw, row.Columns.Count,
                ImportArguments.Text("detail", "（表头的列无法确定次序，数值无法对应到列）", " (the header's columns cannot be put in order, so the values cannot be assigned to columns)"));
            return;
        }

        AssignRow(row, raw, _columns);
    }

    private int IndexOf(RowLabel row)
    {
        for (int i = 0; i < Table.Rows.Count; i++)
        {
            if (ReferenceEquals(Table.Rows[i], row))
            {
                return i;
            }
        }

        return -1;
    }

    private int LastIndex()
    {
        int last = -1;
        foreach ((RawRow? unlabelled, int index) in _sequence)
        {
            last = unlabelled is null ? Math.Max(last, index) : last;
        }

        return last;
    }

    /// <summary>
    /// Rows printed without a label are assigned by position only when, between the labelled rows read before and after
    /// them, the rows not found are exactly as many as they (each an official leaf row), every one has the official
    /// number of cells, and the arithmetic agrees (each row's total = Σ its columns; (七)总计 = Σ results and
    /// 一 + 二 = (七) + 四 where every cell is known). Otherwise each is named (<see cref="ImportDiagnosticCodes.RowUnlabelled"/>).
    /// </summary>
    private void AssignByPosition()
    {
        var pending = new List<(RawRow Raw, int Before, int After)>();
        for (int k = 0; k < _sequence.Count; k++)
        {
            if (_sequence[k].Unlabelled is not { } raw)
            {
                continue;
            }

            int before = -1;
            for (int b = k - 1; b >= 0; b--)
            {
                if (_sequence[b].Unlabelled is null)
                {
                    before = _sequence[b].Index;
                    break;
                }
            }

            int after = Table.Rows.Count;
            for (int a = k + 1; a < _sequence.Count; a++)
            {
                if (_sequence[a].Unlabelled is null)
                {
                    after = _sequence[a].Index;
                    break;
                }
            }

            pending.Add((raw, before, after));
        }

        var placed = new HashSet<RawRow>();
        int start = 0;
        while (start < pending.Count && _columns is not null && !_columnsUnknown)
        {
            int end = start;
            while (end + 1 < pending.Count && pending[end + 1].Before == pending[start].Before && pending[end + 1].After == pending[start].After)
            {
                end++;
            }

            var gaps = new List<RowLabel>();
            for (int r = pending[start].Before + 1; r < pending[start].After && r >= 0; r++)
            {
                RowLabel candidate = Table.Rows[r];
                if (!candidate.IsOptional && !WasFound(candidate))
                {
                    gaps.Add(candidate);
                }
            }

            bool fits = gaps.Count == end - start + 1 && pending[start].After > pending[start].Before;
            for (int i = start; fits && i <= end; i++)
            {
                fits = Align(pending[i].Raw, _columns.Count) is { } values && RowTotalHolds(values)
                    && (!_candidates.TryGetValue(pending[i].Raw, out var allowed) || allowed.Rows.Contains(gaps[i - start]));
            }

            if (fits)
            {
                for (int i = start; i <= end; i++)
                {
                    RowLabel row = gaps[i - start];
                    MarkRowMatched(row, _candidates.ContainsKey(pending[i].Raw) ? CellProvenance.MatchedBySimilarity : CellProvenance.MatchedByPosition);
                    AssignRow(row, pending[i].Raw, _columns);
                    placed.Add(pending[i].Raw);
                }

                if (!TableRelationsHold())
                {
                    for (int i = start; i <= end; i++)
                    {
                        Poison(gaps[i - start], _columns);
                        Forget(gaps[i - start]);
                        placed.Remove(pending[i].Raw);
                    }
                }
                else
                {
                    for (int i = start; i <= end; i++)
                    {
                        RowLabel row = gaps[i - start];
                        if (_candidates.TryGetValue(pending[i].Raw, out var similar))
                        {
                            string count = similar.Rows.Count.ToString(CultureInfo.InvariantCulture);
                            Diagnostics.AddTemplated(ImportDiagnosticCodes.LabelSimilar,
                                new ImportLocation { Line = similar.Label.Line, Table = Table.Table, Row = row.Key, Pointer = RowPointer(row) },
                                new[]
                                {
                                    ImportArguments.Text("text", similar.Label.Text),
                                    ImportArguments.Text("how", "已损坏、是 " + count + " 个行标签的一部分，按其在官方顺序中的位置", "(damaged, part of " + count + " row labels) by its place in the official order"),
                                    ImportArguments.Row(Table, row),
                                }, similar.Label.Text);
                            continue;
                        }

                        Diagnostics.AddTemplated(ImportDiagnosticCodes.RowByPosition,
                            new ImportLocation { Line = pending[i].Raw.Line, Table = Table.Table, Row = row.Key, Pointer = RowPointer(row) },
                            new[] { ImportArguments.Row(Table, row) }, pending[i].Raw.RawText);
                    }
                }
            }

            start = end + 1;
        }

        foreach ((RawRow raw, _, _) in pending)
        {
            if (!placed.Contains(raw) && _candidates.TryGetValue(raw, out var unplaced))
            {
                AddExtraRow(raw, unplaced.Label);
            }
            else if (!placed.Contains(raw))
            {
                Diagnostics.AddTemplated(ImportDiagnosticCodes.RowUnlabelled, new ImportLocation { Line = raw.Line, Table = Table.Table },
                    new[] { ImportArguments.Table(Table) }, raw.RawText);
            }
        }
    }

    /// <summary>Whether a row's 总计 is the sum of its other official columns (no relation to check: true).</summary>
    private bool RowTotalHolds(IReadOnlyList<SourceCell> values)
    {
        long sum = 0;
        long? total = null;
        for (int i = 0; i < _columns!.Count; i++)
        {
            ParsedCellNumber(values[i], out long? number);
            if (number is null)
            {
                return false;
            }

            if (_columns[i].Key == "total")
            {
                total = number;
            }
            else if (!_columns[i].IsOptional)
            {
                sum = checked(sum + number.Value);
            }
        }

        return total is null || total.Value == sum;
    }

    private static void ParsedCellNumber(SourceCell cell, out long? number)
    {
        Text.ParsedCell parsed = cell.Parsed;
        number = parsed.Kind == Text.CellTextKind.Number && parsed.HasNumber && parsed.IsInteger && !parsed.IsNegative
            && parsed.Number <= int.MaxValue ? (long)parsed.Number : parsed.Kind == Text.CellTextKind.Blank ? 0 : null;
    }

    /// <summary>(七)总计 = Σ result rows and 一 + 二 = (七) + 四, per column, wherever every cell involved is a number.</summary>
    private bool TableRelationsHold()
    {
        foreach (ColumnLabel column in _columns!)
        {
            long? Value(RowLabel row)
            {
                GovInfoDisclosure.Schema.Cells.ReportCell cell = Context.Grid[Model.ReportPointers.Cell(Table, row, column)];
                return cell.Kind == Cells.CellKind.Number ? (long)cell.Number : null;
            }

            RowLabel? Row(string key) => Table.Rows.FirstOrDefault(r => r.Key == key);
            long? results = 0;
            foreach (RowLabel row in Table.Rows)
            {
                if (row.Key.StartsWith("results/", StringComparison.Ordinal) && row.Key != "results/total" && !row.IsOptional)
                {
                    results = Value(row) is { } v && results is { } r ? r + v : null;
                }
            }

            long? total = Row("results/total") is { } t ? Value(t) : null;
            if (total is not null && results is not null && total != results)
            {
                return false;
            }

            long? received = Row("newlyReceived") is { } n ? Value(n) : null;
            long? carried = Row("carriedOver") is { } c ? Value(c) : null;
            long? forward = Row("carriedForward") is { } f ? Value(f) : null;
            if (received is not null && carried is not null && total is not null && forward is not null && received + carried != total + forward)
            {
                return false;
            }
        }

        return true;
    }

    private void EndHeader()
    {
        if (!_inHeader)
        {
            return;
        }

        _inHeader = false;
        IReadOnlyList<ColumnLabel> all = Table.Rows[0].Columns;
        var organisations = new List<ColumnLabel>();
        var inOrder = new List<ColumnLabel>();
        bool subtotalSeen = false;
        foreach ((LabelMatch match, SourceCell cell) in _header)
        {
            if (match.Quality == LabelMatchQuality.Fragment)
            {
                Diagnostics.AddTemplated(ImportDiagnosticCodes.HeaderFragment, new ImportLocation { Line = cell.Line, Table = Table.Table }, new[]
                {
                    ImportArguments.Text("text", cell.Text),
                    match.Column is { } c
                        ? ImportArguments.Text("outcome", "识别为“" + c.Chinese + "”列", "was recognised as the column " + c.English)
                        : ImportArguments.Text("outcome", "是被拆分或截断的表头的一部分", "is a piece of a split or truncated header"),
                }, cell.Text);
            }

            if (match.Column is not { } column)
            {
                continue;
            }

            subtotalSeen |= column.IsOptional;
            inOrder.Add(column);
            if (column.ChineseGroup is not null)
            {
                organisations.Add(column);
            }
        }

        // Flattened headers lose the row structure (自然人 and 总计 span two header rows, the group header may come first
        // or last), so the order the header cells were met in is not the column order. The seven official columns keep
        // their official order; only where the local 小计 column stands is read from the header: before the first or
        // after the last organisation column. Anything else cannot be placed, and rows are then not read.
        var official = new List<ColumnLabel>();
        ColumnLabel? subtotalColumn = null;
        foreach (ColumnLabel column in all)
        {
            if (column.IsOptional)
            {
                subtotalColumn = column;
            }
            else
            {
                official.Add(column);
            }
        }

        official.Sort((a, b) => Order(a).CompareTo(Order(b)));
        if (!subtotalSeen || subtotalColumn is null)
        {
            _columns = official;
        }
        else
        {
            int organisationsBefore = 0;
            int subtotalCount = 0;
            foreach (ColumnLabel column in inOrder)
            {
                if (column.IsOptional)
                {
                    subtotalCount++;
                }
                else if (column.ChineseGroup is not null && subtotalCount == 0)
                {
                    organisationsBefore++;
                }
            }

            int organisationCount = organisations.Count - subtotalCount;
            if (subtotalCount == 1 && (organisationsBefore == 0 || organisationsBefore == organisationCount) && organisationCount == 5)
            {
                var columns = new List<ColumnLabel>(official);
                columns.Insert(organisationsBefore == 0 ? 1 : 6, subtotalColumn);
                _columns = columns;
            }
            else
            {
                _columnsUnknown = true;
            }
        }

        if (subtotalSeen)
        {
            Context.Grid.AddOptionalColumn(Table.Table, "legalPersonSubtotal");
            Diagnostics.AddTemplated(ImportDiagnosticCodes.SubtotalColumn, new ImportLocation { Table = Table.Table }, Array.Empty<DiagnosticArgument>());
        }
    }

    /// <summary>The official position of a column: 自然人, the organisations in catalogue order, 总计.</summary>
    private static int Order(ColumnLabel column) => column.Key == "total" ? 100 : column.OfficialNumber ?? 50;

    private bool AnyFound(string keyPrefix)
    {
        foreach (RowLabel row in Table.Rows)
        {
            if (!row.IsOptional && row.Key.StartsWith(keyPrefix, StringComparison.Ordinal) && WasFound(row))
            {
                return true;
            }
        }

        return false;
    }
}
