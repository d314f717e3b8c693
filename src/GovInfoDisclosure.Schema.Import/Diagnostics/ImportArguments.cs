using System.Globalization;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Diagnostics;

/// <summary>
/// The template arguments of the import diagnostics: labels from the label catalogue in Chinese and English, printed source
/// text verbatim, numbers in the invariant culture. One place, so every code names a table, a row, a column or a cell alike.
/// </summary>
internal static class ImportArguments
{
    /// <summary>A value that reads the same in both languages: printed source text, a name, a number.</summary>
    public static DiagnosticArgument Text(string name, string value) => new(name, new BilingualText(value, value));

    /// <summary>A value in Chinese and English.</summary>
    public static DiagnosticArgument Text(string name, string zh, string en) => new(name, new BilingualText(zh, en));

    /// <summary>A whole number in the invariant culture.</summary>
    public static DiagnosticArgument Number(string name, long value) => Text(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>{table}</c>: 表三 / Applications table (the names the rule diagnostics use).</summary>
    public static DiagnosticArgument Table(TableLabel table) => new("table", TableName(table));

    /// <summary><c>{table}</c> of a table of the format's catalogue.</summary>
    public static DiagnosticArgument Table(ReportFormat format, ReportTable table) => Table(LabelCatalogue.For(format).GetTable(table));

    /// <summary><c>{row}</c>: 表三“三、本年度办理结果 (一)予以公开” / Applications table, row "Granted".</summary>
    public static DiagnosticArgument Row(TableLabel table, RowLabel row) =>
        new("row", new BilingualText(table.ShortChinese + "“" + row + "”", table.English + " table, row \"" + row.English + "\""));

    /// <summary><c>{row}</c> for a whole table whose rows cannot be told apart (e.g. 表四 read as one run).</summary>
    public static DiagnosticArgument WholeTable(TableLabel table) => new("row", TableName(table));

    /// <summary><c>{cell}</c>: 表三“…”—自然人 / Applications table, row "…", column Natural person.</summary>
    public static DiagnosticArgument Cell(TableLabel table, RowLabel row, ColumnLabel column) =>
        new("cell", new BilingualText(table.ShortChinese + "“" + row + "”—" + column.Chinese,
            table.English + " table, row \"" + row.English + "\", column " + column.English));

    /// <summary><c>{cell}</c> of a field of the catalogue, named by its catalogue labels (the pointer when it has none).</summary>
    public static DiagnosticArgument Cell(ReportFormat format, string pointer) =>
        LabelCatalogue.For(format).TryGetField(pointer, out FieldLabel field) && field.Table is { } table && field.Row is { } row && field.Column is { } column
            ? Cell(table, row, column)
            : Text("cell", pointer);

    /// <summary><c>{column}</c>: 自然人 / Natural person.</summary>
    public static DiagnosticArgument Column(ColumnLabel column) => new("column", new BilingualText(column.Chinese, column.English));

    /// <summary><c>{heading}</c>: a section's official heading, e.g. 五、存在的主要问题及改进情况 / Problems and improvements.</summary>
    public static DiagnosticArgument Heading(SectionLabel section) => new("heading", new BilingualText(section.Chinese, section.English));

    private static BilingualText TableName(TableLabel table) => new(table.ShortChinese, table.English + " table");
}
