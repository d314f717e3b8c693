using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Labels;

/// <summary>A row of a table: its place in the official order, its Chinese labels and its columns.</summary>
/// <remarks>
/// Instances come from the <see cref="LabelCatalogue"/> and are immutable; equality is reference equality.
/// In 表四 the three blocks (行政复议, and the two kinds of 行政诉讼) are modelled as rows of five columns each, although
/// the official table prints them side by side in a single row of fifteen cells.
/// </remarks>
public sealed class RowLabel
{
    internal RowLabel(ReportTable table, string key, IReadOnlyList<string> chinesePath, string shortChinese, string english,
        int? officialNumber, IReadOnlyList<ColumnLabel> columns, string? blockCaption = null, bool isOptional = false,
        IReadOnlyList<string>? variants = null)
    {
        Table = table;
        Key = key;
        ChinesePath = ReadOnlyLists.Copy(chinesePath);
        ShortChinese = shortChinese;
        English = english;
        OfficialNumber = officialNumber;
        Columns = ReadOnlyLists.Copy(columns);
        BlockCaption = blockCaption;
        IsOptional = isOptional;
        Variants = ReadOnlyLists.Copy(variants ?? System.Array.Empty<string>());
    }

    /// <summary>The table the row belongs to.</summary>
    public ReportTable Table { get; }

    /// <summary>The JSON path of the row below its table, e.g. <c>results/withheld/stateSecret</c>.</summary>
    public string Key { get; }

    /// <summary>The official Chinese label of the row itself, e.g. <c>1.属于国家秘密</c>.</summary>
    public string Chinese => ChinesePath[ChinesePath.Count - 1];

    /// <summary>The merged labels from the outermost to the row's own, e.g. <c>三、本年度办理结果</c>, <c>(三)不予公开</c>, <c>1.属于国家秘密</c>.</summary>
    public IReadOnlyList<string> ChinesePath { get; }

    /// <summary>A short Chinese name for messages, e.g. <c>本年新收</c>.</summary>
    public string ShortChinese { get; }

    /// <summary>The English name of the row.</summary>
    public string English { get; }

    /// <summary>The 1-based number of the row in the official table; <see langword="null"/> for rows it lacks (subtotal rows of local templates).</summary>
    public int? OfficialNumber { get; }

    /// <summary>The caption of the block holding the row in 表二, e.g. <c>第二十条第(一)项</c>; <see langword="null"/> elsewhere.</summary>
    public string? BlockCaption { get; }

    /// <summary>The columns of the row, in the official order (optional columns last).</summary>
    public IReadOnlyList<ColumnLabel> Columns { get; }

    /// <summary>Whether the row may be absent (subtotal rows).</summary>
    public bool IsOptional { get; }

    /// <summary>Other labels printed for the same row in real reports (normalised, without spaces).</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Join(" ", ChinesePath);
}
