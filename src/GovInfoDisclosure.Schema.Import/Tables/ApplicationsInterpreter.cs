using System;
using System.Collections.Generic;
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
                Diagnostics.Add(ImportDiagnosticCodes.RowUnlabelled, new ImportLocation { Line = raw.Line, Table = Table.Table },
                    "表三中有数值没有行标签,未读取。", "表三 has values without a row label; they were not read.", raw.RawText);
                continue;
            }

            if (!_inHeader && IsRepeatedHeader(raw))
            {
                Diagnostics.Add(ImportDiagnosticCodes.PageBreakRemoved, new ImportLocation { Line = raw.Line, Table = Table.Table },
                    "表三的表头在表中重复出现(分页),已跳过。", "表三's header is printed again inside the table (a page break); it was skipped.",
                    raw.RawText);
                continue;
            }

            for (int i = 0; i < raw.Labels.Count; i++)
            {
                Interpret(raw, raw.Labels[i], i == raw.Labels.Count - 1 && raw.Values.Count > 0);
            }
        }

        EndHeader();
        bool singleOtherRow = Context.Format == ReportFormat.Format2021 && _subtotalsFound.Contains(OtherHandlingGroup)
            && !AnyFound(OtherHandlingGroup + "/");
        if (singleOtherRow)
        {
            Diagnostics.Add(ImportDiagnosticCodes.OtherHandlingSingleRow,
                new ImportLocation { Table = Table.Table, Row = OtherHandlingGroup + "/subtotal", Pointer = "/applications/" + OtherHandlingGroup + "/subtotal" },
                "表三将(六)其他处理印作一行:其数值记为该组小计,三个细项留空。",
                "表三 prints (六)其他处理 as a single row: its values are kept as the group's subtotal and the three leaves are blank.");
        }

        ReportMissingRows(row => singleOtherRow && row.Key.StartsWith(OtherHandlingGroup + "/", StringComparison.Ordinal));
    }

    private void Interpret(RawRow raw, SourceCell cell, bool hasValues)
    {
        LabelMatch match = Matcher.Match(cell.Text, _inHeader);
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

            case LabelMatchKind.Row:
                EndHeader();
                RowLabel leaf = match.Row!;
                int slash = leaf.Key.LastIndexOf('/');
                if (slash > 0)
                {
                    _group = leaf.Key.Substring(0, slash);
                }

                ReportLabelQuality(match, cell);
                if (hasValues)
                {
                    Assign(leaf, raw);
                }
                else
                {
                    ReportAmbiguous(leaf, raw, _columns?.Count ?? 7);
                }

                break;

            default:
                if (hasValues)
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
            Diagnostics.Add(ImportDiagnosticCodes.SubtotalRow,
                new ImportLocation { Line = cell.Line, Table = Table.Table, Row = row.Key, Pointer = RowPointer(row) },
                $"表三印有小计行“{cell.Text}”,记为该组的小计。", $"表三 prints the subtotal row \"{cell.Text}\"; it is kept as the group's subtotal.",
                raw.RawText);
        }

        Assign(row, raw);
    }

    private void Assign(RowLabel row, RawRow raw)
    {
        if (_columnsUnknown || _columns is null)
        {
            ReportAmbiguous(row, raw, raw.Values.Count,
                $"表三的表头含有无法确定次序的列,“{row}”一行的 {raw.Values.Count} 个数值无法对应到列;该行留空。",
                $"The header of 表三 has columns whose order cannot be established, so the {raw.Values.Count} values of \"{row}\" cannot be assigned to columns; the row is left blank.");
            return;
        }

        AssignRow(row, raw, _columns);
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
                Diagnostics.Add(ImportDiagnosticCodes.HeaderFragment, new ImportLocation { Line = cell.Line, Table = Table.Table },
                    $"表头“{cell.Text}”是被拆分或截断的表头片段{(match.Column is { } c ? ",读作“" + c.Chinese + "”" : string.Empty)}。",
                    $"The header \"{cell.Text}\" is a piece of a split or truncated header{(match.Column is { } e ? ", read as \"" + e.Chinese + "\"" : string.Empty)}.",
                    cell.Text);
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
            Diagnostics.Add(ImportDiagnosticCodes.SubtotalColumn, new ImportLocation { Table = Table.Table },
                "表三有“法人或其他组织小计”列,记为 legalPersonSubtotal。",
                "表三 has the 法人或其他组织小计 column; it is kept as legalPersonSubtotal.");
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
