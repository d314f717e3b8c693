using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Model;
using GovInfoDisclosure.Schema.Import.Sources;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>
/// What the three table interpreters share: typing and storing a row's values (only when their number equals the number
/// of columns), detecting a row printed twice, keeping unknown rows, and reporting rows never found.
/// </summary>
internal abstract class TableInterpreter
{
    private readonly Dictionary<string, List<ReportCell>?> _assigned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CellProvenance> _rowProvenance = new(StringComparer.Ordinal);

    protected TableInterpreter(ImportContext context, TableLabel table)
    {
        Context = context;
        Table = table;
        Matcher = new LabelMatcher(table);
    }

    protected ImportContext Context { get; }

    protected TableLabel Table { get; }

    protected LabelMatcher Matcher { get; }

    protected DiagnosticBag Diagnostics => Context.Diagnostics;

    protected string TableName => Table.ShortChinese;

    public abstract void Interpret(IReadOnlyList<RawRow> rows);

    /// <summary>Whether a row was found (read, or reported as unreadable).</summary>
    protected bool WasFound(RowLabel row) => _assigned.ContainsKey(row.Key);

    protected string RowPointer(RowLabel row) => ReportPointers.Row(Table, row);

    /// <summary>
    /// The value cells of a row when their number fits <paramref name="expected"/> columns: exactly, or in a real grid
    /// with extra blank cells that are label placeholders (leading) or empty columns (trailing). Otherwise null.
    /// </summary>
    protected static IReadOnlyList<SourceCell>? Align(RawRow raw, int expected)
    {
        List<SourceCell> values = raw.Values;
        if (raw.ValueBeforeLabel)
        {
            return null;
        }

        // Flattened text: the empty cells printed after the last value are the row's blank cells when, with them, the
        // row has exactly its columns ("label | 3 |  |  |  |  |  |  |"). Any other number of them is a merge artefact
        // ("… | 0 | ||" closes every row of some sites), and a row short of cells then stays ambiguous.
        if (!raw.IsGrid && values.Count > 0 && values.Count < expected && values.Count + raw.TrailingBlanks == expected)
        {
            var padded = new List<SourceCell>(values);
            int line = values[values.Count - 1].Line;
            while (padded.Count < expected)
            {
                padded.Add(new SourceCell(string.Empty, line));
            }

            return padded;
        }

        if (values.Count < expected)
        {
            return null;
        }

        if (values.Count == expected)
        {
            return values;
        }

        if (!raw.IsGrid)
        {
            return null;
        }

        // A real grid row with more cells than columns: the extra cells must be blank, and either all before the values
        // (label placeholders) or all after them (empty columns). If both readings are possible they must agree.
        int extra = values.Count - expected;
        List<SourceCell>? leading = AllBlank(values, 0, extra) ? values.GetRange(extra, expected) : null;
        List<SourceCell>? trailing = AllBlank(values, expected, extra) ? values.GetRange(0, expected) : null;
        if (leading is not null && trailing is not null)
        {
            for (int i = 0; i < expected; i++)
            {
                if (!string.Equals(leading[i].Text, trailing[i].Text, StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }

        return leading ?? trailing;
    }

    /// <summary>Reads a row's values into the grid, or reports it as ambiguous and leaves its cells blank.</summary>
    protected void AssignRow(RowLabel row, RawRow raw, IReadOnlyList<ColumnLabel> columns, Func<ColumnLabel, AmountUnit>? unitOf = null)
    {
        IReadOnlyList<SourceCell>? values = Align(raw, columns.Count);
        if (values is null)
        {
            ReportAmbiguous(row, raw, columns.Count);
            return;
        }

        AssignValues(row, values, raw, columns, unitOf);
    }

    protected void ReportAmbiguous(RowLabel row, RawRow raw, int expected, string? reasonZh = null, string? reasonEn = null)
    {
        string label = row.ToString();
        Diagnostics.Add(ImportDiagnosticCodes.RowAmbiguous,
            new ImportLocation { Line = raw.LabelLine, Table = Table.Table, Row = row.Key, Pointer = RowPointer(row) },
            reasonZh ?? $"{TableName}“{label}”一行应有 {expected} 个数据单元格,实际读到 {raw.Values.Count} 个;为免错位,该行留空,请人工核对。",
            reasonEn ?? $"{TableName} row \"{label}\" should have {expected} value cells but {raw.Values.Count} were read; to avoid shifting values the row is left blank — check it by hand.",
            raw.RawText, $"{expected} cells", $"{raw.Values.Count} cells");
        Poison(row);
    }

    /// <summary>Types and stores already aligned values for a row.</summary>
    protected void AssignValues(RowLabel row, IReadOnlyList<SourceCell> values, RawRow raw, IReadOnlyList<ColumnLabel> columns,
        Func<ColumnLabel, AmountUnit>? unitOf)
    {
        var read = new List<ReportCell>(columns.Count);
        var provenance = new List<CellProvenance>(columns.Count);
        CellProvenance rowProvenance = _rowProvenance.TryGetValue(row.Key, out CellProvenance matched) ? matched : CellProvenance.Read;
        for (int i = 0; i < columns.Count; i++)
        {
            ColumnLabel column = columns[i];
            SourceCell cell = values[i];
            CellReading reading = CellTyping.Read(cell.Parsed, column.ValueKind, unitOf?.Invoke(column) ?? AmountUnit.Unstated);
            string pointer = ReportPointers.Cell(Table, row, column);
            var location = new ImportLocation { Line = cell.Line, Table = Table.Table, Row = row.Key, Column = column.Key, Pointer = pointer };
            if (reading.Problem is { } problem)
            {
                (string zh, string en) = CellProblemMessage(problem, row, column, cell.Text);
                Diagnostics.Add(problem, location, zh, en, cell.Text, reading.Expected, cell.Text);
            }
            else if (reading.Note is { } note)
            {
                Diagnostics.Add(note, location,
                    $"{TableName}“{row}”—{column.Chinese}:单元格“{cell.Text}”中的单位已处理,读作 {reading.Value}。",
                    $"{TableName} \"{row}\" — {column.Chinese}: the unit in \"{cell.Text}\" was removed or converted; read as {reading.Value}.",
                    cell.Text, null, reading.Value.ToString());
            }

            read.Add(reading.Value);
            provenance.Add(reading.Problem is not null ? CellProvenance.Unreadable : cell.Inferred ? CellProvenance.Inferred : rowProvenance);
        }

        if (_assigned.TryGetValue(row.Key, out List<ReportCell>? earlier))
        {
            if (earlier is null)
            {
                return;
            }

            var location = new ImportLocation { Line = raw.LabelLine, Table = Table.Table, Row = row.Key, Pointer = RowPointer(row) };
            if (SameValues(earlier, read))
            {
                Diagnostics.Add(ImportDiagnosticCodes.RowRepeated, location,
                    $"{TableName}“{row}”一行重复出现,数值相同。", $"{TableName} row \"{row}\" appears again with the same values.", raw.RawText);
            }
            else
            {
                Diagnostics.Add(ImportDiagnosticCodes.RowConflict, location,
                    $"{TableName}“{row}”一行出现两次且数值不同;该行留空,请人工核对。",
                    $"{TableName} row \"{row}\" appears twice with different values; it is left blank — check it by hand.",
                    raw.RawText, string.Join(" | ", earlier), string.Join(" | ", read));
                Poison(row, columns);
            }

            return;
        }

        _assigned[row.Key] = read;
        for (int i = 0; i < columns.Count; i++)
        {
            string pointer = ReportPointers.Cell(Table, row, columns[i]);
            Context.Grid[pointer] = read[i];
            Context.Provenance[pointer] = provenance[i];
        }
    }

    /// <summary>Keeps a row the official table does not have.</summary>
    protected void AddExtraRow(RawRow raw, SourceCell label)
    {
        var cells = new List<string>(raw.Values.Count);
        foreach (SourceCell value in raw.Values)
        {
            cells.Add(value.Text);
        }

        Context.ExtraRows.Add(new ExtraRow(Table.Table, label.Line, label.Text, cells));
        Diagnostics.Add(ImportDiagnosticCodes.ExtraRow, new ImportLocation { Line = label.Line, Table = Table.Table },
            $"{TableName}中的“{label.Text}”不是正式表格的行,已原样保留在附加行中。",
            $"\"{label.Text}\" is not a row of the official {TableName}; it is kept as printed among the extra rows.",
            raw.RawText);
    }

    protected void ReportUnknownText(SourceCell cell)
    {
        Diagnostics.Add(ImportDiagnosticCodes.UnknownTableText, new ImportLocation { Line = cell.Line, Table = Table.Table },
            $"{TableName}中的文字“{cell.Text}”既不是已知标签也没有数值,已忽略。",
            $"The text \"{cell.Text}\" in {TableName} is neither a known label nor followed by values; it was ignored.",
            cell.Text);
    }

    protected void ReportLabelQuality(LabelMatch match, SourceCell cell)
    {
        if (match.Row is not { } row)
        {
            return;
        }

        var location = new ImportLocation { Line = cell.Line, Table = Table.Table, Row = row.Key, Pointer = RowPointer(row) };
        switch (match.Quality)
        {
            case LabelMatchQuality.Annotated:
                Diagnostics.Add(ImportDiagnosticCodes.LabelAnnotated, location,
                    $"标签“{cell.Text}”带有附注,按正式标签“{row.Chinese}”读取。",
                    $"The label \"{cell.Text}\" carries an annotation; it was read as the official label \"{row.Chinese}\".", cell.Text);
                break;
            case LabelMatchQuality.Truncated:
                Diagnostics.Add(ImportDiagnosticCodes.LabelTruncated, location,
                    $"标签“{cell.Text}”不完整,是唯一以此开头的标签“{row.Chinese}”。",
                    $"The label \"{cell.Text}\" is cut short; it is the start of only one label, \"{row.Chinese}\".", cell.Text);
                break;
            case LabelMatchQuality.Similar:
                MarkRowMatched(row, CellProvenance.MatchedBySimilarity);
                Diagnostics.Add(ImportDiagnosticCodes.LabelSimilar, location,
                    $"标签“{cell.Text}”已损坏,按编号、在正式表格中的位置和相似度读作“{row}”。",
                    $"The label \"{cell.Text}\" is damaged; by its numbering, its place in the official order and its similarity it was read as \"{row}\".",
                    cell.Text, row.ToString(), cell.Text);
                break;
            case LabelMatchQuality.Variant:
                Diagnostics.Add(ImportDiagnosticCodes.LabelVariant, location,
                    $"标签“{cell.Text}”是“{row.Chinese}”的已知变体。",
                    $"The label \"{cell.Text}\" is a known variant of \"{row.Chinese}\".", cell.Text);
                break;
        }
    }

    /// <summary>Takes back a row assigned by position whose arithmetic did not agree: it counts as not found again.</summary>
    protected void Forget(RowLabel row)
    {
        _assigned.Remove(row.Key);
        _rowProvenance.Remove(row.Key);
    }

    /// <summary>Records that a row's label was not read exactly but matched by similarity or position: its cells get that provenance.</summary>
    protected void MarkRowMatched(RowLabel row, CellProvenance provenance) => _rowProvenance[row.Key] = provenance;

    /// <summary>Warns about every row of the table that was never found.</summary>
    protected void ReportMissingRows(Func<RowLabel, bool>? skip = null)
    {
        foreach (RowLabel row in Table.Rows)
        {
            if (row.IsOptional || WasFound(row) || (skip?.Invoke(row) ?? false))
            {
                continue;
            }

            Diagnostics.Add(ImportDiagnosticCodes.RowMissing,
                new ImportLocation { Table = Table.Table, Row = row.Key, Pointer = RowPointer(row) },
                $"{TableName}中没有找到“{row}”一行,其单元格留空。",
                $"The row \"{row}\" of {TableName} was not found; its cells are blank.");
        }
    }

    /// <summary>Marks a row as found but unreadable: its cells are blank and later values for it are ignored.</summary>
    protected void Poison(RowLabel row, IReadOnlyList<ColumnLabel>? columns = null)
    {
        _assigned[row.Key] = null;
        foreach (ColumnLabel column in columns ?? row.Columns)
        {
            string pointer = ReportPointers.Cell(Table, row, column);
            Context.Grid[pointer] = ReportCell.Blank;
            Context.Provenance[pointer] = CellProvenance.Unreadable;
        }
    }

    private (string Zh, string En) CellProblemMessage(string code, RowLabel row, ColumnLabel column, string text)
    {
        string where = $"{TableName}“{row}”—{column.Chinese}";
        string whereEn = $"{TableName} \"{row}\" — {column.Chinese}";
        return code switch
        {
            ImportDiagnosticCodes.CellOutOfRange => ($"{where}:“{text}”超出计数范围,可能是多个单元格的数字连在一起;留空。",
                $"{whereEn}: \"{text}\" is too large for a count, possibly the digits of several cells run together; left blank."),
            ImportDiagnosticCodes.CellNegative => ($"{where}:“{text}”为负数;留空。", $"{whereEn}: \"{text}\" is negative; left blank."),
            ImportDiagnosticCodes.CellNotInteger => ($"{where}:“{text}”不是整数;留空。", $"{whereEn}: \"{text}\" is not a whole number; left blank."),
            ImportDiagnosticCodes.CellWrongUnit => ($"{where}:“{text}”的单位与该列不符;留空。", $"{whereEn}: the unit of \"{text}\" does not fit the column; left blank."),
            ImportDiagnosticCodes.CellUnitUnknown => ($"{where}:金额“{text}”及其表头都没有注明单位(元或万元);留空。",
                $"{whereEn}: neither the amount \"{text}\" nor its header states the unit (元 or 万元); left blank."),
            _ => ($"{where}:“{text}”的数字可能连在一起或被拆开,无法可靠读取;留空。",
                $"{whereEn}: the digits of \"{text}\" look run together or split and cannot be read reliably; left blank."),
        };
    }

    private static bool SameValues(List<ReportCell> a, List<ReportCell> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Count; i++)
        {
            if (!a[i].Equals(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllBlank(List<SourceCell> cells, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            if (cells[i].Parsed.Kind != CellTextKind.Blank)
            {
                return false;
            }
        }

        return true;
    }
}
