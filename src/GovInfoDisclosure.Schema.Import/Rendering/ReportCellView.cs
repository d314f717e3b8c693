using System.Collections.Immutable;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Rendering;

/// <summary>
/// A report's cells as the renderers and the interop look them up: the cells <see cref="ReportCells"/> read, by JSON
/// Pointer, and which optional rows and columns the report has (any present cell).
/// </summary>
internal readonly struct ReportCellView
{
    private readonly ImmutableArray<ReportCell> _cells;

    private ReportCellView(CellLayout layout, ImmutableArray<ReportCell> cells)
    {
        Layout = layout;
        _cells = cells;
    }

    public CellLayout Layout { get; }

    public static ReportCellView Of(GovInfoReport report) => new(CellLayout.For(report.Format), ReportCells.Read(report));

    /// <summary>The cell at a pointer of the report's format (absent for a pointer the format does not have).</summary>
    public ReportCell this[string pointer] => Layout.TryGetIndex(pointer, out int index) ? _cells[index] : ReportCell.Absent;

    public ReportCell this[TableLabel table, RowLabel row, ColumnLabel column] => this["/" + table.Key + "/" + row.Key + "/" + column.Key];

    /// <summary>Whether the report has the row: any of its cells is present.</summary>
    public bool HasRow(TableLabel table, RowLabel row)
    {
        foreach (ColumnLabel column in row.Columns)
        {
            if (!this[table, row, column].IsAbsent)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the report has the column in any row of the table.</summary>
    public bool HasColumn(TableLabel table, string columnKey)
    {
        foreach (RowLabel row in table.Rows)
        {
            foreach (ColumnLabel column in row.Columns)
            {
                if (column.Key == columnKey && !this[table, row, column].IsAbsent)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
