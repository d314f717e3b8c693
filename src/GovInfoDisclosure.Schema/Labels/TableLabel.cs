using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Labels;

/// <summary>One of the three tables of a format: its titles and its rows in the official order.</summary>
/// <remarks>Instances come from the <see cref="LabelCatalogue"/> and are immutable; equality is reference equality.</remarks>
public sealed class TableLabel
{
    internal TableLabel(ReportTable table, string key, string chineseTitle, string shortChinese, string english, IReadOnlyList<RowLabel> rows, string? headerNote)
    {
        Table = table;
        Key = key;
        ChineseTitle = chineseTitle;
        ShortChinese = shortChinese;
        English = english;
        Rows = ReadOnlyLists.Copy(rows);
        HeaderNote = headerNote;
    }

    /// <summary>Which table this is.</summary>
    public ReportTable Table { get; }

    /// <summary>The JSON property of the table in the document, e.g. <c>applications</c>.</summary>
    public string Key { get; }

    /// <summary>The section heading that holds the table, e.g. <c>三、收到和处理政府信息公开申请情况</c>.</summary>
    public string ChineseTitle { get; }

    /// <summary>The short name used in messages: <c>表二</c>, <c>表三</c> or <c>表四</c>.</summary>
    public string ShortChinese { get; }

    /// <summary>The English name of the table.</summary>
    public string English { get; }

    /// <summary>The rows, in the official order; optional rows stand after the rows of their group.</summary>
    public IReadOnlyList<RowLabel> Rows { get; }

    /// <summary>The note the official table prints in its header, if any (表三 states its own arithmetic there).</summary>
    public string? HeaderNote { get; }

    /// <inheritdoc/>
    public override string ToString() => ChineseTitle;
}
