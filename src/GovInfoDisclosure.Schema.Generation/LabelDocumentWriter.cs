using System.Linq;
using System.Text;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Generation;

/// <summary>Writes docs/labels.md: the label catalogue of both formats as tables, generated so it cannot drift.</summary>
internal static class LabelDocumentWriter
{
    public const string FileName = "labels.md";

    public static string Write()
    {
        var md = new StringBuilder();
        md.Append("# Label catalogue\n\n");
        md.Append("Generated from `LabelCatalogue` by `dotnet run --project src/GovInfoDisclosure.Schema.Generation`; do not edit.\n");
        md.Append("Every field of the canonical document, per format: its JSON Pointer, the official Chinese labels of its table,\n");
        md.Append("row and column, its English name and its place in the official order (row number / column number; `—` for\n");
        md.Append("rows and columns that only local templates print). Labels are written with ASCII parentheses and colons, as the\n");
        md.Append("templates are usually normalised; match them after removing white space and unifying punctuation.\n");
        foreach (LabelCatalogue catalogue in new[] { LabelCatalogue.Format2021, LabelCatalogue.Format2019 })
        {
            md.Append(catalogue.Format == ReportFormat.Format2021
                ? "\n## Format \"2021\" — 国办公开办函〔2021〕30号\n"
                : "\n## Format \"2019\" — 国办公开办函〔2019〕60号 (reports on 2019 and 2020)\n");
            md.Append("\n### Envelope and narrative\n\n| pointer | 中文 | English | optional |\n|---|---|---|---|\n");
            foreach (FieldLabel field in catalogue.Fields.Where(f => !f.IsCell))
            {
                md.Append($"| `{field.Pointer}` | {field.Chinese} | {field.English} | {(field.IsOptional ? "yes" : "no")} |\n");
            }

            foreach (TableLabel table in catalogue.Tables)
            {
                md.Append($"\n### {table.ShortChinese} {table.ChineseTitle} — {table.English}\n\n");
                if (table.HeaderNote is not null)
                {
                    md.Append($"Header note: {table.HeaderNote}\n\n");
                }

                md.Append("| row | row label | column | column label | pointer | kind |\n|---|---|---|---|---|---|\n");
                foreach (FieldLabel field in catalogue.Fields.Where(f => f.Table == table))
                {
                    RowLabel row = field.Row!;
                    ColumnLabel column = field.Column!;
                    string rowLabel = (row.BlockCaption is null ? string.Empty : row.BlockCaption + " ") + string.Join(" › ", row.ChinesePath.Where(p => p != row.BlockCaption));
                    string columnLabel = (column.ChineseGroup is null ? string.Empty : column.ChineseGroup + " › ") + column.Chinese;
                    md.Append($"| {row.OfficialNumber?.ToString() ?? "—"} | {rowLabel} | {column.OfficialNumber?.ToString() ?? "—"} | {columnLabel} | `{field.Pointer}` | {field.ValueKind}{(field.IsOptional ? ", optional" : string.Empty)} |\n");
                }
            }
        }

        return md.ToString();
    }
}
