using System.Collections.Generic;
using System.Collections.ObjectModel;
using GovInfoDisclosure.Schema.Import.Model;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>Completes the provenance of an import: every cell the document has, in catalogue order; cells never written are unreadable.</summary>
internal static class ProvenanceMap
{
    public static IReadOnlyDictionary<string, CellProvenance> Complete(ImportContext context)
    {
        var map = new Dictionary<string, CellProvenance>(context.Provenance.Count + 32, System.StringComparer.Ordinal);
        foreach (TableLabel table in LabelCatalogue.For(context.Format).Tables)
        {
            foreach (RowLabel row in table.Rows)
            {
                if (row.IsOptional && !context.Grid.HasOptionalRow(ReportPointers.Row(table, row)))
                {
                    continue;
                }

                foreach (ColumnLabel column in row.Columns)
                {
                    if (column.IsOptional && !context.Grid.HasOptionalColumn(table.Table, column.Key))
                    {
                        continue;
                    }

                    string pointer = ReportPointers.Cell(table, row, column);
                    map[pointer] = context.Provenance.TryGetValue(pointer, out CellProvenance provenance) ? provenance : CellProvenance.Unreadable;
                }
            }
        }

        return new ReadOnlyDictionary<string, CellProvenance>(map);
    }
}
