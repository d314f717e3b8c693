using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovInfoDisclosure.Cli.Outputs;

/// <summary>The style of a row's highlighted cell in a sheet written by <see cref="XlsxWriter"/>.</summary>
internal enum XlsxHighlight
{
    /// <summary>No highlight.</summary>
    None = 0,

    /// <summary>A failing verdict or an error: red.</summary>
    Fail = 1,

    /// <summary>An incomplete verdict or a warning: amber.</summary>
    Warn = 2,

    /// <summary>Unreadable: grey.</summary>
    Grey = 3,

    /// <summary>Valid: green.</summary>
    Pass = 4,
}

/// <summary>One row of a sheet: its values (text, <see cref="decimal"/>, <see cref="long"/>, <see cref="int"/> or <see langword="null"/>) and which column is highlighted how.</summary>
/// <param name="Values">The cells, in column order.</param>
/// <param name="HighlightColumn">The 0-based column to colour, or -1.</param>
/// <param name="Highlight">Its colour.</param>
internal readonly record struct XlsxRow(object?[] Values, int HighlightColumn = -1, XlsxHighlight Highlight = XlsxHighlight.None);

/// <summary>One sheet: its name, header and rows (enumerated once, lazily, while the sheet is written).</summary>
/// <param name="Name">The sheet name (at most 31 characters).</param>
/// <param name="Header">The header row (bold, frozen, with filters).</param>
/// <param name="Rows">The data rows.</param>
internal sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IEnumerable<XlsxRow> Rows);

/// <summary>
/// Writes a workbook with the Open XML SDK's streaming writer (<see cref="OpenXmlWriter"/>): sheets one after the other, rows as
/// they are enumerated, text as inline strings (no shared-string table in memory), so memory stays flat however many rows. Each
/// sheet has its header row bold and frozen and an auto-filter over its rows.
/// </summary>
internal static class XlsxWriter
{
    /// <summary>The most rows a worksheet holds (the header included).</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>Writes the workbook; returns the number of data rows written per sheet.</summary>
    /// <exception cref="XlsxTooManyRowsException">A sheet has more rows than a worksheet holds.</exception>
    public static void Write(Stream stream, IReadOnlyList<XlsxSheet> sheets)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        WorkbookPart workbook = document.AddWorkbookPart();
        WorkbookStylesPart styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        styles.Stylesheet.Save();
        var sheetList = new Sheets();
        var names = new DefinedNames();
        uint id = 1;
        foreach (XlsxSheet sheet in sheets)
        {
            WorksheetPart part = workbook.AddNewPart<WorksheetPart>();
            long rows = WriteSheet(part, sheet);
            sheetList.Append(new Sheet { Name = sheet.Name, SheetId = id, Id = workbook.GetIdOfPart(part) });
            names.Append(new DefinedName("'" + sheet.Name.Replace("'", "''") + "'!$A$1:$" + Column(sheet.Header.Count - 1) + "$" + (rows + 1).ToString(CultureInfo.InvariantCulture))
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = id - 1,
                Hidden = true,
            });
            id++;
        }

        workbook.Workbook = new Workbook(sheetList, names);
        workbook.Workbook.Save();
    }

    private static long WriteSheet(WorksheetPart part, XlsxSheet sheet)
    {
        using OpenXmlWriter writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0U, TabSelected = false }));
        writer.WriteStartElement(new SheetData());
        long index = 1;
        WriteRow(writer, index, ToValues(sheet.Header), 1U, -1, XlsxHighlight.None);
        foreach (XlsxRow row in sheet.Rows)
        {
            index++;
            if (index > MaxRows)
            {
                throw new XlsxTooManyRowsException(sheet.Name);
            }

            WriteRow(writer, index, row.Values, 0U, row.HighlightColumn, row.Highlight);
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = "A1:" + Column(sheet.Header.Count - 1) + index.ToString(CultureInfo.InvariantCulture) });
        writer.WriteEndElement();
        return index - 1;
    }

    private static object?[] ToValues(IReadOnlyList<string> header)
    {
        var values = new object?[header.Count];
        for (int i = 0; i < header.Count; i++)
        {
            values[i] = header[i];
        }

        return values;
    }

    private static void WriteRow(OpenXmlWriter writer, long index, object?[] values, uint style, int highlightColumn, XlsxHighlight highlight)
    {
        string rowNumber = index.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(new Row(), new[] { new OpenXmlAttribute("r", string.Empty, rowNumber) });
        for (int i = 0; i < values.Length; i++)
        {
            object? value = values[i];
            if (value is null)
            {
                continue;
            }

            uint cellStyle = i == highlightColumn && highlight != XlsxHighlight.None ? 1U + (uint)highlight : style;
            var attributes = new List<OpenXmlAttribute> { new("r", string.Empty, Column(i) + rowNumber) };
            if (cellStyle != 0)
            {
                attributes.Add(new OpenXmlAttribute("s", string.Empty, cellStyle.ToString(CultureInfo.InvariantCulture)));
            }

            string? number = value switch
            {
                decimal d => d.ToString(CultureInfo.InvariantCulture),
                long l => l.ToString(CultureInfo.InvariantCulture),
                int n => n.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (number is not null)
            {
                writer.WriteStartElement(new Cell(), attributes);
                writer.WriteElement(new CellValue(number));
                writer.WriteEndElement();
            }
            else
            {
                attributes.Add(new OpenXmlAttribute("t", string.Empty, "inlineStr"));
                writer.WriteStartElement(new Cell(), attributes);
                writer.WriteElement(new InlineString(new Text(Clean(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)) { Space = SpaceProcessingModeValues.Preserve }));
                writer.WriteEndElement();
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>Drops the control characters XML 1.0 cannot hold (a hostile cell must not break the workbook).</summary>
    private static string Clean(string text)
    {
        foreach (char c in text)
        {
            if (c < 0x20 && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF')
            {
                var clean = new System.Text.StringBuilder(text.Length);
                foreach (char d in text)
                {
                    if (!(d < 0x20 && d is not ('\t' or '\n' or '\r') || d is '\uFFFE' or '\uFFFF'))
                    {
                        clean.Append(d);
                    }
                }

                return clean.ToString();
            }
        }

        return text;
    }

    /// <summary>The letters of a 0-based column index (0 → A, 26 → AA).</summary>
    public static string Column(int index)
    {
        string name = string.Empty;
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles()
    {
        var fonts = new Fonts(new Font(), new Font(new Bold()));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFFFC7CE"),
            Solid("FFFFEB9C"),
            Solid("FFD9D9D9"),
            Solid("FFC6EFCE"));
        var borders = new Borders(new Border());
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1U, ApplyFont = true },
            new CellFormat { FillId = 2U, FontId = 1U, ApplyFill = true, ApplyFont = true },
            new CellFormat { FillId = 3U, ApplyFill = true },
            new CellFormat { FillId = 4U, ApplyFill = true },
            new CellFormat { FillId = 5U, ApplyFill = true });
        return new Stylesheet(fonts, fills, borders, formats);
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid });
}

/// <summary>A sheet has more rows than a worksheet holds (<see cref="XlsxWriter.MaxRows"/>).</summary>
internal sealed class XlsxTooManyRowsException : Exception
{
    /// <summary>Creates the exception for a sheet.</summary>
    public XlsxTooManyRowsException(string sheet)
        : base($"the sheet '{sheet}' would have more than {XlsxWriter.MaxRows:N0} rows, the most a worksheet holds; export to CSV or Parquet instead")
    {
    }
}
