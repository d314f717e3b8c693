using System;
using System.Collections.Generic;
using System.Text;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Structure;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>
/// Reads text extracted from a PDF as <c>pdftotext -layout</c> prints it. Cells are separated by runs of two or more
/// spaces; a line that ends in numbers or marks is a table row. Labels wrapped over several lines are joined to the row
/// whose label they complete (scored against the label catalogue), page numbers and form feeds inside tables are removed,
/// and single-character vertical header text is ignored. Outside sections 二–四, and for sentences inside them, lines
/// are prose.
/// </summary>
internal static partial class LayoutTextReader
{
    private const int ProseLength = 30;
    private const int MaxWrappedLines = 6;

    /// <summary>The longest piece of a vertically printed group label on one line (<c>度办理结</c>, <c>(三)不</c>).</summary>
    private const int GroupPieceLength = 5;

    /// <summary>Whether a line looks like a layout table row: a label, then two or more numbers, separated by runs of spaces.</summary>
    public static bool LooksLikeLayoutRow(string line)
    {
        if (line.IndexOf('|') >= 0)
        {
            return false;
        }

        List<Segment> segments = Split(line);
        int values = 0;
        for (int i = segments.Count - 1; i >= 0 && CellText.Parse(segments[i].Text).Kind == CellTextKind.Number; i--)
        {
            values++;
        }

        return values >= 2 && values < segments.Count;
    }

    /// <summary>
    /// Whether a line is five or more values and nothing else (at least one a number), separated by spaces: a row of values whose label is
    /// printed apart from it (表四's 15 under its header in <c>pdftotext -raw</c> text).
    /// </summary>
    public static bool IsValuesOnlyRow(string line)
    {
        // Ruled out by its first Chinese character, letter or pipe before the line is split (most lines are text).
        if (line.IndexOf('|') >= 0 || LabelText.HasIdeographOrLetter(line))
        {
            return false;
        }

        List<Segment> segments = Split(line);
        if (segments.Count < 5)
        {
            return false;
        }

        // As the document splitter takes such a line (DocumentSplitter.ValuesOnly): values, at least one a number.
        bool number = false;
        foreach (Segment segment in segments)
        {
            ParsedCell parsed = CellText.Parse(segment.Text);
            if (!parsed.IsValueLike)
            {
                return false;
            }

            number |= parsed.Kind == CellTextKind.Number;
        }

        return number;
    }

    public static SourceDocument Read(string text) => Read(text, null);

    /// <summary>Reads <paramref name="text"/>, whose lines the caller may have split already (<see cref="TextLines.Split"/>).</summary>
    public static SourceDocument Read(string text, List<string>? lines)
    {
        lines ??= TextLines.Split(text);
        var diagnostics = new DiagnosticBag();
        var pageBreaks = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].IndexOf('\f') >= 0)
            {
                pageBreaks[i] = true;
                lines[i] = lines[i].Replace("\f", string.Empty);
            }
        }

        var pageOf = new int[lines.Count];
        for (int i = 0, page = 0; i < lines.Count; i++)
        {
            page += pageBreaks[i] ? 1 : 0;
            pageOf[i] = page;
        }

        var blocks = new List<SourceBlock>();
        var region = new List<int>();
        int section = 0;
        bool[] running = RunningLines(lines, pageBreaks);
        for (int i = 0; i < lines.Count; i++)
        {
            string trimmed = LabelText.Trim(lines[i]);
            if (trimmed.Length == 0)
            {
                continue;
            }

            // A table of pandoc's Markdown (a line of dash runs, its rows, a closing dash line): its columns are known.
            if (DashTableReader.IsColumnLine(lines[i]))
            {
                var table = new List<SourceBlock>();
                int after = DashTableReader.Read(lines, i, table);
                if (after > i)
                {
                    FlushRegion(lines, pageOf, region, blocks, diagnostics);
                    blocks.AddRange(table);
                    i = after - 1;
                    continue;
                }
            }

            if (running[i])
            {
                diagnostics.AddTemplated(ImportDiagnosticCodes.FooterDropped, new ImportLocation { Line = i + 1 }, new[]
                {
                    ImportArguments.Text("what", "页眉或页脚“" + trimmed + "”", "The running header or footer \"" + trimmed + "\""),
                    ImportArguments.Number("lines", 1),
                }, trimmed, actual: 1);
                continue;
            }

            if (IsPageNumber(trimmed, i, pageBreaks))
            {
                diagnostics.AddTemplated(ImportDiagnosticCodes.PageBreakRemoved, new ImportLocation { Line = i + 1 },
                    new[] { ImportArguments.Text("what", "页码“" + trimmed + "”已去除", "the page number \"" + trimmed + "\" was removed") }, trimmed);
                continue;
            }

            if (SectionHeadings.TryMatch(trimmed, section, out int heading, out _, out _))
            {
                FlushRegion(lines, pageOf, region, blocks, diagnostics);
                section = heading;
                blocks.Add(SourceBlock.TextLine(i + 1, trimmed));
                continue;
            }

            bool inTableSection = section is >= 2 and <= 4;
            if (inTableSection && !IsProse(trimmed))
            {
                region.Add(i);
                continue;
            }

            if (!inTableSection && section == 0 && LooksLikeLayoutRow(lines[i]))
            {
                // No headings (yet): a line of label and numbers is still a table row.
                region.Add(i);
                continue;
            }

            FlushRegion(lines, pageOf, region, blocks, diagnostics);
            blocks.Add(SourceBlock.TextLine(i + 1, trimmed));
        }

        FlushRegion(lines, pageOf, region, blocks, diagnostics);
        return new SourceDocument(ImportSourceKind.PdfLayoutText, blocks, diagnostics: diagnostics.Items);
    }

    private static bool IsProse(string trimmed)
    {
        if (Split(trimmed, splitTrailingValues: false).Count != 1)
        {
            return false;
        }

        // A long label followed by single-spaced values is a row (plain pdftotext); a sentence wrapped after one number is not.
        List<Segment> segments = Split(trimmed);
        if (segments.Count > 2)
        {
            return false;
        }

        string n = LabelText.Normalize(trimmed);
        return n.IndexOf('\u3002') >= 0 || n.IndexOf(';') >= 0 || n.Length >= ProseLength;
    }

    /// <summary>
    /// The lines that are running headers or footers: among the first and last two lines of each page (pages end at form
    /// feeds), those whose text, digits aside, stands at the edge of two or more pages and of at least half of them — as
    /// the PDF reader finds them.
    /// </summary>
    private static bool[] RunningLines(List<string> lines, bool[] pageBreaks)
    {
        var drop = new bool[lines.Count];
        var pages = new List<List<int>>();
        var page = new List<int>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (pageBreaks[i] && page.Count > 0)
            {
                pages.Add(page);
                page = new List<int>();
            }

            if (LabelText.Trim(lines[i]).Length > 0)
            {
                page.Add(i);
            }
        }

        pages.Add(page);
        if (pages.Count < 2)
        {
            return drop;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var edges = new List<(int Line, string Shape)>();
        foreach (List<int> onPage in pages)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int k = 0; k < onPage.Count; k++)
            {
                if (k >= 2 && k < onPage.Count - 2)
                {
                    continue;
                }

                string shape = Shape(lines[onPage[k]]);
                if (shape.Length < 4 || SectionHeadings.TryMatch(LabelText.Trim(lines[onPage[k]]), 0, out _, out _, out _))
                {
                    continue; // page numbers are handled apart; a section heading is never a running line
                }

                edges.Add((onPage[k], shape));
                if (seen.Add(shape))
                {
                    counts[shape] = counts.TryGetValue(shape, out int n) ? n + 1 : 1;
                }
            }
        }

        foreach ((int line, string shape) in edges)
        {
            int count = counts[shape];
            drop[line] = count >= 2 && count * 2 >= pages.Count;
        }

        return drop;
    }

    /// <summary>A line's text with its digits as <c>#</c> and without spaces: the same running line on every page.</summary>
    private static string Shape(string line)
    {
        var shape = new StringBuilder(line.Length);
        foreach (char c in line)
        {
            if (!IsBlank(c) && c != '\f')
            {
                shape.Append(c is >= '0' and <= '9' ? '#' : c);
            }
        }

        return shape.ToString();
    }

    /// <summary>A page number: "- 3 -", "— 3 —", "第3页", "3/12", or a bare number next to a page break.</summary>
    private static bool IsPageNumber(string trimmed, int index, bool[] pageBreaks)
    {
        string n = LabelText.Normalize(trimmed).Trim('-', '—', '–');
        if (n.Length == 0 || n.Length > 12)
        {
            return false;
        }

        // A row of single-spaced values ("0 0 0 0 0 0 0", plain pdftotext) is not a page number: a page number is one word.
        string core = trimmed.Trim('-', '—', '–', ' ', '\u3000', '\t', '\u00A0');
        foreach (char c in core)
        {
            if (IsBlank(c))
            {
                return false;
            }
        }

        bool decorated = n.Length != LabelText.Normalize(trimmed).Length;
        if (n.StartsWith("第", StringComparison.Ordinal) && n.IndexOf('页') > 0)
        {
            return true;
        }

        int slash = n.IndexOf('/');
        string digits = slash > 0 ? n.Substring(0, slash) + n.Substring(slash + 1) : n;
        foreach (char c in digits)
        {
            if (!LabelText.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (decorated || slash > 0)
        {
            return true;
        }

        // A bare 0 (or a number with a leading 0) is no page number: it is a value on a line of its own.
        if (digits.Length == 0 || digits[0] == '0')
        {
            return false;
        }

        for (int d = -2; d <= 2; d++)
        {
            if (index + d >= 0 && index + d < pageBreaks.Length && pageBreaks[index + d])
            {
                return true;
            }
        }

        return false;
    }

    private static void FlushRegion(List<string> lines, int[] pageOf, List<int> region, List<SourceBlock> blocks, DiagnosticBag diagnostics)
    {
        if (region.Count == 0)
        {
            return;
        }

        var rows = new List<LayoutRow>();
        var pending = new List<LayoutRow>();
        LayoutRow? previous = null;
        var split = new List<Segment>[region.Count];
        var subLabelColumns = new int[region.Count];
        for (int r = 0; r < region.Count; r++)
        {
            split[r] = Split(lines[region[r]]);
            subLabelColumns[r] = SubLabelColumn(split[r]);
        }

        for (int r = 0; r < region.Count; r++)
        {
            int index = region[r];
            List<Segment> segments = split[r];
            var row = new LayoutRow(index + 1, lines[index]);
            int firstValue = segments.Count;
            while (firstValue > 0 && CellText.Parse(segments[firstValue - 1].Text).IsValueLike)
            {
                firstValue--;
            }

            int subLabelColumn = NearestSubLabelColumn(subLabelColumns, r);
            if (subLabelColumn >= 0 && firstValue > 0)
            {
                firstValue += SplitAtLeafColumn(segments, firstValue - 1, subLabelColumn);
            }

            if (firstValue > 0 && firstValue < segments.Count)
            {
                // A value row whose only label is a piece of a vertical group label: its own label is wrapped around it.
                int wrapped = WrappedLabelColumn(split, r, segments[firstValue - 1]);
                if (wrapped >= 0)
                {
                    row.MarkLeafless(wrapped);
                }
            }

            bool vertical = true;
            for (int s = 0; s < segments.Count; s++)
            {
                if (s < firstValue)
                {
                    row.Labels.Add(segments[s]);
                    vertical &= LabelText.Normalize(segments[s].Text).Length == 1;
                }
                else
                {
                    row.Values.Add(segments[s]);
                }
            }

            if (row.Values.Count == 0)
            {
                if (vertical && row.Labels.Count > 1)
                {
                    string verticalText = LabelText.Trim(row.Raw);
                    diagnostics.AddTemplated(ImportDiagnosticCodes.HeaderFragment, new ImportLocation { Line = row.Line }, new[]
                    {
                        ImportArguments.Text("text", verticalText),
                        ImportArguments.Text("outcome", "是竖排的表头文字，已忽略", "is vertical header text and was ignored"),
                    }, verticalText);
                    continue;
                }

                pending.Add(row);
                continue;
            }

            Attach(previous, pending, row, rows);
            pending.Clear();
            rows.Add(row);
            previous = row;
        }

        Attach(previous, pending, null, rows);
        PlaceByApplicantColumns(split, region, pageOf, rows);
        foreach (LayoutRow row in rows)
        {
            blocks.Add(row.ToBlock());
        }

        region.Clear();
    }

    /// <summary>
    /// The column of a line's sub-row label (<c>1.属于国家秘密</c>: an ordinal <c>1.</c> or <c>1、</c>, the rows under a
    /// group of 表三), or -1. Group labels printed vertically stand left of that column.
    /// </summary>
    private static int SubLabelColumn(List<Segment> segments)
    {
        foreach (Segment segment in segments)
        {
            string n = LabelText.Normalize(segment.Text);
            if (LabelText.OrdinalKind(n) == 3 && LabelText.StripOrdinal(n).Length >= 2)
            {
                return segment.Column;
            }
        }

        return -1;
    }

    /// <summary>The leftmost sub-row label column within a few lines of line <paramref name="r"/> of the region, or -1.</summary>
    private static int NearestSubLabelColumn(int[] columns, int r)
    {
        int best = -1;
        for (int i = Math.Max(0, r - 4); i <= Math.Min(columns.Length - 1, r + 4); i++)
        {
            if (columns[i] >= 0 && (best < 0 || columns[i] < best))
            {
                best = columns[i];
            }
        }

        return best;
    }

    /// <summary>
    /// Splits the label segment at <paramref name="at"/> where a single space separates a group piece left of the leaf
    /// column from text in it (<c>(六)其 请</c>: the group label's piece, then the end of a wrapped row label). Returns the
    /// number of segments added (0 or 1).
    /// </summary>
    private static int SplitAtLeafColumn(List<Segment> segments, int at, int leafColumn)
    {
        Segment segment = segments[at];
        if (segment.Column >= leafColumn - 2)
        {
            return 0;
        }

        for (int i = 1; i < segment.Text.Length; i++)
        {
            if (IsBlank(segment.Text[i - 1]) && !IsBlank(segment.Text[i]) && segment.Column + i >= leafColumn - 1)
            {
                string left = segment.Text.Substring(0, i).TrimEnd();
                if (LabelText.Normalize(left).Length == 0 || LabelText.Normalize(left).Length > GroupPieceLength)
                {
                    return 0;
                }

                segments[at] = new Segment(segment.Column, left);
                segments.Insert(at + 1, new Segment(segment.Column + i, segment.Text.Substring(i)));
                return 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// When the last label segment of value row <paramref name="r"/> is a piece of a vertical group label rather than the
    /// row's own label — short, not a whole label, and left of the label-only line just before or after it, which holds
    /// the row's wrapped label (<c>予公 2.其他法律行政法规禁止</c> / <c>开  0 0 …</c> / <c>公开</c>) — the column of that
    /// wrapped label; otherwise -1.
    /// </summary>
    private static int WrappedLabelColumn(List<Segment>[] lines, int r, Segment label)
    {
        if (LabelText.Normalize(label.Text).Length > GroupPieceLength || LayoutLabelOracle.Score(label.Text) >= 2)
        {
            return -1;
        }

        foreach (int neighbour in new[] { r - 1, r + 1 })
        {
            if (neighbour < 0 || neighbour >= lines.Length || lines[neighbour].Count == 0)
            {
                continue;
            }

            List<Segment> line = lines[neighbour];
            Segment last = line[line.Count - 1];
            if (!CellText.Parse(last.Text).IsValueLike && last.Column >= label.Column + 3)
            {
                return last.Column;
            }
        }

        return -1;
    }


    /// <summary>
    /// Decides which label-only lines between two value rows continue the previous row's label, which begin the next row's
    /// label, and which stand alone (headers, captions): the split that makes the best-scoring labels wins, and a line is
    /// joined only when that improves the score.
    /// </summary>
    private static void Attach(LayoutRow? previous, List<LayoutRow> pending, LayoutRow? next, List<LayoutRow> rows)
    {
        // A label wraps over a few lines at most; earlier label-only lines stand alone (and the search stays linear).
        if (pending.Count > MaxWrappedLines * 2)
        {
            int keepFrom = pending.Count - (MaxWrappedLines * 2);
            rows.AddRange(pending.GetRange(0, keepFrom));
            pending = pending.GetRange(keepFrom, pending.Count - keepFrom);
            previous = null;
        }

        // A blank line is a gap between two rows of the table: a label-only line below one does not continue the row
        // above it, nor does one above a gap begin the row below it.
        int joinable = 0;
        while (previous is not null && joinable < pending.Count
            && pending[joinable].Line - (joinable == 0 ? previous.Line : pending[joinable - 1].Line) == 1)
        {
            joinable++;
        }

        // The lines from prefixFrom on run without a gap down to the next row: only they can begin its label.
        int prefixFrom = pending.Count;
        if (next is not null)
        {
            int below = next.Line;
            while (prefixFrom > 0 && below - pending[prefixFrom - 1].Line == 1)
            {
                prefixFrom--;
                below = pending[prefixFrom].Line;
            }
        }

        int bestSplit = 0;
        bool bestPrefix = false;
        int bestScore = -1;
        int maxSplit = previous is null ? 0 : joinable;
        for (int split = 0; split <= maxSplit; split++)
        {
            int before = previous is null ? 0 : LayoutLabelOracle.Score(previous.Leaf + Leaves(pending, 0, split, previous.LeafColumn));
            foreach (bool prefix in next is null || split < prefixFrom ? new[] { false } : new[] { false, true })
            {
                int after = 0;
                if (next is not null)
                {
                    after = LayoutLabelOracle.Score((prefix ? Leaves(pending, split, pending.Count, next.LeafColumn) : string.Empty) + next.Leaf);
                }

                int score = before + after;
                if (score > bestScore || (score == bestScore && split + (prefix ? 1 : 0) < bestSplit + (bestPrefix ? 1 : 0)))
                {
                    bestScore = score;
                    bestSplit = split;
                    bestPrefix = prefix;
                }
            }
        }

        // Joining must help: with no gain over the labels alone, the lines stand alone.
        int alone = (previous is null ? 0 : LayoutLabelOracle.Score(previous.Leaf)) + (next is null ? 0 : LayoutLabelOracle.Score(next.Leaf));
        if (bestScore <= alone)
        {
            bestSplit = 0;
            bestPrefix = false;
        }

        for (int i = 0; i < bestSplit; i++)
        {
            previous!.AppendLeaf(pending[i]);
        }

        var prefixLines = new List<LayoutRow>();
        for (int i = bestSplit; i < pending.Count; i++)
        {
            if (bestPrefix)
            {
                prefixLines.Add(pending[i]);
            }
            else
            {
                rows.Add(pending[i]);
            }
        }

        if (bestPrefix)
        {
            next!.PrependLeaf(prefixLines);
        }
    }

    private static string Leaves(List<LayoutRow> lines, int start, int end, int leafColumn)
    {
        var text = new StringBuilder();
        for (int i = start; i < end; i++)
        {
            text.Append(lines[i].LeafPart(leafColumn));
        }

        return text.ToString();
    }

    /// <summary>
    /// Splits a line into cells at runs of two or more spaces (a tab counts as a run), and, unless
    /// <paramref name="splitTrailingValues"/> is <see langword="false"/>, splits off the single-spaced values at the end of a cell.
    /// </summary>
    private static List<Segment> Split(string line, bool splitTrailingValues = true)
    {
        var segments = new List<Segment>();
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && IsBlank(line[i]))
            {
                i++;
            }

            if (i >= line.Length)
            {
                break;
            }

            int start = i;
            int end = i;
            while (i < line.Length)
            {
                if (!IsBlank(line[i]))
                {
                    i++;
                    end = i;
                    continue;
                }

                int run = i;
                while (run < line.Length && IsBlank(line[run]))
                {
                    run++;
                }

                if (run - i >= 2 || line[i] == '\t' || run >= line.Length)
                {
                    break;
                }

                i = run;
            }

            string text = line.Substring(start, end - start);
            if (splitTrailingValues)
            {
                AddSplittingTrailingValues(segments, start, text);
            }
            else
            {
                segments.Add(new Segment(start, text));
            }

            i = Math.Max(i, end);
        }

        return segments;
    }

    /// <summary>
    /// Adds a segment, first splitting off the values at its end that are separated only by single spaces — as plain
    /// <c>pdftotext</c> (without <c>-layout</c>) and text copied from a PDF viewer print a row:
    /// <c>（一）予以公开 1288 21 0 0 50 3 1362</c>. Only a run of value-like words (numbers and marks) with at least one
    /// number is split off, so a label with spaces inside (<c>三 、本 年 度办 理 结果</c>) or ending in a mark (<c>（四）无</c>) stays whole.
    /// </summary>
    private static void AddSplittingTrailingValues(List<Segment> segments, int column, string text)
    {
        int cut = text.Length;
        int firstValue = -1;
        int words = 0;
        bool number = false;
        while (cut > 0)
        {
            int wordEnd = cut;
            int wordStart = wordEnd;
            while (wordStart > 0 && !IsBlank(text[wordStart - 1]))
            {
                wordStart--;
            }

            ParsedCell word = CellText.Parse(text.Substring(wordStart, wordEnd - wordStart));
            if (!word.IsValueLike)
            {
                // pdftotext -raw prints a row's first value against a CJK label ("行政规范性文件0 0 1"): digits after a CJK
                // character are a value of their own.
                int digits = wordEnd;
                while (digits > wordStart && text[digits - 1] >= '0' && text[digits - 1] <= '9')
                {
                    digits--;
                }

                if (digits < wordEnd && digits - wordStart >= 2 && WideCharacters.IsWide(text[digits - 1]))
                {
                    number = true;
                    words++;
                    firstValue = digits;
                    cut = digits;
                }

                break;
            }

            number |= word.Kind == CellTextKind.Number;
            words++;
            firstValue = wordStart;
            cut = wordStart;
            while (cut > 0 && IsBlank(text[cut - 1]))
            {
                cut--;
            }
        }

        if (firstValue < 0 || !number || (firstValue == 0 && words == 1))
        {
            if (firstValue == 0)
            {
                segments.Add(new Segment(column, text));
            }
            else
            {
                AddLabelSegments(segments, column, text);
            }

            return;
        }

        if (cut > 0)
        {
            AddLabelSegments(segments, column, text.Substring(0, cut));
        }

        int at = firstValue;
        while (at < text.Length)
        {
            int wordEnd = at;
            while (wordEnd < text.Length && !IsBlank(text[wordEnd]))
            {
                wordEnd++;
            }

            segments.Add(new Segment(column + at, text.Substring(at, wordEnd - at)));
            at = wordEnd;
            while (at < text.Length && IsBlank(text[at]))
            {
                at++;
            }
        }
    }

    /// <summary>
    /// Adds label text, split before each single space that is followed by a row's ordinal (<c>(一)</c>, <c>1.</c>,
    /// <c>一、</c>): <c>pdftotext -layout</c> prints a piece of a vertical group label one space before the row's own label
    /// (<c>三、本年 (一)予以公开</c>, <c>(三)不 1.属于国家秘密</c>), which are two cells of the table.
    /// </summary>
    private static void AddLabelSegments(List<Segment> segments, int column, string text)
    {
        int start = 0;
        for (int i = 1; i < text.Length - 1; i++)
        {
            if (!IsBlank(text[i]) || IsBlank(text[i - 1]) || IsBlank(text[i + 1]))
            {
                continue;
            }

            string rest = LabelText.Normalize(text.Substring(i + 1));
            if (LabelText.OrdinalKind(rest) != 0 && LabelText.StripOrdinal(rest).Length >= 2 && LabelText.Normalize(text.Substring(start, i - start)).Length > 0)
            {
                segments.Add(new Segment(column + start, text.Substring(start, i - start)));
                start = i + 1;
            }
        }

        segments.Add(new Segment(column + start, text.Substring(start)));
    }

    private static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';

    private readonly struct Segment
    {
        public Segment(int column, string text)
        {
            Column = column;
            Text = text;
        }

        public int Column { get; }

        public string Text { get; }
    }

    /// <summary>One line of a layout table: label segments, value segments, and label text joined from wrapped lines.</summary>
    private sealed class LayoutRow
    {
        private string _prefix = string.Empty;
        private string _suffix = string.Empty;
        private int _leaflessColumn = -1;
        private readonly List<Segment> _groupsBefore = new();
        private readonly List<Segment> _groupsAfter = new();

        public LayoutRow(int line, string raw)
        {
            Line = line;
            Raw = raw;
        }

        public int Line { get; }

        public string Raw { get; }

        public List<Segment> Labels { get; } = new();

        public List<Segment> Values { get; } = new();

        /// <summary>
        /// The column where the row's own label starts (its last label segment), or -1; for a row whose labels are all
        /// pieces of group labels, the column of the sub-row labels nearby.
        /// </summary>
        public int LeafColumn => _leaflessColumn >= 0 ? _leaflessColumn : Labels.Count > 0 ? Labels[Labels.Count - 1].Column : -1;

        public string Leaf => _prefix + (OwnLabel is { } own ? own.Text : string.Empty) + _suffix;

        /// <summary>The row's own label segment on its line: the last, unless every label on the line is a group piece.</summary>
        private Segment? OwnLabel => _leaflessColumn < 0 && Labels.Count > 0 ? Labels[Labels.Count - 1] : null;

        /// <summary>Says that every label segment of this line is a piece of a group label; its own label is printed on lines around it.</summary>
        public void MarkLeafless(int leafColumn) => _leaflessColumn = leafColumn;

        /// <summary>The part of a label-only line in the leaf column: its last segment, unless it lies left of the leaf column.</summary>
        public string LeafPart(int leafColumn)
        {
            if (Labels.Count == 0 || _leaflessColumn >= 0)
            {
                return string.Empty;
            }

            Segment last = Labels[Labels.Count - 1];
            return leafColumn < 0 || last.Column >= leafColumn - 2 ? last.Text : string.Empty;
        }

        public void AppendLeaf(LayoutRow line)
        {
            string part = line.LeafPart(LeafColumn);
            _suffix += part;
            AddGroups(line, part, _groupsAfter);
        }

        public void PrependLeaf(List<LayoutRow> lines)
        {
            var prefix = new StringBuilder();
            foreach (LayoutRow line in lines)
            {
                string part = line.LeafPart(LeafColumn);
                prefix.Append(part);
                AddGroups(line, part, _groupsBefore);
            }

            _prefix = prefix + _prefix;
        }

        public SourceBlock ToBlock()
        {
            // Group label pieces (wrapped in the left label columns) in reading order, joined when they stand in one column.
            var groups = new List<Segment>(_groupsBefore);
            for (int i = 0; i < (OwnLabel is null ? Labels.Count : Labels.Count - 1); i++)
            {
                groups.Add(Labels[i]);
            }

            groups.AddRange(_groupsAfter);
            var cells = new List<SourceCell>();
            for (int i = 0; i < groups.Count; i++)
            {
                string text = groups[i].Text;
                while (i + 1 < groups.Count && Math.Abs(groups[i + 1].Column - groups[i].Column) <= 2)
                {
                    text += groups[++i].Text;
                }

                cells.Add(new SourceCell(text, Line));
            }

            if (OwnLabel is not null || _prefix.Length > 0 || _suffix.Length > 0)
            {
                cells.Add(new SourceCell(Leaf, Line));
            }

            foreach (Segment value in Values)
            {
                cells.Add(new SourceCell(value.Text, Line));
            }

            string raw = LabelText.Trim(Raw);
            return cells.Count == 1 ? SourceBlock.Fragment(Line, raw, cells[0]) : SourceBlock.Row(Line, raw, cells, isGrid: false);
        }

        private static void AddGroups(LayoutRow line, string leafPart, List<Segment> groups)
        {
            for (int i = 0; i < line.Labels.Count; i++)
            {
                if (i == line.Labels.Count - 1 && leafPart.Length > 0)
                {
                    break;
                }

                groups.Add(line.Labels[i]);
            }
        }
    }
}
