using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Labels;

/// <summary>
/// The label catalogue of one format: for every field of the report document its official Chinese label, English name,
/// place in the official row and column order, and JSON Pointer.
/// </summary>
/// <remarks>
/// <para>
/// This is the one place that knows the labels. Messages, schema titles, rendering and import read them from here.
/// The labels are those of the official templates as printed in real reports (formats.md §2–§3; ASCII parentheses and
/// colons, as the template is usually normalised). Where the template's wording is not verified, the variant seen most
/// is used and the others are listed in <see cref="RowLabel.Variants"/> / <see cref="ColumnLabel.Variants"/>.
/// </para>
/// <para>The catalogues are immutable and shared; every member is thread-safe.</para>
/// </remarks>
public sealed partial class LabelCatalogue
{
    private readonly Dictionary<string, FieldLabel> _byPointer;

    private LabelCatalogue(ReportFormat format, IReadOnlyList<SectionLabel> sections, IReadOnlyList<TableLabel> tables, IReadOnlyList<FieldLabel> fields)
    {
        Format = format;
        Sections = ReadOnlyLists.Copy(sections);
        Tables = ReadOnlyLists.Copy(tables);
        Fields = ReadOnlyLists.Copy(fields);
        _byPointer = new Dictionary<string, FieldLabel>(fields.Count, StringComparer.Ordinal);
        foreach (FieldLabel field in fields)
        {
            _byPointer.Add(field.Pointer, field);
        }
    }

    /// <summary>The catalogue of the current format (国办公开办函〔2021〕30号).</summary>
    public static LabelCatalogue Format2021 { get; } = Build(ReportFormat.Format2021);

    /// <summary>The catalogue of the legacy layout (国办公开办函〔2019〕60号).</summary>
    public static LabelCatalogue Format2019 { get; } = Build(ReportFormat.Format2019);

    /// <summary>The format this catalogue describes.</summary>
    public ReportFormat Format { get; }

    /// <summary>The six sections, 一 to 六.</summary>
    public IReadOnlyList<SectionLabel> Sections { get; }

    /// <summary>The three tables: 表二, 表三, 表四.</summary>
    public IReadOnlyList<TableLabel> Tables { get; }

    /// <summary>Every field of the document, in <see cref="FieldLabel.Order"/>.</summary>
    public IReadOnlyList<FieldLabel> Fields { get; }

    /// <summary>The catalogue of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Its catalogue.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static LabelCatalogue For(ReportFormat format) => format switch
    {
        ReportFormat.Format2021 => Format2021,
        ReportFormat.Format2019 => Format2019,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>The table of a kind.</summary>
    /// <param name="table">The table.</param>
    /// <returns>Its labels.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not a defined table.</exception>
    public TableLabel GetTable(ReportTable table)
    {
        foreach (TableLabel label in Tables)
        {
            if (label.Table == table)
            {
                return label;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(table), table, "Unknown table.");
    }

    /// <summary>Finds the field at a JSON Pointer.</summary>
    /// <param name="pointer">The JSON Pointer, e.g. <c>/applications/newlyReceived/total</c>.</param>
    /// <param name="field">The field, when there is one.</param>
    /// <returns>Whether the pointer names a field of this format.</returns>
    public bool TryGetField(string pointer, out FieldLabel field)
    {
        if (pointer is not null && _byPointer.TryGetValue(pointer, out FieldLabel? found))
        {
            field = found;
            return true;
        }

        field = null!;
        return false;
    }

    private static LabelCatalogue Build(ReportFormat format)
    {
        var builder = new Builder(format);
        builder.AddTable(format switch
        {
            ReportFormat.Format2021 => ProactiveDisclosure2021(),
            ReportFormat.Format2019 => ProactiveDisclosure2019(),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        });
        builder.AddTable(Applications(format));

        builder.AddTable(ReconsiderationAndLitigation());
        return builder.Build(StandardSections());
    }

    private sealed class Builder
    {
        private readonly ReportFormat _format;
        private readonly List<TableLabel> _tables = new();

        public Builder(ReportFormat format) => _format = format;

        public void AddTable(TableLabel table) => _tables.Add(table);

        public LabelCatalogue Build(IReadOnlyList<SectionLabel> sections)
        {
            var fields = new List<FieldLabel>();
            void Add(string pointer, string chinese, string english, FieldValueKind kind, bool optional, bool nullable) =>
                fields.Add(new FieldLabel(fields.Count, pointer, chinese, english, kind, optional, nullable));

            Add("/format", "格式版本", "Format", FieldValueKind.Format, optional: false, nullable: false);
            Add("/agency", "发布机关", "Agency", FieldValueKind.Text, optional: false, nullable: true);
            Add("/year", "报告年度", "Year reported on", FieldValueKind.Year, optional: false, nullable: false);
            Add("/publishedOn", "落款日期", "Date signed", FieldValueKind.Date, optional: true, nullable: true);
            Add("/narrative/preamble", "前言", "Preamble", FieldValueKind.Text, optional: true, nullable: true);
            foreach (SectionLabel section in sections)
            {
                Add("/narrative/" + section.NarrativeKey, section.Chinese, section.English, FieldValueKind.Text, optional: true, nullable: true);
            }

            Add("/narrative/closing", "落款", "Closing", FieldValueKind.Text, optional: true, nullable: true);

            foreach (TableLabel table in _tables)
            {
                foreach (RowLabel row in table.Rows)
                {
                    foreach (ColumnLabel column in row.Columns)
                    {
                        fields.Add(new FieldLabel(
                            fields.Count,
                            "/" + table.Key + "/" + row.Key + "/" + column.Key,
                            table.ShortChinese + " " + string.Join(" ", row.ChinesePath) + " — " + column.Chinese,
                            table.English + " — " + row.English + " — " + column.English,
                            column.ValueKind,
                            isOptional: row.IsOptional || column.IsOptional,
                            isNullable: true,
                            table,
                            row,
                            column));
                    }
                }
            }

            return new LabelCatalogue(_format, sections, _tables.ToArray(), fields.ToArray());
        }
    }
}
