using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources.Docx;

/// <summary>
/// Reads a Word document (<c>.docx</c>, Office Open XML; also what WPS saves as .docx) with the Open XML SDK: each
/// paragraph of the body becomes a text line (a heading style or outline level marks a heading); each table row becomes a
/// row of its cells as printed, like an HTML row: a cell spanning columns (<c>gridSpan</c>) once, a cell merged down
/// (<c>vMerge</c>) in its first row only, so a group label merged over several rows is read once and the rows below hold
/// their own labels and values. Cells holding paragraphs are joined with spaces (none between CJK characters).
/// </summary>
/// <remarks>A block's line number is its ordinal in the document: paragraphs and table rows counted from 1.</remarks>
internal static class DocxReader
{
    public static SourceDocument Read(ReadOnlySpan<byte> bytes, int maxChars)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
            Body? body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                diagnostics.AddTemplated(ImportDiagnosticCodes.InputDamaged, ImportLocation.None, new[]
                {
                    ImportArguments.Text("document", "Word 文档", "The Word document"),
                    ImportArguments.Text("detail", "没有正文（word/document.xml 缺失或为空）", "it has no body (word/document.xml is missing or empty)"),
                });
                return Empty(diagnostics);
            }

            var reader = new Reader(maxChars);
            reader.ReadBlocks(body);
            if (reader.TooLarge)
            {
                diagnostics.AddTemplated(ImportDiagnosticCodes.InputTooLarge, ImportLocation.None, new[]
                {
                    ImportArguments.Text("source", "Word 文档的文字（读到此处）", "The Word document's text (read so far)"),
                    ImportArguments.Text("unit", "字符", "characters"),
                    ImportArguments.Text("limitUnit", "字符", "characters"),
                }, expected: maxChars, actual: reader.Characters);
                return Empty(diagnostics);
            }

            return new SourceDocument(ImportSourceKind.Docx, reader.Blocks, diagnostics: diagnostics.Items);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException
            or InvalidOperationException or NotSupportedException or ArgumentException or FileFormatException)
        {
            diagnostics.AddTemplated(ImportDiagnosticCodes.InputDamaged, ImportLocation.None, new[]
            {
                ImportArguments.Text("document", "Word 文档", "The Word document"),
                ImportArguments.Text("detail", "已损坏或不完整（" + ex.GetType().Name + "）", "it is damaged or truncated (" + ex.GetType().Name + ")"),
            });
            return Empty(diagnostics);
        }
    }

    private static SourceDocument Empty(DiagnosticBag diagnostics) =>
        new(ImportSourceKind.Docx, Array.Empty<SourceBlock>(), diagnostics: diagnostics.Items);

    private sealed class Reader
    {
        private readonly int _maxChars;
        private int _chars;
        private int _line;

        public Reader(int maxChars) => _maxChars = maxChars;

        public List<SourceBlock> Blocks { get; } = new();

        public bool TooLarge { get; private set; }

        /// <summary>The characters read so far.</summary>
        public int Characters => _chars;

        /// <summary>How deep page-layout tables (tables holding tables) are opened; deeper ones are read as cells.</summary>
        private const int MaxLayoutDepth = 16;

        private int _layoutDepth;

        public void ReadBlocks(OpenXmlElement container)
        {
            foreach (OpenXmlElement element in container.ChildElements)
            {
                if (TooLarge)
                {
                    return;
                }

                switch (element)
                {
                    case Paragraph paragraph:
                        _line++;
                        string text = LabelText.Trim(TextOf(paragraph));
                        if (text.Length > 0)
                        {
                            Blocks.Add(SourceBlock.TextLine(_line, text, IsHeading(paragraph)));
                        }

                        break;
                    case Table table:
                        ReadTable(table);
                        break;
                    case SdtBlock or CustomXmlBlock:
                        // Content controls and custom XML wrap ordinary paragraphs and tables.
                        foreach (OpenXmlElement inner in element.ChildElements)
                        {
                            if (inner is SdtContentBlock or Paragraph or Table)
                            {
                                ReadBlocks(inner is SdtContentBlock ? inner : element);
                                break;
                            }
                        }

                        break;
                }
            }
        }

        private void ReadTable(Table table)
        {
            // A table whose cells hold tables is page layout (a web page saved from Word or a browser, a frame around the
            // report), as the HTML reader treats it: its cells are read as the text and tables they contain.
            if (_layoutDepth < MaxLayoutDepth && IsLayoutTable(table))
            {
                _layoutDepth++;
                foreach (TableRow row in table.Elements<TableRow>())
                {
                    foreach (TableCell cell in row.Elements<TableCell>())
                    {
                        ReadBlocks(cell);
                    }
                }

                _layoutDepth--;
                return;
            }

            foreach (TableRow row in table.Elements<TableRow>())
            {
                _line++;
                var cells = new List<SourceCell>();
                var raw = new StringBuilder();
                foreach (TableCell cell in row.Elements<TableCell>())
                {
                    VerticalMerge? merge = cell.TableCellProperties?.VerticalMerge;
                    bool continued = merge is not null && (merge.Val is null || merge.Val.Value != MergedCellValues.Restart);
                    if (continued)
                    {
                        // The lower part of a cell merged down: printed once, in its first row (as an HTML rowspan).
                        continue;
                    }

                    var text = new StringBuilder();
                    foreach (OpenXmlElement inner in cell.ChildElements)
                    {
                        if (inner is Paragraph paragraph)
                        {
                            AppendPiece(text, LabelText.Trim(TextOf(paragraph)));
                        }
                        else if (inner is Table nested)
                        {
                            foreach (Paragraph nestedParagraph in nested.Descendants<Paragraph>())
                            {
                                AppendPiece(text, LabelText.Trim(TextOf(nestedParagraph)));
                            }
                        }
                    }

                    string value = text.ToString();
                    cells.Add(new SourceCell(value, _line));
                    raw.Append(raw.Length == 0 ? string.Empty : " | ").Append(value);
                }

                if (cells.Count > 0)
                {
                    Blocks.Add(SourceBlock.Row(_line, raw.ToString(), cells, isGrid: true));
                }
            }

            Blocks.Add(SourceBlock.Boundary(_line));
        }

        private static bool IsLayoutTable(Table table)
        {
            foreach (TableRow row in table.Elements<TableRow>())
            {
                foreach (TableCell cell in row.Elements<TableCell>())
                {
                    foreach (OpenXmlElement inner in cell.ChildElements)
                    {
                        if (inner is Table)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static void AppendPiece(StringBuilder text, string piece)
        {
            if (piece.Length == 0)
            {
                return;
            }

            if (text.Length > 0 && !(WideCharacters.IsWide(text[text.Length - 1]) && WideCharacters.IsWide(piece[0])))
            {
                text.Append(' ');
            }

            text.Append(piece);
        }

        /// <summary>The visible text of a paragraph: runs, hyperlinks, smart tags and inserted text; tabs and breaks as spaces; deleted text and field codes left out.</summary>
        private string TextOf(Paragraph paragraph)
        {
            var text = new StringBuilder();
            foreach (OpenXmlElement element in paragraph.Descendants())
            {
                switch (element)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar or Break or CarriageReturn:
                        text.Append(' ');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                }
            }

            _chars += text.Length;
            TooLarge |= _chars > _maxChars;
            return text.ToString();
        }

        private static bool IsHeading(Paragraph paragraph)
        {
            ParagraphProperties? properties = paragraph.ParagraphProperties;
            if (properties?.OutlineLevel?.Val is { } level && level.Value < 9)
            {
                return true;
            }

            string? style = properties?.ParagraphStyleId?.Val?.Value;
            return style is not null && (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("标题", StringComparison.Ordinal));
        }
    }
}
