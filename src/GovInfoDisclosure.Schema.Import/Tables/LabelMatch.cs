using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>The result of matching one label cell against a table's labels.</summary>
internal readonly struct LabelMatch
{
    public LabelMatch(LabelMatchKind kind, LabelMatchQuality quality = LabelMatchQuality.Exact, RowLabel? row = null,
        string? group = null, ColumnLabel? column = null)
    {
        Kind = kind;
        Quality = quality;
        Row = row;
        Group = group;
        Column = column;
    }

    public static LabelMatch None => default;

    public LabelMatchKind Kind { get; }

    public LabelMatchQuality Quality { get; }

    /// <summary>The row for <see cref="LabelMatchKind.Row"/> (and the subtotal row for <see cref="LabelMatchKind.Subtotal"/>, when the group is known).</summary>
    public RowLabel? Row { get; }

    /// <summary>The group key (the row-key prefix, e.g. <c>results/withheld</c>, or the normalised caption of 表二) for groups and subtotals; <see langword="null"/> for a bare 小计.</summary>
    public string? Group { get; }

    public ColumnLabel? Column { get; }
}
