namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>How a label matched.</summary>
internal enum LabelMatchQuality
{
    /// <summary>The official label, after normalisation (ordinals may differ).</summary>
    Exact,

    /// <summary>A known variant of the label (规范性文件 for 行政规范性文件).</summary>
    Variant,

    /// <summary>The official label followed by an annotation.</summary>
    Annotated,

    /// <summary>The start of the only label it can be (cut short or wrapped).</summary>
    Truncated,

    /// <summary>A fragment of a header cell.</summary>
    Fragment,

    /// <summary>A damaged label (characters lost, a piece of a wrapped label) most like exactly one row, with a compatible ordinal.</summary>
    Similar,
}
