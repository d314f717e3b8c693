using System;
using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Import.Model;

/// <summary>
/// The table cells of one report keyed by their JSON Pointer in the canonical document (e.g.
/// <c>/applications/results/granted/total</c>), plus which optional rows and columns the report has.
/// The importer fills it, <see cref="ReportAssembler"/> turns it into a report, and <see cref="GridReader"/> reads a
/// report back into one for the renderers and the interop.
/// </summary>
internal sealed class CellGrid
{
    private readonly Dictionary<string, GridCell> _cells = new(StringComparer.Ordinal);
    private readonly HashSet<string> _optionalRows = new(StringComparer.Ordinal);

    /// <summary>Whether the application table has the 法人或其他组织小计 column.</summary>
    public bool HasLegalPersonSubtotal { get; set; }

    public GridCell this[string pointer]
    {
        get => _cells.TryGetValue(pointer, out GridCell value) ? value : GridCell.Blank;
        set => _cells[pointer] = value;
    }

    /// <summary>Marks an optional row (a group subtotal) as present; its pointer is the row's, e.g. <c>/applications/results/withheld/subtotal</c>.</summary>
    public void AddOptionalRow(string rowPointer) => _optionalRows.Add(rowPointer);

    public bool HasOptionalRow(string rowPointer) => _optionalRows.Contains(rowPointer);
}
