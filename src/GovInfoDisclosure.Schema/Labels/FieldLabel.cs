namespace GovInfoDisclosure.Schema.Labels;

/// <summary>One field of the report document in one format: its JSON Pointer, labels, kind and place in the official order.</summary>
/// <remarks>Instances come from the <see cref="LabelCatalogue"/> and are immutable; equality is reference equality.</remarks>
public sealed class FieldLabel
{
    internal FieldLabel(int order, string pointer, string chinese, string english, FieldValueKind valueKind, bool isOptional, bool isNullable,
        TableLabel? table = null, RowLabel? row = null, ColumnLabel? column = null)
    {
        Order = order;
        Pointer = pointer;
        Chinese = chinese;
        English = english;
        ValueKind = valueKind;
        IsOptional = isOptional;
        IsNullable = isNullable;
        Table = table;
        Row = row;
        Column = column;
    }

    /// <summary>The 0-based position of the field in the catalogue: envelope, narrative, then 表二, 表三 and 表四 row by row, column by column.</summary>
    public int Order { get; }

    /// <summary>The JSON Pointer (RFC 6901) of the field, e.g. <c>/applications/results/withheld/stateSecret/naturalPerson</c>.</summary>
    public string Pointer { get; }

    /// <summary>
    /// The Chinese label: for a cell, the table, row and column labels, e.g.
    /// <c>表三 三、本年度办理结果 (三)不予公开 1.属于国家秘密 — 自然人</c>; otherwise the field's name, e.g. <c>发布机关</c>.
    /// </summary>
    public string Chinese { get; }

    /// <summary>The English name of the field.</summary>
    public string English { get; }

    /// <summary>What the field holds.</summary>
    public FieldValueKind ValueKind { get; }

    /// <summary>Whether the field may be absent from a document.</summary>
    public bool IsOptional { get; }

    /// <summary>Whether the field may be <c>null</c> (every cell may be blank).</summary>
    public bool IsNullable { get; }

    /// <summary>Whether the field is a table cell.</summary>
    public bool IsCell => Row is not null;

    /// <summary>The table of a cell; <see langword="null"/> for envelope and narrative fields.</summary>
    public TableLabel? Table { get; }

    /// <summary>The row of a cell; <see langword="null"/> for envelope and narrative fields.</summary>
    public RowLabel? Row { get; }

    /// <summary>The column of a cell; <see langword="null"/> for envelope and narrative fields.</summary>
    public ColumnLabel? Column { get; }

    /// <inheritdoc/>
    public override string ToString() => Pointer + " " + Chinese;
}
