using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Cells;

/// <summary>
/// Collects the cells of one report of a format, by JSON Pointer or by layout index, and which optional rows and
/// columns it has; <see cref="Build"/> turns them into a report through <see cref="ReportCells.Build"/>.
/// </summary>
/// <remarks>
/// <para>
/// This is the one mutable type of the core, for producers that discover cells one at a time (the importer, the
/// KIROGOVCOMPARE interop). It is not thread-safe; use one builder per report.
/// </para>
/// <para>
/// Every cell starts unset, and an unset cell of a present row is blank: unknown, never zero. An optional row (a group
/// subtotal) or optional column (法人或其他组织小计) is present only after <see cref="AddOptionalRow"/> or
/// <see cref="AddOptionalColumn"/>; values set in an optional row or column that was never added are left out of the
/// report.
/// </para>
/// </remarks>
public sealed class ReportCellBuilder
{
    private readonly ReportCell[] _cells;
    private readonly HashSet<string> _optionalRows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _optionalColumns = new(StringComparer.Ordinal);

    /// <summary>Creates a builder with every cell unset.</summary>
    /// <param name="format">The format of the report to build.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public ReportCellBuilder(ReportFormat format)
    {
        Layout = CellLayout.For(format);
        _cells = new ReportCell[Layout.Count];
    }

    /// <summary>The format of the report being built.</summary>
    public ReportFormat Format => Layout.Format;

    /// <summary>The cells of the format.</summary>
    public CellLayout Layout { get; }

    /// <summary>Whether any optional column was added.</summary>
    public bool HasOptionalColumns => _optionalColumns.Count > 0;

    /// <summary>The cell at a JSON Pointer: the value set, or <see cref="ReportCell.Blank"/> when none was.</summary>
    /// <param name="pointer">The cell's pointer, e.g. <c>/applications/newlyReceived/total</c>.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentException"><paramref name="pointer"/> names no cell of the format.</exception>
    public ReportCell this[string pointer]
    {
        get => this[IndexOf(pointer)];
        set => this[IndexOf(pointer)] = value;
    }

    /// <summary>The cell at a layout index: the value set, or <see cref="ReportCell.Blank"/> when none was.</summary>
    /// <param name="index">The index in <see cref="Layout"/>.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the layout.</exception>
    public ReportCell this[int index]
    {
        get => _cells[index].IsAbsent ? ReportCell.Blank : _cells[index];
        set => _cells[index] = value;
    }

    /// <summary>Marks an optional row (a group subtotal) as present.</summary>
    /// <param name="rowPointer">The row's pointer, e.g. <c>/applications/results/withheld/subtotal</c>.</param>
    public void AddOptionalRow(string rowPointer) => _optionalRows.Add(rowPointer ?? throw new ArgumentNullException(nameof(rowPointer)));

    /// <summary>Whether an optional row was marked present.</summary>
    /// <param name="rowPointer">The row's pointer.</param>
    /// <returns><see langword="true"/> when it was.</returns>
    public bool HasOptionalRow(string rowPointer) => _optionalRows.Contains(rowPointer);

    /// <summary>Marks an optional column of a table (法人或其他组织小计 of 表三) as present in every row.</summary>
    /// <param name="table">The table.</param>
    /// <param name="columnKey">The column's key, e.g. <c>legalPersonSubtotal</c>.</param>
    public void AddOptionalColumn(ReportTable table, string columnKey) =>
        _optionalColumns.Add(Key(table, columnKey ?? throw new ArgumentNullException(nameof(columnKey))));

    /// <summary>Whether an optional column was marked present.</summary>
    /// <param name="table">The table.</param>
    /// <param name="columnKey">The column's key.</param>
    /// <returns><see langword="true"/> when it was.</returns>
    public bool HasOptionalColumn(ReportTable table, string columnKey) => _optionalColumns.Contains(Key(table, columnKey));

    /// <summary>The cells as the report will have them: absent in optional rows and columns not added, blank where unset.</summary>
    /// <returns>A new array of <see cref="CellLayout.Count"/> cells.</returns>
    public ReportCell[] ToCells()
    {
        var cells = new ReportCell[_cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            FieldLabel field = Layout.Fields[i];
            bool present = (!field.Row!.IsOptional || _optionalRows.Contains("/" + field.Table!.Key + "/" + field.Row.Key))
                && (!field.Column!.IsOptional || _optionalColumns.Contains(Key(field.Table!.Table, field.Column.Key)));
            cells[i] = !present ? ReportCell.Absent : _cells[i].IsAbsent ? ReportCell.Blank : _cells[i];
        }

        return cells;
    }

    /// <summary>Builds the report (see <see cref="ReportCells.Build"/>); the envelope is empty.</summary>
    /// <returns>A report of <see cref="Format"/>.</returns>
    /// <exception cref="ArgumentException">A number does not fit its column.</exception>
    public GovInfoReport Build() => ReportCells.Build(Format, ToCells());

    private static string Key(ReportTable table, string columnKey) => ((int)table).ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + columnKey;

    private int IndexOf(string pointer)
    {
        int index = Layout.IndexOf(pointer);
        return index >= 0 ? index : throw new ArgumentException($"'{pointer}' is not a cell of format {(int)Format}.", nameof(pointer));
    }
}
