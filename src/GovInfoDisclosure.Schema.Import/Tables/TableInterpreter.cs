using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
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
        Matcher = LabelMatcher.For(table);
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
        // One cell per line with blank cells as lone "|" lines: those after the last printed cell complete the row, all of
        // them or all but the one that closes a narrower row. The site keeps its blank cells, so a row is never short.
        int missing = expected - values.Count;
        if ((!raw.IsGrid && values.Count > 0 && missing > 0 && missing == raw.TrailingBlanks)
            || (raw.TrailingBlankLines > 0 && missing > 0 && (missing == raw.TrailingBlankLines || missing == raw.TrailingBlankLines - 1)))
        {
            var padded = new List<SourceCell>(values);
            int line = values.Count > 0 ? values[values.Count - 1].Line : raw.LabelLine;
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
                    return ByLabelColumns(raw, expected);
                }
            }
        }

        return leading ?? trailing ?? ByLabelColumns(raw, expected);
    }

    /// <summary>
    /// A grid row whose extra blank cells could be read either way: placed by the grid's label columns (learnt from its
    /// rows that fill them, <see cref="RawRow.GridLabelColumns"/>) when the cells before and after the values are blank.
    /// </summary>
    private static List<SourceCell>? ByLabelColumns(RawRow raw, int expected)
    {
        int extra = raw.Values.Count - expected;
        int skip = raw.GridLabelColumns - raw.GridValueStart;
        if (raw.GridLabelColumns == 0 || skip < 0 || skip > extra
            || !AllBlank(raw.Values, 0, skip) || !AllBlank(raw.Values, skip + expected, extra - skip))
        {
            return null;
        }

        return raw.Values.GetRange(skip, expected);
    }

    /// <summary>
    /// Whether <paramref name="label"/> is the row's own label and the row's cells are all lone <c>|</c> lines (a row
    /// printed blank, one cell per line): its cells are read as blanks when their number fits (<see cref="Align"/>).
    /// </summary>
    protected static bool OnlyBlankCellLines(RawRow raw, SourceCell label) =>
        raw.Values.Count == 0 && raw.TrailingBlankLines > 0 && raw.Labels.Count > 0 && ReferenceEquals(raw.Labels[raw.Labels.Count - 1], label);

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

    /// <summary>Reports a row whose values cannot be assigned to its columns, and leaves its cells blank.</summary>
    /// <param name="row">The row.</param>
    /// <param name="raw">The row as printed.</param>
    /// <param name="expected">The number of value cells the row should have.</param>
    /// <param name="detail">Why, when the count alone does not say it (<c>{detail}</c> of the template); none otherwise.</param>
    protected void ReportAmbiguous(RowLabel row, RawRow raw, int expected, DiagnosticArgument? detail = null)
    {
        Diagnostics.AddTemplated(ImportDiagnosticCodes.RowAmbiguous,
            new ImportLocation { Line = raw.LabelLine, Table = Table.Table, Row = row.Key, Pointer = RowPointer(row) },
            new[] { ImportArguments.Row(Table, row), detail ?? NoDetail }, raw.RawText, expected, raw.Values.Count);
        Poison(row);
    }

    /// <summary>The empty <c>{detail}</c> of <see cref="ImportDiagnosticCodes.RowAmbiguous"/> when the cell count says it all.</summary>
    protected static DiagnosticArgument NoDetail { get; } = ImportArguments.Text("detail", string.Empty);

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
                Diagnostics.AddTemplated(problem, location, new[] { ImportArguments.Cell(Table, row, column), ImportArguments.Text("text", cell.Text) }, cell.Text);
            }
            else if (reading.Note is { } note)
            {
                Diagnostics.AddTemplated(note, location, new[] { ImportArguments.Cell(Table, row, column), ImportArguments.Text("text", cell.Text) }, cell.Text,
                    actual: reading.Value.Value);
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
                Diagnostics.AddTemplated(ImportDiagnosticCodes.RowRepeated, location, new[] { ImportArguments.Row(Table, row) }, raw.RawText);
            }
            else
            {
                Diagnostics.AddTemplated(ImportDiagnosticCodes.RowConflict, location, new[]
                {
                    ImportArguments.Row(Table, row),
                    ImportArguments.Text("first", string.Join(" | ", earlier)),
                    ImportArguments.Text("second", string.Join(" | ", read)),
                }, raw.RawText);
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
        Diagnostics.AddTemplated(ImportDiagnosticCodes.ExtraRow, new ImportLocation { Line = label.Line, Table = Table.Table },
            new[] { ImportArguments.Table(Table), ImportArguments.Text("text", label.Text) }, raw.RawText);
    }

    protected void ReportUnknownText(SourceCell cell) =>
        ReportUnknownText(cell.Line, cell.Text, ImportArguments.Text("why", "既不是已知标签，也没有数值", "neither a known label nor followed by values"));

    /// <summary>Reports text of the table that was ignored, and why (<c>{why}</c> of the template).</summary>
    protected void ReportUnknownText(int line, string text, DiagnosticArgument why) =>
        Diagnostics.AddTemplated(ImportDiagnosticCodes.UnknownTableText, new ImportLocation { Line = line, Table = Table.Table },
            new[] { ImportArguments.Table(Table), ImportArguments.Text("text", text), why }, text);

    protected void ReportLabelQuality(LabelMatch match, SourceCell cell)
    {
        if (match.Row is not { } row)
        {
            return;
        }

        var location = new ImportLocation { Line = cell.Line, Table = Table.Table, Row = row.Key, Pointer = RowPointer(row) };
        DiagnosticArgument[] arguments = { ImportArguments.Text("text", cell.Text), ImportArguments.Row(Table, row) };
        switch (match.Quality)
        {
            case LabelMatchQuality.Annotated:
                Diagnostics.AddTemplated(ImportDiagnosticCodes.LabelAnnotated, location, arguments, cell.Text);
                break;
            case LabelMatchQuality.Truncated:
                Diagnostics.AddTemplated(ImportDiagnosticCodes.LabelTruncated, location, arguments, cell.Text);
                break;
            case LabelMatchQuality.Similar:
                MarkRowMatched(row, CellProvenance.MatchedBySimilarity);
                Diagnostics.AddTemplated(ImportDiagnosticCodes.LabelSimilar, location,
                    new[] { arguments[0], arguments[1], ImportArguments.Text("how", "按编号、在官方顺序中的位置和相似度", "by its numbering, its place in the official order and its similarity") },
                    cell.Text);
                break;
            case LabelMatchQuality.Variant:
                Diagnostics.AddTemplated(ImportDiagnosticCodes.LabelVariant, location, arguments, cell.Text);
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

            Diagnostics.AddTemplated(ImportDiagnosticCodes.RowMissing,
                new ImportLocation { Table = Table.Table, Row = row.Key, Pointer = RowPointer(row) }, new[] { ImportArguments.Row(Table, row) });
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
