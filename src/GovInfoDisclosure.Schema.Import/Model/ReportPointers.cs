using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Model;

/// <summary>JSON Pointers of rows and cells, built from the label catalogue's keys.</summary>
internal static class ReportPointers
{
    public static string Row(TableLabel table, RowLabel row) => "/" + table.Key + "/" + row.Key;

    public static string Cell(TableLabel table, RowLabel row, ColumnLabel column) => Row(table, row) + "/" + column.Key;
}
