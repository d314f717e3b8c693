namespace GovInfoDisclosure.Schema.Import.Text;

/// <summary>What the text of one table cell looks like.</summary>
internal enum CellTextKind
{
    /// <summary>Nothing printed (only whitespace or <c>&amp;nbsp;</c>).</summary>
    Blank,

    /// <summary>A number, possibly signed, with thousands separators or a unit (件, 元, 万元 …).</summary>
    Number,

    /// <summary>A mark printed instead of a number: <c>/</c>, <c>-</c>, <c>—</c>, <c>无</c>, <c>N/A</c> …</summary>
    Mark,

    /// <summary>Anything else: a label or prose.</summary>
    Text,
}
