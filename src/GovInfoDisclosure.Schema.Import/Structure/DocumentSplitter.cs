using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Sources;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Structure;

/// <summary>
/// Walks the blocks of a source once: headings switch the section, table anchors switch the table, cell blocks go to the
/// current table, and everything else is prose of the current section. Cell blocks outside any table (a footer with
/// <c>|</c> in it) are prose too.
/// </summary>
internal static class DocumentSplitter
{
    public static SplitDocument Split(SourceDocument source, DiagnosticBag diagnostics)
    {
        var split = new SplitDocument();
        int section = 0;
        int? table = null;

        bool TryHeading(string text, int line)
        {
            if (!SectionHeadings.TryMatch(text, section, out int heading, out bool exact, out string? remainder))
            {
                return false;
            }

            section = heading;
            split.SectionFound[heading] = true;
            split.SectionLine[heading] = line;
            split.LooksLikeReport = true;
            table = heading is >= 2 and <= 4 ? heading : null;
            if (!exact)
            {
                diagnostics.AddTemplated(ImportDiagnosticCodes.SectionHeadingVariant, new ImportLocation { Line = line },
                    new[] { ImportArguments.Text("text", text), ImportArguments.Heading(LabelCatalogue.Format2021.Sections[heading - 1]) }, text);
            }

            if (remainder is { Length: > 0 })
            {
                split.Sections[section].Add(new NarrativeLine(line, remainder));
            }

            return true;
        }

        // Short text lines inside a table, kept back: when a row of values without a label follows, they are its label
        // wrapped over lines ("（二）部分公开（区分处理的，只计这一情" / "形，不计其他情形）" / "| 2 | 0 | … |"); otherwise prose.
        var loose = new List<SourceBlock>();
        void FlushLoose()
        {
            foreach (SourceBlock text in loose)
            {
                split.Sections[section].Add(new NarrativeLine(text.Line, text.Text));
            }

            loose.Clear();
        }

        foreach (SourceBlock printed in source.Blocks)
        {
            // A line of values alone, separated by spaces (表四's 15 under its header, a 表三 row whose label is printed
            // apart): a row without a label — its label the lines kept back above it, if any — or named unlabelled.
            SourceBlock block = printed.Kind == SourceBlockKind.Text && table is 3 or 4 && ValuesOnly(printed) is { } values ? values : printed;
            if (loose.Count > 0 && block.Kind == SourceBlockKind.Row && table is { } wrappedIn && AllValueLike(block))
            {
                var joined = new System.Text.StringBuilder();
                foreach (SourceBlock text in loose)
                {
                    joined.Append(LabelText.Trim(text.Text));
                }

                var cells = new List<SourceCell> { new(joined.ToString(), loose[0].Line, fromLooseLines: loose.Count) };
                cells.AddRange(block.Cells);
                split.Tables[wrappedIn].Add(SourceBlock.Row(block.Line, joined + " | " + block.Text, cells, block.IsGrid, block.TrailingBlanks));
                loose.Clear();
                continue;
            }

            if (loose.Count > 0 && !(block.Kind == SourceBlockKind.Text && IsLooseLabelLine(block) && loose.Count < MaxLooseLines))
            {
                FlushLoose();
            }

            switch (block.Kind)
            {
                case SourceBlockKind.Text:
                    if (loose.Count > 0 && SectionHeadings.TryMatch(block.Text, section, out _, out _, out _))
                    {
                        FlushLoose(); // lines kept back belong to the section they were printed in
                    }

                    if (TryHeading(block.Text, block.Line))
                    {
                        break;
                    }

                    if (table is not null && IsLooseLabelLine(block) && LabelAndValues(block) is null && !IsReconsiderationHeading(table, block))
                    {
                        loose.Add(block);
                        break;
                    }

                    if (table is { } inTable && LabelAndValues(block) is { } row)
                    {
                        split.Tables[inTable].Add(row);
                        break;
                    }

                    // The headings of 表四 printed as three small tables (行政复议 / 未经复议直接起诉 / 复议后起诉) belong to it.
                    if (IsReconsiderationHeading(table, block))
                    {
                        split.Tables[4].Add(SourceBlock.Fragment(block.Line, block.Text, new SourceCell(LabelText.Trim(block.Text), block.Line)));
                        break;
                    }

                    split.Sections[section].Add(new NarrativeLine(block.Line, block.Text));
                    break;

                case SourceBlockKind.Boundary:
                    if (table is { } open)
                    {
                        split.Tables[open].Add(block);
                    }

                    break;

                default:
                    // A heading flattened with a trailing "|" ("二、主动公开政府信息情况 |") is still a heading; so is one that a PDF
                    // printer boxed in rules (a one-cell row), when it is the heading exactly — not a table caption like it.
                    if ((block.Kind == SourceBlockKind.Fragment || (block.Kind == SourceBlockKind.Row && block.Cells.Count == 1))
                        && (TableAnchors.Detect(block.Cells[0].Text) is null || IsExactHeading(block.Cells[0].Text))
                        && TryHeading(block.Cells[0].Text, block.Line))
                    {
                        break;
                    }

                    foreach (SourceCell cell in block.Cells)
                    {
                        if (TableAnchors.Detect(cell.Text) is ReportTable anchor)
                        {
                            table = (int)anchor;
                            split.LooksLikeReport = true;
                            break;
                        }
                    }

                    // 表四's 15 values with no label, inside 表三 because 表四's heading and header were lost: they are 表四's.
                    if (table == 3 && block.Kind == SourceBlockKind.Row && block.Cells.Count >= 15 && AllValues(block, 15))
                    {
                        table = 4;
                    }

                    if (table is { } current)
                    {
                        split.Tables[current].Add(block);
                    }
                    else if (block.Text.Length > 0)
                    {
                        split.Sections[section].Add(new NarrativeLine(block.Line, block.Text));
                    }

                    break;
            }
        }

        FlushLoose();
        return split;
    }

    private static bool IsExactHeading(string text) => SectionHeadings.TryMatch(text, 0, out _, out bool exact, out string? remainder) && exact && remainder is not { Length: > 0 };

    private static bool IsReconsiderationHeading(int? table, SourceBlock block) =>
        table == 4 && LabelText.Normalize(block.Text) is "行政复议" or "行政诉讼" or "未经复议直接起诉" or "复议后起诉";

    /// <summary>The most lines a label is wrapped over.</summary>
    private const int MaxLooseLines = 4;

    /// <summary>A short line that can be a piece of a row label: Chinese text, no sentence end, no trailing number.</summary>
    private static bool IsLooseLabelLine(SourceBlock block)
    {
        string n = LabelText.Normalize(block.Text);
        if (n.Length == 0 || n.Length > 40 || n.IndexOf('\u3002') >= 0 || LabelText.IsAsciiDigit(n[n.Length - 1]))
        {
            return false;
        }

        foreach (char c in n)
        {
            if (c >= '\u4E00' && c <= '\u9FFF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every cell of a row is a value (number, mark or blank) and at least two are not blank.</summary>
    private static bool AllValueLike(SourceBlock block)
    {
        int values = 0;
        foreach (SourceCell cell in block.Cells)
        {
            if (!cell.Parsed.IsValueLike)
            {
                return false;
            }

            values += cell.Parsed.Kind == CellTextKind.Blank ? 0 : 1;
        }

        return values >= 2;
    }

    /// <summary>Whether the first <paramref name="count"/> cells of a row are numbers and any after them blank.</summary>
    private static bool AllValues(SourceBlock block, int count)
    {
        for (int i = 0; i < block.Cells.Count; i++)
        {
            CellTextKind kind = block.Cells[i].Parsed.Kind;
            if (i < count ? kind != CellTextKind.Number : kind != CellTextKind.Blank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A text line of five or more values separated by spaces, at least one a number, as a row of those cells; otherwise null.</summary>
    private static SourceBlock? ValuesOnly(SourceBlock block)
    {
        // Most lines are prose or labels: ruled out by their first Chinese character or letter, before anything is built.
        if (LabelText.HasIdeographOrLetter(block.Text))
        {
            return null;
        }

        string text = LabelText.Trim(block.Text);
        var values = new List<SourceCell>();
        bool number = false;
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !LabelText.IsSpace(text[i]))
            {
                continue;
            }

            if (i > start)
            {
                string word = text.Substring(start, i - start);
                ParsedCell parsed = CellText.Parse(word);
                if (!parsed.IsValueLike)
                {
                    return null;
                }

                number |= parsed.Kind == CellTextKind.Number;
                values.Add(new SourceCell(word, block.Line));
            }

            start = i + 1;
        }

        return values.Count >= 5 && number ? SourceBlock.Row(block.Line, text, values.ToArray(), isGrid: false) : null;
    }

    /// <summary>
    /// A text line inside a table that is a label and its values separated by single spaces (<c>行政许可 0</c>, as
    /// converters print one-column rows; <c>（一）予以公开 1288 21 0 0 50 3 1362</c>, as plain pdftotext prints a row): a
    /// row of the label and one cell per value. The table interpreter reads it only when the values are exactly the row's
    /// columns; with fewer (blanks lost in the conversion) the row is ambiguous and left blank, never shifted.
    /// </summary>
    private static SourceBlock? LabelAndValues(SourceBlock block)
    {
        string text = LabelText.Trim(block.Text);
        var values = new List<SourceCell>();
        bool number = false;
        int cut = text.Length;
        while (cut > 0)
        {
            int wordStart = cut;
            while (wordStart > 0 && !LabelText.IsSpace(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == 0)
            {
                break; // the first word is the label
            }

            string word = text.Substring(wordStart, cut - wordStart);
            ParsedCell parsed = CellText.Parse(word);
            if (!parsed.IsValueLike)
            {
                break;
            }

            number |= parsed.Kind == CellTextKind.Number;
            values.Insert(0, new SourceCell(word, block.Line));
            cut = wordStart;
            while (cut > 0 && LabelText.IsSpace(text[cut - 1]))
            {
                cut--;
            }
        }

        if (values.Count == 0 || !number || cut == 0)
        {
            return null;
        }

        string label = LabelText.Trim(text.Substring(0, cut));
        if (label.Length == 0 || CellText.Parse(label).IsValueLike)
        {
            return null;
        }

        // The label has no digits after its ordinal and contains Chinese text: not a sentence or a page number.
        bool chinese = false;
        foreach (char c in LabelText.StripOrdinal(LabelText.Normalize(label)))
        {
            if (LabelText.IsAsciiDigit(c) || c is '\u3002' or ',' or ';' or '\u2014')
            {
                return null;
            }

            chinese |= c >= '\u4E00' && c <= '\u9FFF';
        }

        if (!chinese)
        {
            return null;
        }

        values.Insert(0, new SourceCell(label, block.Line));
        return SourceBlock.Row(block.Line, text, values.ToArray(), isGrid: false);
    }
}
