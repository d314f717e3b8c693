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
                diagnostics.Add(ImportDiagnosticCodes.SectionHeadingVariant, new ImportLocation { Line = line },
                    $"章节标题“{text}”按关键词识别为第{heading}部分。",
                    $"The heading \"{text}\" was recognised as section {heading} by its keywords.",
                    text);
            }

            if (remainder is { Length: > 0 })
            {
                split.Sections[section].Add(new NarrativeLine(line, remainder));
            }

            return true;
        }

        foreach (SourceBlock block in source.Blocks)
        {
            switch (block.Kind)
            {
                case SourceBlockKind.Text:
                    if (TryHeading(block.Text, block.Line))
                    {
                        break;
                    }

                    if (table is { } inTable && LabelAndOneValue(block) is { } row)
                    {
                        split.Tables[inTable].Add(row);
                        break;
                    }

                    // The headings of 表四 printed as three small tables (行政复议 / 未经复议直接起诉 / 复议后起诉) belong to it.
                    if (table == 4 && LabelText.Normalize(block.Text) is "行政复议" or "行政诉讼" or "未经复议直接起诉" or "复议后起诉")
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
                    // A heading flattened with a trailing "|" ("二、主动公开政府信息情况 |") is still a heading.
                    if (block.Kind == SourceBlockKind.Fragment && TableAnchors.Detect(block.Cells[0].Text) is null
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

        return split;
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

    /// <summary>
    /// A text line inside a table that is a label and one value separated by a space (<c>行政许可 0</c>, as converters
    /// print one-column rows): a row of two cells. With more values the line stays text (a row whose values are not in
    /// cells is ambiguous, see the importer).
    /// </summary>
    private static SourceBlock? LabelAndOneValue(SourceBlock block)
    {
        string text = LabelText.Trim(block.Text);
        int space = text.Length - 1;
        while (space > 0 && !LabelText.IsSpace(text[space]))
        {
            space--;
        }

        if (space <= 0)
        {
            return null;
        }

        string label = LabelText.Trim(text.Substring(0, space));
        string value = text.Substring(space + 1);
        if (label.Length == 0 || CellText.Parse(value).Kind != CellTextKind.Number || CellText.Parse(label).IsValueLike)
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

        return chinese
            ? SourceBlock.Row(block.Line, text, new[] { new SourceCell(label, block.Line), new SourceCell(value, block.Line) }, isGrid: false)
            : null;
    }
}
