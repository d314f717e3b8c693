using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Collections.Generic;
using System.Text;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Tokens;

namespace GovInfoDisclosure.Schema.Import.Sources.Pdf;

/// <summary>
/// Reads a PDF's text layer with PdfPig (managed; no external program). Words come with their positions; the ruling
/// lines that Word, WPS and LibreOffice draw around table cells give the grid: a cell is the area between the rules
/// around it, a row is the cells that start under one horizontal rule (a cell merged over several rows belongs to its
/// first, as in HTML), and an empty cell is a blank cell. Labels wrapped over several lines inside a cell are joined;
/// numbers centred vertically in a tall cell stay in its row. Words outside any cell are prose lines. Page numbers and
/// running headers and footers are removed, and a table continued on the next page (its header repeated or not) goes on
/// as one table. A PDF without ruling lines is laid out as <c>pdftotext -layout</c> would print it and read as such.
/// A PDF without text (a scan) or whose fonts have no Unicode map is refused with a located error.
/// </summary>
/// <remarks>
/// Line numbers of the blocks count the lines of the extracted text over the whole document (the first line of page 2
/// follows the last of page 1); the diagnostics of this reader name the page.
/// </remarks>
internal static class PdfReader
{
    private const double RuleThickness = 2.5;
    private const double RuleMerge = 2.0;
    private const double MinRuleLength = 3.0;

    public static SourceDocument Read(ReadOnlySpan<byte> bytes, int maxChars)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            using PdfDocument pdf = PdfDocument.Open(bytes.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = new List<PageContent>();
            int chars = 0;
            int textless = 0;
            int unmapped = 0;
            int firstUnmappedPage = 0;
            int firstTextlessPage = 0;
            foreach (Page page in pdf.GetPages())
            {
                IReadOnlyList<Letter> letters = page.Letters;
                HashSet<string> unmappedFonts = UnmappedFonts(pdf, page);
                int bad = 0;
                int visible = 0;
                foreach (Letter letter in letters)
                {
                    if (letter.Value.Length == 0 || IsUnmapped(letter.Value) || (unmappedFonts.Count > 0 && unmappedFonts.Contains(letter.FontName ?? string.Empty)))
                    {
                        bad++;
                    }
                    else if (!string.IsNullOrWhiteSpace(letter.Value))
                    {
                        visible++;
                    }
                }

                if (visible == 0)
                {
                    textless++;
                    firstTextlessPage = firstTextlessPage == 0 ? page.Number : firstTextlessPage;
                }

                if (bad > 0 && bad * 2 > bad + visible)
                {
                    unmapped++;
                    firstUnmappedPage = firstUnmappedPage == 0 ? page.Number : firstUnmappedPage;
                }

                chars += letters.Count;
                if (chars > maxChars)
                {
                    diagnostics.AddTemplated(ImportDiagnosticCodes.InputTooLarge, ImportLocation.None, new[]
                    {
                        ImportArguments.Text("source", "PDF 的文字（读到此处）", "The PDF's text (read so far)"),
                        ImportArguments.Text("unit", "字符", "characters"),
                        ImportArguments.Text("limitUnit", "字符", "characters"),
                    }, expected: maxChars, actual: chars);
                    return Empty(diagnostics);
                }

                pages.Add(PageContent.From(page));
            }

            if (unmapped > 0)
            {
                diagnostics.AddTemplated(ImportDiagnosticCodes.PdfNoTextLayer, new ImportLocation { Line = 1 }, new[]
                {
                    ImportArguments.Number("page", firstUnmappedPage),
                    ImportArguments.Text("problem", "的字体没有 Unicode 映射（ToUnicode），文字无法读取", "have fonts without a Unicode map (ToUnicode), so their text cannot be read"),
                    ImportArguments.Text("advice", "请重新导出 PDF（嵌入字体）或先进行文字识别（OCR）", "export the PDF again with embedded fonts, or OCR it"),
                }, actual: unmapped);
                return Empty(diagnostics);
            }

            if (pages.Count == 0 || textless == pages.Count)
            {
                diagnostics.AddTemplated(ImportDiagnosticCodes.PdfNoTextLayer, new ImportLocation { Line = 1 }, new[]
                {
                    ImportArguments.Number("page", firstTextlessPage == 0 ? 1 : firstTextlessPage),
                    ImportArguments.Text("problem", "没有文字层", "have no text layer"),
                    ImportArguments.Text("advice", "这是扫描件，请先进行文字识别（OCR）", "the PDF is a scan: OCR it first"),
                }, actual: textless);
                return Empty(diagnostics);
            }

            return Layout(pages, diagnostics);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not StackOverflowException)
        {
            // PdfPig reports a damaged, truncated or encrypted file by several exception types; all mean the same here.
            diagnostics.AddTemplated(ImportDiagnosticCodes.InputDamaged, ImportLocation.None, new[]
            {
                ImportArguments.Text("document", "PDF 文件", "The PDF file"),
                ImportArguments.Text("detail", "已损坏、不完整或已加密（" + ex.GetType().Name + "）", "it is damaged, truncated or encrypted (" + ex.GetType().Name + ")"),
            });
            return Empty(diagnostics);
        }
    }

    /// <summary>
    /// The fonts of a page whose text cannot be mapped to Unicode: composite (Type0) fonts with an Identity encoding and
    /// no ToUnicode map. Their character codes are glyph numbers, which PdfPig (like pdftotext) passes on as if they were
    /// code points: the text would be garbage, so it is refused instead.
    /// </summary>
    private static HashSet<string> UnmappedFonts(PdfDocument pdf, Page page)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            IToken Resolve(IToken token) => token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;
            if (!page.Dictionary.Data.TryGetValue("Resources", out IToken? resources) || Resolve(resources) is not DictionaryToken resourceDictionary
                || !resourceDictionary.Data.TryGetValue("Font", out IToken? fonts) || Resolve(fonts) is not DictionaryToken fontDictionary)
            {
                return names;
            }

            foreach (KeyValuePair<string, IToken> entry in fontDictionary.Data)
            {
                if (Resolve(entry.Value) is DictionaryToken font
                    && font.Data.TryGetValue("Subtype", out IToken? subtype) && Resolve(subtype) is NameToken { Data: "Type0" }
                    && font.Data.TryGetValue("Encoding", out IToken? encoding) && Resolve(encoding) is NameToken { Data: "Identity-H" or "Identity-V" }
                    && !font.Data.ContainsKey("ToUnicode")
                    && font.Data.TryGetValue("BaseFont", out IToken? baseFont) && Resolve(baseFont) is NameToken name)
                {
                    names.Add(name.Data);
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A resource dictionary PdfPig cannot resolve: judge the page by its letters alone.
            names.Clear();
        }

        return names;
    }

    private static bool IsUnmapped(string value)
    {
        foreach (char c in value)
        {
            if (c < ' ' || c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>{what}</c>: what was removed or joined at a page break.</summary>
    private static DiagnosticArgument What(string zh, string en) => ImportArguments.Text("what", zh, en);

    private static SourceDocument Empty(DiagnosticBag diagnostics) =>
        new(ImportSourceKind.Pdf, Array.Empty<SourceBlock>(), diagnostics: diagnostics.Items);

    private static SourceDocument Layout(List<PageContent> pages, DiagnosticBag diagnostics)
    {
        bool ruled = false;
        foreach (PageContent page in pages)
        {
            ruled |= page.Cells.Count > 0;
        }

        if (!ruled)
        {
            // No ruling lines anywhere: print the pages as pdftotext -layout does and read that.
            var text = new StringBuilder();
            foreach (PageContent page in pages)
            {
                if (text.Length > 0)
                {
                    text.Append('\f');
                }

                foreach (PageLine line in page.Lines)
                {
                    text.Append(line.LayoutText).Append('\n');
                }
            }

            SourceDocument layout = LayoutTextReader.Read(text.ToString());
            var all = new List<Diagnostic>(diagnostics.Items);
            all.AddRange(layout.Diagnostics);
            return new SourceDocument(ImportSourceKind.Pdf, layout.Blocks, layout.Title, layout.Metadata, all);
        }

        // Lay out every page first: boxes of prose found among the cells join the page's prose lines, so they count for
        // the margins below.
        foreach (PageContent page in pages)
        {
            page.Items();
        }

        HashSet<string> running = RunningLines(pages);
        double textLeft = double.MaxValue;
        double textRight = 0;
        foreach (PageContent page in pages)
        {
            foreach (PageLine line in page.Lines)
            {
                textLeft = Math.Min(textLeft, line.Left);
                textRight = Math.Max(textRight, line.Right);
            }
        }

        // Offices indent the first line of a paragraph (首行缩进): where they do, that is what starts a paragraph.
        int indentedLines = 0;
        foreach (PageContent page in pages)
        {
            foreach (PageLine line in page.Lines)
            {
                indentedLines += line.Left > textLeft + line.Height * 1.5 && line.Left < textLeft + line.Height * 3 ? 1 : 0;
            }
        }

        bool indentation = indentedLines >= 3;
        var blocks = new List<SourceBlock>();
        int lineNumber = 0;
        bool inTable = false;
        TableRow? lastRow = null;
        var tableHead = new List<string>();
        var paragraph = new StringBuilder();
        int paragraphLine = 0;
        bool paragraphOpen = false;
        PageLine? previousLine = null;

        void FlushParagraph()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(SourceBlock.TextLine(paragraphLine, paragraph.ToString()));
                paragraph.Clear();
            }

            paragraphOpen = false;
        }

        foreach (PageContent page in pages)
        {
            List<PageItem> items = page.Items();
            bool firstRowOfPage = true;
            for (int i = 0; i < items.Count; i++)
            {
                PageItem item = items[i];
                if (item.Line is { } line)
                {
                    lineNumber++;
                    bool edge = i == 0 || i == items.Count - 1 || i == 1 || i == items.Count - 2;
                    if (edge && IsPageNumber(line.Text))
                    {
                        diagnostics.AddTemplated(ImportDiagnosticCodes.PageBreakRemoved, new ImportLocation { Line = lineNumber },
                            new[] { What($"第 {page.Number} 页的页码“{line.Text}”已去除", $"the page number \"{line.Text}\" of page {page.Number} was removed") }, line.Text);
                        continue;
                    }

                    if (edge && running.Contains(Shape(line.Text)))
                    {
                        diagnostics.AddTemplated(ImportDiagnosticCodes.FooterDropped, new ImportLocation { Line = lineNumber }, new[]
                        {
                            What($"第 {page.Number} 页的页眉或页脚“{line.Text}”", $"The running header or footer \"{line.Text}\" of page {page.Number}"),
                            ImportArguments.Number("lines", 1),
                        }, line.Text, actual: 1);
                        continue;
                    }

                    if (inTable)
                    {
                        blocks.Add(SourceBlock.Boundary(lineNumber));
                        inTable = false;
                        lastRow = null;
                        tableHead.Clear();
                    }

                    // A line that runs to the right margin goes on in the next one (unless that one is indented): one paragraph.
                    bool indented = line.Left > textLeft + line.Height * 1.5;
                    bool newFace = previousLine is not null
                        && (previousLine.Bold != line.Bold || Math.Abs(previousLine.Height - line.Height) > previousLine.Height * 0.15);
                    // A section heading is a paragraph of its own, however far it runs (on a page of a few short lines the
                    // right margin is its own end).
                    bool heading = IsSectionHeading(line.Text);
                    if (!paragraphOpen || indented || newFace || heading || (paragraph.Length > 0 && EndsSentence(paragraph[paragraph.Length - 1]) && StartsEnumerated(line.Text)))
                    {
                        FlushParagraph();
                        paragraphLine = lineNumber;
                    }

                    WideCharacters.AppendJoined(paragraph, line.Text);
                    paragraphOpen = !heading && GoesOn(line, textRight, indentation);
                    previousLine = line;
                    continue;
                }

                FlushParagraph();
                TableRow row = item.Row!;
                string rowText = string.Join(" | ", row.Cells);
                if (firstRowOfPage && lastRow is not null && tableHead.Contains(rowText))
                {
                    // The table's header printed again at the head of the page ("repeat as header row").
                    diagnostics.AddTemplated(ImportDiagnosticCodes.PageBreakRemoved, new ImportLocation { Line = lineNumber + 1 },
                        new[] { What($"第 {page.Number} 页顶部重复的表头行已去除", $"the table header repeated at the head of page {page.Number} was removed") }, rowText);
                    continue;
                }

                if (firstRowOfPage && lastRow is not null && IsContinuation(lastRow, row))
                {
                    // The row was split by the page break: the rest of its label (or text) is in the first row of this page.
                    for (int c = 0; c < row.Cells.Count; c++)
                    {
                        if (row.Cells[c].Length > 0)
                        {
                            int target = Aligned(lastRow, row.Lefts[c]);
                            var joined = new StringBuilder(lastRow.Cells[target]);
                            WideCharacters.AppendJoined(joined, row.Cells[c]);
                            lastRow.Cells[target] = joined.ToString();
                        }
                    }

                    blocks[blocks.Count - 1] = ToBlock(lastRow, blocks[blocks.Count - 1].Line);
                    diagnostics.AddTemplated(ImportDiagnosticCodes.PageBreakRemoved, new ImportLocation { Line = blocks[blocks.Count - 1].Line },
                        new[]
                        {
                            What($"第 {page.Number - 1} 页末被分页截断的表格行与第 {page.Number} 页的续行已合并",
                                $"a table row cut by the break after page {page.Number - 1} was joined with its rest at the head of page {page.Number}"),
                        }, blocks[blocks.Count - 1].Text);
                    firstRowOfPage = false;
                    continue;
                }

                firstRowOfPage = false;
                lineNumber++;
                if (tableHead.Count < 3)
                {
                    tableHead.Add(rowText);
                }

                blocks.Add(ToBlock(row, lineNumber));
                lastRow = row;
                inTable = true;
            }

            // A table at the foot of a page that goes on at the head of the next is one table: no boundary here.
        }

        FlushParagraph();
        if (inTable)
        {
            blocks.Add(SourceBlock.Boundary(lineNumber));
        }

        return new SourceDocument(ImportSourceKind.Pdf, blocks, diagnostics: diagnostics.Items);
    }

    /// <summary>
    /// Whether a prose line goes on in the next line: it runs (nearly) to the right margin, or it stops a few characters
    /// short without ending a sentence (CJK lines break early before characters that may not start a line).
    /// </summary>
    private static bool GoesOn(PageLine line, double textRight, bool indentation)
    {
        double gap = textRight - line.Right;
        if (indentation)
        {
            // The next line says (by its indent) whether a paragraph starts; a short line ends one here.
            return gap <= line.Height * 4;
        }

        if (gap <= line.Height * 1.5)
        {
            return true;
        }

        char last = line.Text.Length == 0 ? ' ' : line.Text[line.Text.Length - 1];
        return !EndsSentence(last) && gap <= line.Height * 6;
    }

    /// <summary>Whether a line is one of the six section headings, exactly or by its keywords (as the section after the one before its own).</summary>
    private static bool IsSectionHeading(string text)
    {
        int ordinalEnd = text.IndexOf('、');
        if (!StartsEnumerated(text) || text.Length > 40 || ordinalEnd <= 0)
        {
            return false;
        }

        int number = LabelText.ChineseNumberValue(text.Substring(0, ordinalEnd));
        return Structure.SectionHeadings.TryMatch(text, number - 1, out _, out _, out string? remainder) && remainder is not { Length: > 0 };
    }

    private static bool EndsSentence(char last) =>
        last is '。' or '!' or '?' or '！' or '？' or ';' or '；' or ':' or '：' or '.' or '”' or '」' or '』';

    /// <summary>Whether a line starts as a heading or list item does: 六、 or (三) or （三）.</summary>
    private static bool StartsEnumerated(string text)
    {
        const string numerals = "一二三四五六七八九十";
        int i = 0;
        bool open = text.Length > 0 && text[0] is '(' or '（';
        i += open ? 1 : 0;
        int start = i;
        while (i < text.Length && numerals.IndexOf(text[i]) >= 0)
        {
            i++;
        }

        return i > start && i < text.Length && (open ? text[i] is ')' or '）' : text[i] == '、');
    }

    private static SourceBlock ToBlock(TableRow row, int line)
    {
        var cells = new List<SourceCell>(row.Cells.Count);
        var raw = new StringBuilder();
        foreach (string cell in row.Cells)
        {
            cells.Add(new SourceCell(cell, line));
            raw.Append(raw.Length == 0 ? string.Empty : " | ").Append(cell);
        }

        return SourceBlock.Row(line, raw.ToString(), cells, isGrid: true);
    }

    /// <summary>
    /// Whether the first row of a page is the rest of the previous page's last row: no number in it, at most two cells
    /// with text, each under a text cell of that row. A repeated header has more cells with text, or cells the last row
    /// does not have.
    /// </summary>
    private static bool IsContinuation(TableRow last, TableRow row)
    {
        // The rest of a row keeps its columns; a row of fewer cells is a row of its own (a caption across the table such
        // as 第二十条第（八）项 at the head of the next page, which would otherwise run into the last row's label).
        if (row.Cells.Count < last.Cells.Count)
        {
            return false;
        }

        int filled = 0;
        for (int c = 0; c < row.Cells.Count; c++)
        {
            string cell = row.Cells[c];
            if (cell.Length == 0)
            {
                continue;
            }

            filled++;
            if (CellText.Parse(cell).Kind == CellTextKind.Number)
            {
                return false;
            }

            int target = Aligned(last, row.Lefts[c]);
            if (target < 0 || last.Cells[target].Length == 0 || CellText.Parse(last.Cells[target]).Kind == CellTextKind.Number)
            {
                return false;
            }
        }

        return filled is > 0 and <= 2;
    }

    private static int Aligned(TableRow row, double left)
    {
        for (int c = 0; c < row.Lefts.Count; c++)
        {
            if (Math.Abs(row.Lefts[c] - left) <= RuleMerge)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>Lines printed at the head or foot of two or more pages (digits ignored): running headers and footers.</summary>
    private static HashSet<string> RunningLines(List<PageContent> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (PageContent page in pages)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            List<PageItem> items = page.Items();
            foreach (int i in new[] { 0, 1, items.Count - 2, items.Count - 1 })
            {
                if (i >= 0 && i < items.Count && items[i].Line is { } line && seen.Add(Shape(line.Text)))
                {
                    counts[Shape(line.Text)] = counts.TryGetValue(Shape(line.Text), out int n) ? n + 1 : 1;
                }
            }
        }

        var running = new HashSet<string>(StringComparer.Ordinal);
        if (pages.Count >= 2)
        {
            foreach (KeyValuePair<string, int> pair in counts)
            {
                if (pair.Value >= 2 && pair.Value * 2 >= pages.Count)
                {
                    running.Add(pair.Key);
                }
            }
        }

        return running;
    }

    private static string Shape(string text)
    {
        var shape = new StringBuilder(text.Length);
        foreach (char c in LabelText.Trim(text))
        {
            shape.Append(c is >= '0' and <= '9' ? '#' : c);
        }

        return shape.ToString();
    }

    /// <summary>A page number as offices print them: <c>3</c>, <c>- 3 -</c>, <c>— 3 —</c>, <c>第3页</c>, <c>第 3 页 共 6 页</c>, <c>3/6</c>.</summary>
    internal static bool IsPageNumber(string text)
    {
        string t = LabelText.Trim(text).Replace(" ", string.Empty).Replace("\u3000", string.Empty);
        if (t.Length == 0 || t.Length > 16)
        {
            return false;
        }

        int digits = 0;
        foreach (char c in t)
        {
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c is not ('-' or '—' or '–' or '－' or '第' or '页' or '共' or '/' or '·' or 'P' or 'p' or 'a' or 'g' or 'e' or '.'))
            {
                return false;
            }
        }

        return digits > 0;
    }


    private sealed class PageLine
    {
        public PageLine(double top, double left, double right, double height, bool bold, string text, string layoutText)
        {
            Bold = bold;
            Top = top;
            Left = left;
            Right = right;
            Height = height;
            Text = text;
            LayoutText = layoutText;
        }

        public double Top { get; }

        public double Left { get; }

        public double Right { get; }

        public double Height { get; }

        /// <summary>Whether every word is in a bold or black (黑体) face, as headings are.</summary>
        public bool Bold { get; }

        public string Text { get; }

        public string LayoutText { get; }
    }

    private sealed class TableRow
    {
        public TableRow(double top, List<string> cells, List<double> lefts)
        {
            Top = top;
            Cells = cells;
            Lefts = lefts;
        }

        public double Top { get; }

        public List<string> Cells { get; }

        /// <summary>The left edge of each cell.</summary>
        public List<double> Lefts { get; }
    }

    private readonly struct PageItem
    {
        public PageItem(PageLine? line, TableRow? row)
        {
            Line = line;
            Row = row;
        }

        public PageLine? Line { get; }

        public TableRow? Row { get; }

        public double Top => Line?.Top ?? Row!.Top;
    }

    private sealed class Cell
    {
        public Cell(double left, double right, double bottom, double top)
        {
            Left = left;
            Right = right;
            Bottom = bottom;
            Top = top;
        }

        public double Left { get; }

        public double Right { get; }

        public double Bottom { get; }

        public double Top { get; }

        public List<Word> Words { get; } = new();

        public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Bottom && y <= Top;
    }

    private readonly struct Segment
    {
        public Segment(double from, double to, double at)
        {
            From = from;
            To = to;
            At = at;
        }

        /// <summary>Where the segment starts along its direction (x for a horizontal rule, y for a vertical one).</summary>
        public double From { get; }

        public double To { get; }

        /// <summary>Its position across (y of a horizontal rule, x of a vertical one).</summary>
        public double At { get; }
    }

    private sealed class PageContent
    {
        private List<PageItem>? _items;

        private PageContent(int number, List<Cell> cells, List<PageLine> lines)
        {
            Number = number;
            Cells = cells;
            Lines = lines;
        }

        public int Number { get; }

        public List<Cell> Cells { get; }

        /// <summary>The prose lines: words outside every cell (every word, when the page has no table rules).</summary>
        public List<PageLine> Lines { get; }

        public static PageContent From(Page page)
        {
            var horizontal = new List<Segment>();
            var vertical = new List<Segment>();
            foreach (PdfPath path in page.Paths)
            {
                if (path.IsClipping || (!path.IsStroked && !path.IsFilled))
                {
                    continue;
                }

                foreach (PdfSubpath subpath in path)
                {
                    if (subpath.GetBoundingRectangle() is not { } box)
                    {
                        continue;
                    }

                    if (box.Height <= RuleThickness && box.Width >= MinRuleLength)
                    {
                        horizontal.Add(new Segment(box.Left, box.Right, (box.Bottom + box.Top) / 2));
                    }
                    else if (box.Width <= RuleThickness && box.Height >= MinRuleLength)
                    {
                        vertical.Add(new Segment(box.Bottom, box.Top, (box.Left + box.Right) / 2));
                    }
                    else if (path.IsStroked && subpath.IsDrawnAsRectangle && box.Width < page.Width * 0.95)
                    {
                        // A cell drawn as a stroked rectangle: its four edges are rules.
                        horizontal.Add(new Segment(box.Left, box.Right, box.Bottom));
                        horizontal.Add(new Segment(box.Left, box.Right, box.Top));
                        vertical.Add(new Segment(box.Bottom, box.Top, box.Left));
                        vertical.Add(new Segment(box.Bottom, box.Top, box.Right));
                    }
                }
            }

            List<Cell> cells = WithoutFrames(FindCells(horizontal, vertical));
            var outside = new List<Word>();
            foreach (Word word in page.GetWords())
            {
                if (string.IsNullOrWhiteSpace(word.Text))
                {
                    continue;
                }

                double x = (word.BoundingBox.Left + word.BoundingBox.Right) / 2;
                (double bottom, double top) = Extent(word);
                double y = (bottom + top) / 2;
                Cell? home = null;
                foreach (Cell cell in cells)
                {
                    if (cell.Contains(x, y) && (home is null || (cell.Right - cell.Left) * (cell.Top - cell.Bottom) < (home.Right - home.Left) * (home.Top - home.Bottom)))
                    {
                        home = cell;
                    }
                }

                if (home is null)
                {
                    outside.Add(word);
                }
                else
                {
                    home.Words.Add(word);
                }
            }

            return new PageContent(page.Number, cells, ToLines(outside));
        }

        public List<PageItem> Items()
        {
            if (_items is not null)
            {
                return _items;
            }

            var rows = new SortedDictionary<double, List<Cell>>(Comparer<double>.Create((a, b) => b.CompareTo(a)));
            foreach (Cell cell in Cells)
            {
                double key = cell.Top;
                foreach (double existing in rows.Keys)
                {
                    if (Math.Abs(existing - cell.Top) <= RuleMerge)
                    {
                        key = existing;
                        break;
                    }
                }

                if (!rows.TryGetValue(key, out List<Cell>? row))
                {
                    row = new List<Cell>();
                    rows[key] = row;
                }

                row.Add(cell);
            }

            var items = new List<PageItem>();
            foreach (KeyValuePair<double, List<Cell>> row in rows)
            {
                // A row of one cell holding two lines or more is a box of prose (a page laid out in a bordered table,
                // a note under a table), read as lines of text: as a table row its paragraphs would run into one cell.
                if (row.Value.Count == 1 && ToLines(row.Value[0].Words) is { Count: >= 2 } boxed)
                {
                    Lines.AddRange(boxed);
                    continue;
                }

                row.Value.Sort((a, b) => a.Left.CompareTo(b.Left));
                var texts = new List<string>(row.Value.Count);
                var lefts = new List<double>(row.Value.Count);
                bool any = false;
                foreach (Cell cell in row.Value)
                {
                    string text = CellText(cell.Words);
                    any |= text.Length > 0;
                    texts.Add(text);
                    lefts.Add(cell.Left);
                }

                if (any)
                {
                    items.Add(new PageItem(null, new TableRow(row.Key, texts, lefts)));
                }
            }

            foreach (PageLine line in Lines)
            {
                items.Add(new PageItem(line, null));
            }

            items.Sort((a, b) => b.Top.CompareTo(a.Top));
            _items = items;
            return items;
        }

        private static string CellText(List<Word> words)
        {
            List<PageLine> lines = ToLines(words);
            var text = new StringBuilder();
            foreach (PageLine line in lines)
            {
                WideCharacters.AppendJoined(text, line.Text);
            }

            return LabelText.Trim(text.ToString());
        }

        /// <summary>
        /// A word's vertical extent: its bounding box, or the union of its glyphs' boxes where the word's box is degenerate —
        /// PdfPig gives the words of a Type 3 font (Chrome's "Save as PDF" writes CJK text so) a box a fraction of a point
        /// high at the baseline, which would put a row's label on a line of its own, below its values.
        /// </summary>
        private static (double Bottom, double Top) Extent(Word word)
        {
            double bottom = word.BoundingBox.Bottom;
            double top = word.BoundingBox.Top;
            double glyphBottom = double.MaxValue;
            double glyphTop = double.MinValue;
            foreach (Letter letter in word.Letters)
            {
                glyphBottom = Math.Min(glyphBottom, letter.BoundingBox.Bottom);
                glyphTop = Math.Max(glyphTop, letter.BoundingBox.Top);
            }

            return glyphTop > glyphBottom && top - bottom < 0.4 * (glyphTop - glyphBottom) ? (glyphBottom, glyphTop) : (bottom, top);
        }

        /// <summary>Groups words into lines by their vertical position, each line's words in reading order.</summary>
        private static List<PageLine> ToLines(List<Word> words)
        {
            var extents = new Dictionary<Word, (double Bottom, double Top)>(words.Count);
            foreach (Word word in words)
            {
                extents[word] = Extent(word);
            }

            words.Sort((a, b) => extents[b].Top.CompareTo(extents[a].Top));
            var groups = new List<List<Word>>();
            foreach (Word word in words)
            {
                (double bottom, double top) = extents[word];
                double middle = (bottom + top) / 2;
                List<Word>? group = null;
                foreach (List<Word> candidate in groups)
                {
                    (double firstBottom, double firstTop) = extents[candidate[0]];
                    if (middle <= firstTop && middle >= firstBottom)
                    {
                        group = candidate;
                        break;
                    }
                }

                if (group is null)
                {
                    groups.Add(new List<Word> { word });
                }
                else
                {
                    group.Add(word);
                }
            }

            // One character grid for the page (the median word height: a CJK character's width), so that the words of a
            // borderless table's column start at the same place on every line, as in pdftotext -layout.
            var heights = new List<double>(words.Count);
            foreach (Word word in words)
            {
                heights.Add(extents[word].Top - extents[word].Bottom);
            }

            heights.Sort();
            double grid = heights.Count > 0 && heights[heights.Count / 2] > 0 ? heights[heights.Count / 2] : 10;
            var lines = new List<PageLine>(groups.Count);
            foreach (List<Word> group in groups)
            {
                group.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
                var text = new StringBuilder();
                var layout = new StringBuilder();
                double charWidth = 0;
                foreach (Word word in group)
                {
                    charWidth = Math.Max(charWidth, (extents[word].Top - extents[word].Bottom) / 2);
                }

                charWidth = charWidth <= 0 ? 5 : charWidth;
                double previousRight = double.NaN;
                double height = 0;
                foreach (Word word in group)
                {
                    height = Math.Max(height, extents[word].Top - extents[word].Bottom);
                }

                foreach (Word word in group)
                {
                    // A space where the gap is one. Words split at a font change (digits in a Latin font among CJK) join tight:
                    // Word and LibreOffice widen the gap between CJK and Latin text on the page without a space character.
                    if (!double.IsNaN(previousRight) && text.Length > 0)
                    {
                        double gap = word.BoundingBox.Left - previousRight;
                        bool cjkBoundary = WideCharacters.IsWide(text[text.Length - 1]) || WideCharacters.IsWide(word.Text[0]);
                        if (gap > height * (cjkBoundary ? 0.5 : 0.15))
                        {
                            text.Append(' ');
                        }
                    }

                    text.Append(word.Text);
                    if (!double.IsNaN(previousRight))
                    {
                        double gap = word.BoundingBox.Left - previousRight;
                        int spaces = gap > charWidth * 1.5 ? Math.Max(2, (int)Math.Round(gap / charWidth)) : (gap > charWidth * 0.3 ? 1 : 0);
                        if (spaces == 0 && !(WideCharacters.IsWide(layout[layout.Length - 1]) && WideCharacters.IsWide(word.Text[0])))
                        {
                            spaces = 1;
                        }

                        // At a column gap the word starts where its place on the page is (as pdftotext -layout places it), so
                        // the columns of a borderless table line up from row to row whatever CJK text stands before them.
                        if (spaces >= 2)
                        {
                            spaces = Math.Max(2, (int)Math.Round(word.BoundingBox.Left / grid) - layout.Length);
                        }

                        layout.Append(' ', spaces);
                    }
                    else
                    {
                        layout.Append(' ', Math.Max(0, (int)Math.Round(word.BoundingBox.Left / grid)));
                    }

                    layout.Append(word.Text);
                    previousRight = word.BoundingBox.Right;
                }

                double top = 0;
                foreach (Word word in group)
                {
                    top = Math.Max(top, extents[word].Top);
                }

                bool bold = true;
                foreach (Word word in group)
                {
                    string font = word.FontName ?? string.Empty;
                    bold &= font.IndexOf("Bold", StringComparison.OrdinalIgnoreCase) >= 0 || font.IndexOf("Hei", StringComparison.OrdinalIgnoreCase) >= 0
                        || font.IndexOf("黑体", StringComparison.Ordinal) >= 0;
                }

                lines.Add(new PageLine(top, group[0].BoundingBox.Left, previousRight, height, bold, LabelText.Trim(text.ToString()), layout.ToString()));
            }

            return lines;
        }

        /// <summary>
        /// A table row cut by a page break is printed by some browsers without the rule at the break: its vertical rules run
        /// on below the page's last horizontal rule (or above its first). There the row is closed by a rule where those
        /// vertical rules end, so its cells are cells (and the page-break join puts the two parts together).
        /// </summary>
        private static List<Segment> WithPageBreakEdges(List<Segment> horizontal, List<Segment> vertical)
        {
            double highestRule = double.MinValue;
            double lowestRule = double.MaxValue;
            foreach (Segment rule in horizontal)
            {
                highestRule = Math.Max(highestRule, rule.At);
                lowestRule = Math.Min(lowestRule, rule.At);
            }

            double top = double.MinValue;
            double bottom = double.MaxValue;
            foreach (Segment rule in vertical)
            {
                top = Math.Max(top, rule.To);
                bottom = Math.Min(bottom, rule.From);
            }

            List<Segment>? result = null;
            if (bottom < lowestRule - MinRuleLength * 2)
            {
                result = new List<Segment>(horizontal) { Across(vertical, bottom, atBottom: true) };
            }

            if (top > highestRule + MinRuleLength * 2)
            {
                (result ??= new List<Segment>(horizontal)).Add(Across(vertical, top, atBottom: false));
            }

            return result ?? horizontal;
        }

        /// <summary>A rule at <paramref name="y"/> across the vertical rules that end there.</summary>
        private static Segment Across(List<Segment> vertical, double y, bool atBottom)
        {
            double left = double.MaxValue;
            double right = double.MinValue;
            foreach (Segment rule in vertical)
            {
                if (Math.Abs((atBottom ? rule.From : rule.To) - y) <= RuleMerge)
                {
                    left = Math.Min(left, rule.At);
                    right = Math.Max(right, rule.At);
                }
            }

            return new Segment(left, right, y);
        }

        /// <summary>
        /// The cells that hold no other cell. A cell around other cells is a frame — a page laid out in a bordered table,
        /// its report tables inside (as a browser prints such a page) — whose own text is prose, not a table row.
        /// </summary>
        private static List<Cell> WithoutFrames(List<Cell> cells)
        {
            if (cells.Count < 2)
            {
                return cells;
            }

            var kept = new List<Cell>(cells.Count);
            foreach (Cell cell in cells)
            {
                bool frame = false;
                foreach (Cell other in cells)
                {
                    if (!ReferenceEquals(other, cell) && other.Left >= cell.Left - RuleMerge && other.Right <= cell.Right + RuleMerge
                        && other.Bottom >= cell.Bottom - RuleMerge && other.Top <= cell.Top + RuleMerge
                        && (other.Right - other.Left) * (other.Top - other.Bottom) < (cell.Right - cell.Left) * (cell.Top - cell.Bottom) * 0.9)
                    {
                        frame = true;
                        break;
                    }
                }

                if (!frame)
                {
                    kept.Add(cell);
                }
            }

            return kept;
        }

        /// <summary>The cells of the ruled tables: each area bounded by rules that starts under a horizontal rule.</summary>
        private static List<Cell> FindCells(List<Segment> horizontal, List<Segment> vertical)
        {
            var cells = new List<Cell>();
            if (horizontal.Count < 2 || vertical.Count < 2)
            {
                return cells;
            }

            horizontal = WithPageBreakEdges(horizontal, vertical);
            List<double> rows = Cluster(horizontal, descending: true);
            List<double> columns = Cluster(vertical, descending: false);
            foreach (double top in rows)
            {
                // Just below the rule (or the lower line of a double rule).
                double probe = top - RuleMerge - 0.5;
                var crossing = new List<double>();
                foreach (double x in columns)
                {
                    if (Covers(vertical, x, probe))
                    {
                        crossing.Add(x);
                    }
                }

                CloseClippedEdges(horizontal, top, crossing);
                for (int i = 0; i + 1 < crossing.Count; i++)
                {
                    double left = crossing[i];
                    double right = crossing[i + 1];
                    double middle = (left + right) / 2;
                    if (right - left < MinRuleLength || !Covers(horizontal, top, middle))
                    {
                        continue;
                    }

                    double bottom = double.NaN;
                    foreach (double y in rows)
                    {
                        if (y < probe && Covers(horizontal, y, middle))
                        {
                            bottom = y;
                            break;
                        }
                    }

                    if (!double.IsNaN(bottom))
                    {
                        cells.Add(new Cell(left, right, bottom, top));
                    }
                }
            }

            return cells;
        }

        /// <summary>
        /// A table a little wider than the page's printable area loses its outer border to the clip (Chrome prints the
        /// rules of the last column, not its right edge): where the horizontal rule at <paramref name="top"/> runs on past
        /// the first or last vertical rule crossing it, its end is taken as the missing edge.
        /// </summary>
        private static void CloseClippedEdges(List<Segment> horizontal, double top, List<double> crossing)
        {
            // Only a row of a table (two vertical rules at least) is closed: not the gap between two tables.
            if (crossing.Count < 2)
            {
                return;
            }

            double first = crossing[0];
            double last = crossing[crossing.Count - 1];
            double from = first;
            double to = last;
            foreach (Segment rule in horizontal)
            {
                // A rule touching the outermost crossing counts (a cell's top edge starts at its left rule's far side).
                if (Math.Abs(rule.At - top) <= RuleMerge && rule.From <= last + RuleMerge && rule.To >= first - RuleMerge)
                {
                    from = Math.Min(from, rule.From);
                    to = Math.Max(to, rule.To);
                }
            }

            if (first - from >= MinRuleLength * 2)
            {
                crossing.Insert(0, from);
            }

            if (to - last >= MinRuleLength * 2)
            {
                crossing.Add(to);
            }
        }

        /// <summary>The distinct positions of rules, top to bottom (or left to right), near ones (double rules) merged.</summary>
        private static List<double> Cluster(List<Segment> segments, bool descending)
        {
            var positions = new List<double>(segments.Count);
            foreach (Segment segment in segments)
            {
                positions.Add(segment.At);
            }

            positions.Sort();
            var clustered = new List<double>();
            foreach (double position in positions)
            {
                if (clustered.Count == 0 || position - clustered[clustered.Count - 1] > RuleMerge)
                {
                    clustered.Add(position);
                }
            }

            // Horizontal rules are walked top down (PDF y grows upwards); vertical ones left to right.
            if (descending)
            {
                clustered.Reverse();
            }

            return clustered;
        }

        /// <summary>Whether a rule near <paramref name="at"/> (within the merge distance) spans <paramref name="along"/>.</summary>
        private static bool Covers(List<Segment> segments, double at, double along)
        {
            foreach (Segment segment in segments)
            {
                if (Math.Abs(segment.At - at) <= RuleMerge && along >= segment.From - 0.5 && along <= segment.To + 0.5)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
