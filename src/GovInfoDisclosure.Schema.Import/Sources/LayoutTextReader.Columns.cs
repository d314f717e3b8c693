using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>
/// Blank cells of 表三 in <c>pdftotext -layout</c> text. A PDF prints a blank cell as nothing, so a row with blanks has fewer
/// values than columns and its values can only be placed by where they stand, as a person reads them: under the column
/// whose values (or, failing those, whose header word) stand nearest. The columns are the seven applicant columns; their
/// places are learnt per page — from the rows of that page that print all seven values, else from the header's words
/// when the header is on that page — because <c>pdftotext</c> lays out each page on its own character grid.
/// </summary>
internal static partial class LayoutTextReader
{
    /// <summary>表三's applicant columns in order, as their header names them (a header wraps them: 商业/企业, 科研/机构 …).</summary>
    private static readonly string[] ApplicantColumns = { "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计" };

    /// <summary>How far, in characters, a value may stand from its column's place; beyond it the value is not placed.</summary>
    private const int ColumnReach = 3;

    /// <summary>How much nearer a value must stand to its column than to the next one to be placed (characters).</summary>
    private const double ClearMargin = 2;

    /// <summary>The margin for learning the columns' places from rows whose 总计 confirms the placing.</summary>
    private const double NarrowMargin = 0.5;

    /// <summary>How many lines around the line of 自然人 the other header words are looked for.</summary>
    private const int HeaderReach = 5;

    /// <summary>
    /// Gives each row of 表三 that prints fewer values than its seven columns (and at least one) a blank value for each
    /// column it leaves empty, when every printed value — where it starts and where it ends — stands nearest to one
    /// column, the columns follow in order, and the last is 总计, the sum of the row's printed applicant values. Any other
    /// row is left as printed (and is ambiguous): one whose 总计 is printed blank too.
    /// </summary>
    private static void PlaceByApplicantColumns(List<Segment>[] split, List<int> region, int[] pageOf, List<LayoutRow> rows)
    {
        if (FindApplicantHeader(split, out int headerRegionIndex) is not { } header)
        {
            return;
        }

        int headerLine = region[headerRegionIndex] + 1;
        int headerPage = pageOf[headerLine - 1];
        int width = ApplicantColumns.Length;

        // The places of the columns on each page (where their values start, where they end), from that page's rows that
        // print every column.
        Dictionary<int, (double[] Starts, double[] Ends)>? learnt = null;
        Dictionary<int, int>? counts = null;
        foreach (LayoutRow row in rows)
        {
            if (row.Line <= headerLine || row.Values.Count != width || !AllNumbers(row.Values))
            {
                continue;
            }

            int page = pageOf[row.Line - 1];
            learnt ??= new Dictionary<int, (double[], double[])>();
            counts ??= new Dictionary<int, int>();
            if (!learnt.TryGetValue(page, out (double[] Starts, double[] Ends) sums))
            {
                sums = (new double[width], new double[width]);
                learnt[page] = sums;
                counts[page] = 0;
            }

            for (int k = 0; k < width; k++)
            {
                sums.Starts[k] += row.Values[k].Column;
                sums.Ends[k] += End(row.Values[k]);
            }

            counts[page]++;
        }

        (double[] Starts, double[] Ends)? refined = null;
        foreach (LayoutRow row in rows)
        {
            if (row.Line <= headerLine || row.Values.Count == 0 || row.Values.Count >= width || !AllNumbers(row.Values))
            {
                continue;
            }

            int page = pageOf[row.Line - 1];
            (double[] Starts, double[] Ends) places;
            if (learnt is not null && learnt.TryGetValue(page, out (double[] Starts, double[] Ends) sums))
            {
                places = (new double[width], new double[width]);
                for (int k = 0; k < width; k++)
                {
                    places.Starts[k] = sums.Starts[k] / counts![page];
                    places.Ends[k] = sums.Ends[k] / counts[page];
                }
            }
            else if (page == headerPage)
            {
                places = refined ??= Refine(header, rows, headerLine, pageOf, headerPage, width);
            }
            else if (row.Values.Count == 1 && row.Values[0].Text == "0" && RightmostPlace(rows, headerLine, pageOf, page, width) is int total
                && Math.Abs(row.Values[0].Column - total) <= 1 && Math.Abs(End(row.Values[0]) - total) <= 1)
            {
                // A page without the header or a full row (表三 continued after a page break): only the 总计 column is
                // known — where every row of the page prints its last value. A row printing only a 0 there is its
                // total (the sum of its blank applicant cells); any other lone value has nothing to check it by.
                PadAround(row, width - 1, width);
                continue;
            }
            else
            {
                continue; // nothing to place its values by
            }

            if (Place(row.Values, places, ClearMargin) is { } columns)
            {
                var placed = new List<Segment>(width);
                for (int k = 0, v = 0; k < width; k++)
                {
                    placed.Add(v < columns.Length && columns[v] == k ? row.Values[v++] : new Segment((int)places.Starts[k], string.Empty));
                }

                row.Values.Clear();
                row.Values.AddRange(placed);
            }
        }
    }

    /// <summary>The row's one value in column <paramref name="column"/> of <paramref name="width"/>, the others blank.</summary>
    private static void PadAround(LayoutRow row, int column, int width)
    {
        Segment value = row.Values[0];
        row.Values.Clear();
        for (int k = 0; k < width; k++)
        {
            row.Values.Add(k == column ? value : new Segment(value.Column, string.Empty));
        }
    }

    /// <summary>The column whose place is nearest to <paramref name="at"/>, within <see cref="ColumnReach"/> and by <paramref name="margin"/> nearer than any other; else -1.</summary>
    private static int Nearest(int at, double[] places, double margin)
    {
        int nearest = -1;
        double best = double.MaxValue;
        double second = double.MaxValue;
        for (int k = 0; k < places.Length; k++)
        {
            double distance = Math.Abs(at - places[k]);
            if (distance < best)
            {
                second = best;
                best = distance;
                nearest = k;
            }
            else if (distance < second)
            {
                second = distance;
            }
        }

        return best > ColumnReach || second - best < margin ? -1 : nearest;
    }

    /// <summary>
    /// The places of the columns on the header's page, learnt from the values rather than the header's words where the
    /// values allow it: a header word starts where its CJK text is laid out, which may be some characters off where the
    /// numbers under it stand. Rows of three or more values that place under the header's words, nearest however
    /// narrowly, and whose printed 总计 is the sum of the others, give their values' places; a column no such row prints
    /// keeps its header word's place.
    /// </summary>
    private static (double[] Starts, double[] Ends) Refine((int[] Starts, int[] Ends) header, List<LayoutRow> rows, int headerLine, int[] pageOf,
        int headerPage, int width)
    {
        // A header word's start for both ends of the column: the values under it are mostly one to three digits.
        double[] words = Array.ConvertAll(header.Starts, c => (double)c);
        (double[] Starts, double[] Ends) places = (words, words);
        var starts = new double[width];
        var ends = new double[width];
        var counts = new int[width];
        foreach (LayoutRow row in rows)
        {
            if (row.Line <= headerLine || pageOf[row.Line - 1] != headerPage || row.Values.Count < 3 || row.Values.Count >= width
                || !AllNumbers(row.Values))
            {
                continue;
            }

            // By where the values start only: the header's words say nothing of where a column's values end.
            if (Place(row.Values, places, NarrowMargin, byEnds: false) is { } columns)
            {
                for (int v = 0; v < columns.Length; v++)
                {
                    starts[columns[v]] += row.Values[v].Column;
                    ends[columns[v]] += End(row.Values[v]);
                    counts[columns[v]]++;
                }
            }
        }

        (double[] Starts, double[] Ends) refined = (new double[width], new double[width]);
        for (int k = 0; k < width; k++)
        {
            refined.Starts[k] = counts[k] > 0 ? starts[k] / counts[k] : places.Starts[k];
            refined.Ends[k] = counts[k] > 0 ? ends[k] / counts[k] : places.Ends[k];
        }

        // 总计, printed in every row: where every row of the page ends, when that is near the header's 总计.
        if (counts[width - 1] == 0 && RightmostPlace(rows, headerLine, pageOf, headerPage, width) is int total
            && Math.Abs(total - places.Starts[width - 1]) <= ColumnReach)
        {
            refined.Starts[width - 1] = total;
            refined.Ends[width - 1] = total;
        }

        return refined;
    }

    /// <summary>
    /// On a page, the column where each of at least two rows of 表三 after the header prints its last value, when they
    /// all print it there (within a character); otherwise null.
    /// </summary>
    private static int? RightmostPlace(List<LayoutRow> rows, int headerLine, int[] pageOf, int page, int width)
    {
        int? place = null;
        int seen = 0;
        foreach (LayoutRow row in rows)
        {
            if (row.Line <= headerLine || pageOf[row.Line - 1] != page || row.Values.Count == 0 || row.Values.Count > width)
            {
                continue;
            }

            int last = row.Values[row.Values.Count - 1].Column;
            if (place is int known && Math.Abs(known - last) > 1)
            {
                return null;
            }

            place ??= last;
            seen++;
        }

        return seen >= 2 ? place : null;
    }

    /// <summary>
    /// The column of each value: the nearest place to both its ends, within <see cref="ColumnReach"/> and nearer than any
    /// other, after the previous value's column; the last must be 总计 and the sum of the printed applicant values. Null
    /// when any value fails.
    /// </summary>
    private static int[]? Place(List<Segment> values, (double[] Starts, double[] Ends) places, double margin, bool byEnds = true)
    {
        var columns = new int[values.Count];
        int previous = -1;
        for (int v = 0; v < values.Count; v++)
        {
            // By where the value starts and where it ends: a long number aligned right (or centred) starts left of its
            // column; both must name the same column.
            int nearest = Nearest(values[v].Column, places.Starts, margin);
            if (nearest < 0 || nearest <= previous || (byEnds && Nearest(End(values[v]), places.Ends, NarrowMargin) != nearest))
            {
                return null;
            }

            columns[v] = nearest;
            previous = nearest;
        }

        // The row's 总计 is printed and is the sum of the printed applicant values: the one check of the placing there is.
        int total = places.Starts.Length - 1;
        if (columns[columns.Length - 1] != total)
        {
            return null;
        }

        decimal sum = 0;
        for (int v = 0; v < values.Count - 1; v++)
        {
            ParsedCell part = CellText.Parse(values[v].Text);
            if (!part.HasNumber)
            {
                return null;
            }

            sum += part.Number;
        }

        ParsedCell printedTotal = CellText.Parse(values[values.Count - 1].Text);
        if (!printedTotal.HasNumber || sum != printedTotal.Number)
        {
            return null;
        }

        return columns;
    }

    /// <summary>
    /// The columns (character positions) of the seven applicant column words of 表三's header — the line holding 自然人
    /// and the lines around it — when each is found and they stand left to right; otherwise null.
    /// </summary>
    private static (int[] Starts, int[] Ends)? FindApplicantHeader(List<Segment>[] split, out int headerRegionIndex)
    {
        headerRegionIndex = -1;
        for (int r = 0; r < split.Length && headerRegionIndex < 0; r++)
        {
            foreach (Segment segment in split[r])
            {
                // 自然人 as a word of its own: a segment, or a word a single space after the caption beside it.
                if (IsWordOf(segment.Text, ApplicantColumns[0]))
                {
                    headerRegionIndex = r;
                    break;
                }
            }
        }

        if (headerRegionIndex < 0)
        {
            return null;
        }

        var columns = new int[ApplicantColumns.Length];
        var ends = new int[ApplicantColumns.Length];
        for (int k = 0; k < ApplicantColumns.Length; k++)
        {
            int found = -1;
            int foundEnd = -1;
            int foundDistance = int.MaxValue;
            int from = Math.Max(0, headerRegionIndex - HeaderReach);
            int to = Math.Min(split.Length - 1, headerRegionIndex + HeaderReach);
            for (int r = from; r <= to; r++)
            {
                foreach (Segment segment in split[r])
                {
                    // Header words a single space apart ("科研 社会公 法律服务") are one segment: each word is looked at.
                    string text = segment.Text;
                    for (int start = 0; start < text.Length;)
                    {
                        int end = text.IndexOf(' ', start);
                        end = end < 0 ? text.Length : end;
                        string word = LabelText.Normalize(text.Substring(start, end - start));
                        bool names = word.Length >= 2 && ApplicantColumns[k].StartsWith(word, StringComparison.Ordinal);
                        if (names && Math.Abs(r - headerRegionIndex) < foundDistance)
                        {
                            found = segment.Column + start;
                            foundEnd = segment.Column + end - 1;
                            foundDistance = Math.Abs(r - headerRegionIndex);
                        }

                        start = end + 1;
                    }
                }
            }

            if (found < 0 || (k > 0 && found <= columns[k - 1]))
            {
                return null;
            }

            columns[k] = found;
            ends[k] = foundEnd;
        }

        return (columns, ends);
    }

    /// <summary>Whether <paramref name="word"/> stands in <paramref name="text"/> between spaces or the text's ends.</summary>
    private static bool IsWordOf(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The character position where a value ends (its last character).</summary>
    private static int End(Segment value) => value.Column + value.Text.Length - 1;

    private static bool AllNumbers(List<Segment> values)
    {
        foreach (Segment value in values)
        {
            if (CellText.Parse(value.Text).Kind != CellTextKind.Number)
            {
                return false;
            }
        }

        return true;
    }
}
