using System.Collections.Generic;
using System.Runtime.CompilerServices;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Model;

/// <summary>JSON Pointers of rows and cells, built from the label catalogue's keys.</summary>
/// <remarks>
/// The pointers of a row and of its cells are built once per row label and kept beside it (the catalogue's labels live
/// as long as the process), so that an import does not build the same two hundred strings again; read only once built,
/// and safe to share between threads.
/// </remarks>
internal static class ReportPointers
{
    private static readonly ConditionalWeakTable<RowLabel, RowPointers> Built = new();

    public static string Row(TableLabel table, RowLabel row) => PointersOf(table, row).Row;

    public static string Cell(TableLabel table, RowLabel row, ColumnLabel column)
    {
        RowPointers pointers = PointersOf(table, row);
        return pointers.Cells.TryGetValue(column, out string? pointer) ? pointer : pointers.Row + "/" + column.Key;
    }

    private static RowPointers PointersOf(TableLabel table, RowLabel row)
    {
        RowPointers pointers = Built.GetValue(row, label => new RowPointers(table, label));

        // A row label belongs to one table; should another table name it, its pointer is built, not taken from the cache.
        return ReferenceEquals(pointers.Table, table) || pointers.Table.Key == table.Key ? pointers : new RowPointers(table, row);
    }

    private sealed class RowPointers
    {
        public RowPointers(TableLabel table, RowLabel row)
        {
            Table = table;
            Row = "/" + table.Key + "/" + row.Key;
            Cells = new Dictionary<ColumnLabel, string>(row.Columns.Count);
            foreach (ColumnLabel column in row.Columns)
            {
                Cells[column] = Row + "/" + column.Key;
            }
        }

        public TableLabel Table { get; }

        public string Row { get; }

        public Dictionary<ColumnLabel, string> Cells { get; }
    }
}
