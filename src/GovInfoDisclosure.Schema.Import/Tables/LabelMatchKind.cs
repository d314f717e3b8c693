namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>What a label cell of a table turned out to be.</summary>
internal enum LabelMatchKind
{
    /// <summary>Not a label of this table.</summary>
    None,

    /// <summary>A data row's own label.</summary>
    Row,

    /// <summary>A group label (三、本年度办理结果, (三)不予公开, 第二十条第(一)项, 行政诉讼).</summary>
    Group,

    /// <summary>A subtotal row of a group ((三)不予公开小计, or 小计 under the current group).</summary>
    Subtotal,

    /// <summary>A column header with a known column.</summary>
    Column,

    /// <summary>Header text that names no single column (申请人情况, 法人或其他组织, 信息内容, the header note, a fragment).</summary>
    Header,
}
