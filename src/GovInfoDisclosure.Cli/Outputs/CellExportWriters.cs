using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using GovInfoDisclosure.Schema.Cells;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace GovInfoDisclosure.Cli.Outputs;

/// <summary>
/// Writes the cell export (<see cref="CellRows"/>) as CSV (Sep, UTF-8 with BOM), XLSX (Open XML SDK, streaming) or Parquet
/// (Parquet.Net, one row group per <see cref="RowGroupSize"/> rows, written as they fill): row by row, so memory stays flat.
/// </summary>
internal static class CellExportWriters
{
    /// <summary>The rows of one Parquet row group.</summary>
    public const int RowGroupSize = 100_000;

    /// <summary>The columns of the long export.</summary>
    public static readonly string[] LongColumns =
    {
        "file", "agency", "year", "format", "table", "table_zh", "pointer", "row_zh", "column_zh", "value", "kind", "mark", "provenance",
    };

    /// <summary>The leading columns of the wide export, before one column per cell pointer.</summary>
    public static readonly string[] WideLeadingColumns = { "file", "agency", "year", "format" };

    public static void LongCsv(TextWriter text, IEnumerable<CellRow> rows)
    {
        using SepWriter writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text);
        foreach (string column in LongColumns)
        {
            writer.Header.Add(column);
        }

        foreach (CellRow cell in rows)
        {
            using SepWriter.Row row = writer.NewRow();
            row["file"].Set(cell.File);
            row["agency"].Set(cell.Agency ?? string.Empty);
            row["year"].Set(cell.Year.ToString(CultureInfo.InvariantCulture));
            row["format"].Set(cell.Format);
            row["table"].Set(cell.Table);
            row["table_zh"].Set(cell.TableZh);
            row["pointer"].Set(cell.Pointer);
            row["row_zh"].Set(cell.RowZh);
            row["column_zh"].Set(cell.ColumnZh);
            row["value"].Set(cell.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            row["kind"].Set(cell.Kind);
            row["mark"].Set(cell.Mark ?? string.Empty);
            row["provenance"].Set(cell.Provenance);
        }

        writer.Flush();
    }

    public static void WideCsv(TextWriter text, IEnumerable<WideRow> rows)
    {
        using SepWriter writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text);
        foreach (string column in WideLeadingColumns)
        {
            writer.Header.Add(column);
        }

        foreach (string pointer in CellRows.WideColumns)
        {
            writer.Header.Add(pointer);
        }

        foreach (WideRow report in rows)
        {
            using SepWriter.Row row = writer.NewRow();
            row[0].Set(report.File);
            row[1].Set(report.Agency ?? string.Empty);
            row[2].Set(report.Year.ToString(CultureInfo.InvariantCulture));
            row[3].Set(report.Format);
            for (int i = 0; i < report.Cells.Length; i++)
            {
                row[WideLeadingColumns.Length + i].Set(Text(report.Cells[i]));
            }
        }

        writer.Flush();
    }

    public static void LongXlsx(Stream stream, IEnumerable<CellRow> rows) =>
        XlsxWriter.Write(stream, new[] { new XlsxSheet("单元格 Cells", LongColumns, LongXlsxRows(rows)) });

    public static void WideXlsx(Stream stream, IEnumerable<WideRow> rows)
    {
        var header = new List<string>(WideLeadingColumns);
        header.AddRange(CellRows.WideColumns);
        XlsxWriter.Write(stream, new[] { new XlsxSheet("报告 Reports", header, WideXlsxRows(rows)) });
    }

    public static async Task LongParquet(Stream stream, IEnumerable<CellRow> rows)
    {
        var fields = new DataField[]
        {
            new DataField<string>("file"), new DataField<string>("agency"), new DataField<int>("year"), new DataField<string>("format"),
            new DataField<string>("table"), new DataField<string>("table_zh"), new DataField<string>("pointer"), new DataField<string>("row_zh"),
            new DataField<string>("column_zh"), new DataField<decimal?>("value"), new DataField<string>("kind"), new DataField<string>("mark"),
            new DataField<string>("provenance"),
        };
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).ConfigureAwait(false);
        var batch = new List<CellRow>(RowGroupSize);
        bool written = false;
        foreach (CellRow row in rows)
        {
            batch.Add(row);
            if (batch.Count == RowGroupSize)
            {
                await WriteLongGroup(writer, fields, batch).ConfigureAwait(false);
                written = true;
                batch.Clear();
            }
        }

        if (batch.Count > 0 || !written)
        {
            await WriteLongGroup(writer, fields, batch).ConfigureAwait(false);
        }
    }

    public static async Task WideParquet(Stream stream, IEnumerable<WideRow> rows)
    {
        var fields = new List<DataField> { new DataField<string>("file"), new DataField<string>("agency"), new DataField<int>("year"), new DataField<string>("format") };
        foreach (string pointer in CellRows.WideColumns)
        {
            fields.Add(new DataField<decimal?>(pointer));
        }

        await using ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields.ToArray()), stream).ConfigureAwait(false);
        int groupSize = Math.Max(1, RowGroupSize / 100);
        var batch = new List<WideRow>(groupSize);
        bool written = false;
        foreach (WideRow row in rows)
        {
            batch.Add(row);
            if (batch.Count == groupSize)
            {
                await WriteWideGroup(writer, fields, batch).ConfigureAwait(false);
                written = true;
                batch.Clear();
            }
        }

        if (batch.Count > 0 || !written)
        {
            await WriteWideGroup(writer, fields, batch).ConfigureAwait(false);
        }
    }

    private static async Task WriteLongGroup(ParquetWriter writer, DataField[] fields, List<CellRow> batch)
    {
        int n = batch.Count;
        var text = new string[fields.Length][];
        var years = new int[n];
        var values = new decimal?[n];
        foreach (int column in new[] { 0, 1, 3, 4, 5, 6, 7, 8, 10, 11, 12 })
        {
            text[column] = new string[n];
        }

        for (int i = 0; i < n; i++)
        {
            CellRow row = batch[i];
            text[0][i] = row.File;
            text[1][i] = row.Agency!; // a null agency is a null in the nullable column
            years[i] = row.Year;
            text[3][i] = row.Format;
            text[4][i] = row.Table;
            text[5][i] = row.TableZh;
            text[6][i] = row.Pointer;
            text[7][i] = row.RowZh;
            text[8][i] = row.ColumnZh;
            values[i] = row.Value;
            text[10][i] = row.Kind;
            text[11][i] = row.Mark!; // null when the cell is not a mark
            text[12][i] = row.Provenance;
        }

        using ParquetRowGroupWriter group = writer.CreateRowGroup();
        for (int column = 0; column < fields.Length; column++)
        {
            if (column == 2)
            {
                await group.WriteAsync(fields[column], new ReadOnlyMemory<int>(years)).ConfigureAwait(false);
            }
            else if (column == 9)
            {
                await group.WriteAsync(fields[column], new ReadOnlyMemory<decimal?>(values)).ConfigureAwait(false);
            }
            else
            {
                await group.WriteAsync(fields[column], text[column]).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteWideGroup(ParquetWriter writer, List<DataField> fields, List<WideRow> batch)
    {
        int n = batch.Count;
        var files = new string[n];
        var agencies = new string[n];
        var years = new int[n];
        var formats = new string[n];
        for (int i = 0; i < n; i++)
        {
            files[i] = batch[i].File;
            agencies[i] = batch[i].Agency!; // a null agency is a null in the nullable column
            years[i] = batch[i].Year;
            formats[i] = batch[i].Format;
        }

        using ParquetRowGroupWriter group = writer.CreateRowGroup();
        await group.WriteAsync(fields[0], files).ConfigureAwait(false);
        await group.WriteAsync(fields[1], agencies).ConfigureAwait(false);
        await group.WriteAsync(fields[2], new ReadOnlyMemory<int>(years)).ConfigureAwait(false);
        await group.WriteAsync(fields[3], formats).ConfigureAwait(false);
        var values = new decimal?[n];
        for (int column = 0; column < CellRows.WideColumns.Count; column++)
        {
            for (int i = 0; i < n; i++)
            {
                values[i] = batch[i].Cells[column].Value;
            }

            await group.WriteAsync(fields[WideLeadingColumns.Length + column], new ReadOnlyMemory<decimal?>(values)).ConfigureAwait(false);
        }
    }

    private static IEnumerable<XlsxRow> LongXlsxRows(IEnumerable<CellRow> rows)
    {
        foreach (CellRow row in rows)
        {
            yield return new XlsxRow(new object?[]
            {
                row.File, row.Agency, row.Year, row.Format, row.Table, row.TableZh, row.Pointer, row.RowZh, row.ColumnZh, row.Value, row.Kind, row.Mark,
                row.Provenance,
            }, 12, row.Provenance == "unreadable" ? XlsxHighlight.Grey : row.Provenance is "matched" or "inferred" ? XlsxHighlight.Warn : XlsxHighlight.None);
        }
    }

    private static IEnumerable<XlsxRow> WideXlsxRows(IEnumerable<WideRow> rows)
    {
        foreach (WideRow row in rows)
        {
            var values = new object?[WideLeadingColumns.Length + row.Cells.Length];
            values[0] = row.File;
            values[1] = row.Agency;
            values[2] = row.Year;
            values[3] = row.Format;
            for (int i = 0; i < row.Cells.Length; i++)
            {
                ReportCell cell = row.Cells[i];
                values[WideLeadingColumns.Length + i] = cell.IsNumber ? cell.Number : cell.IsMark ? cell.Mark : null;
            }

            yield return new XlsxRow(values);
        }
    }

    /// <summary>A cell as text: the number, the mark, or empty (blank or absent).</summary>
    private static string Text(ReportCell cell) => cell.IsNumber ? cell.Number.ToString(CultureInfo.InvariantCulture) : cell.IsMark ? cell.Mark ?? string.Empty : string.Empty;
}
