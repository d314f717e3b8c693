using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Sources;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>
/// Reads 表四 (行政复议、行政诉讼): identified by its shape, 15 values after the headers (which are often truncated to
/// 结果 | 结果 | 其他 | 尚未), in the fixed order 行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5. A layout that prints one
/// row of 5 values per kind of case (行政复议 | v | v | v | v | v) is read by its row labels.
/// </summary>
internal sealed class ReconsiderationInterpreter : TableInterpreter
{
    private const int Width = 15;

    public ReconsiderationInterpreter(ImportContext context)
        : base(context, LabelCatalogue.For(context.Format).GetTable(ReportTable.ReconsiderationAndLitigation))
    {
    }

    public override void Interpret(IReadOnlyList<RawRow> rows)
    {
        IReadOnlyList<RowLabel> tableRows = Table.Rows;
        RowLabel? heading = null;
        foreach (RawRow raw in rows)
        {
            LabelMatch last = LabelMatch.None;
            foreach (SourceCell cell in raw.Labels)
            {
                last = Matcher.Match(cell.Text, headerContext: true);
                if (last.Kind == LabelMatchKind.Row && raw.Values.Count == 0)
                {
                    // 表四 split into three small tables under the headings 行政复议 / 未经复议直接起诉 / 复议后起诉.
                    heading = last.Row;
                }

                if (last.Kind == LabelMatchKind.None)
                {
                    ReportUnknownText(cell);
                }
                else if (last.Quality == LabelMatchQuality.Fragment)
                {
                    Diagnostics.AddTemplated(ImportDiagnosticCodes.HeaderFragment, new ImportLocation { Line = cell.Line, Table = Table.Table }, new[]
                    {
                        ImportArguments.Text("text", cell.Text),
                        ImportArguments.Text("outcome", "不完整（换行或截断），表四按固定列序读取",
                            "is wrapped or cut short; the review and litigation table is read in its fixed column order"),
                    }, cell.Text);
                }
            }

            // Blank cells after header labels in a grid are fillers, unless they are a row of 5 after a row label alone (a
            // header row whose merged cells a converter expanded, 行政复议 | | | | | 行政诉讼 | …, has several labels).
            if (raw.Values.Count == 0 || (raw.Labels.Count > 0 && raw.IsBlankFiller && !(last.Kind == LabelMatchKind.Row && raw.Values.Count == 5 && raw.Labels.Count == 1)))
            {
                continue;
            }

            if (raw.Labels.Count == 0 && heading is { } under && !WasFound(under) && Align(raw, under.Columns.Count) is { } small)
            {
                AssignValues(under, small, raw, under.Columns, null);
                heading = null;
            }
            else if (Align(raw, Width) is { } all)
            {
                for (int r = 0; r < tableRows.Count; r++)
                {
                    RowLabel row = tableRows[r];
                    var slice = new List<SourceCell>(row.Columns.Count);
                    for (int c = 0; c < row.Columns.Count; c++)
                    {
                        slice.Add(all[(r * row.Columns.Count) + c]);
                    }

                    AssignValues(row, slice, raw, row.Columns, null);
                }
            }
            else if (last.Kind == LabelMatchKind.Row && last.Row is { } single && Align(raw, single.Columns.Count) is { } values)
            {
                AssignValues(single, values, raw, single.Columns, null);
            }
            else if (last.Kind == LabelMatchKind.Row && last.Row is { } labelled)
            {
                ReportAmbiguous(labelled, raw, labelled.Columns.Count);
            }
            else
            {
                Diagnostics.AddTemplated(ImportDiagnosticCodes.RowAmbiguous, new ImportLocation { Line = raw.Line, Table = Table.Table, Pointer = "/" + Table.Key },
                    new[]
                    {
                        ImportArguments.WholeTable(Table),
                        ImportArguments.Text("detail", "（行无法区分，整张表留空）", " (its rows cannot be told apart: the whole table is left blank)"),
                    }, raw.RawText, Width, raw.Values.Count);
                foreach (RowLabel row in tableRows)
                {
                    Poison(row);
                }
            }
        }

        ReportMissingRows();
    }
}
