namespace GovInfoDisclosure.Schema.Cells;

/// <summary>What a table cell of a published report holds.</summary>
/// <remarks>
/// Published reports print more than numbers: many leave cells blank (often meaning zero, but the report does not say so)
/// and some print a mark such as <c>/</c>, <c>-</c>, <c>—</c> or <c>无</c>. A cell keeps what was printed, so that
/// <c>0</c>, a blank and <c>"/"</c> stay distinguishable. <see cref="Blank"/> is the default value of every cell type:
/// a cell nobody filled in is unknown, never zero.
/// </remarks>
public enum CellKind
{
    /// <summary>The cell was left blank (JSON <c>null</c>). Its value is unknown. This is the default.</summary>
    Blank = 0,

    /// <summary>The cell holds a number (JSON number).</summary>
    Number = 1,

    /// <summary>The source printed a mark instead of a number, kept verbatim (JSON string), e.g. <c>"/"</c> or <c>"无"</c>.</summary>
    Mark = 2,
}
