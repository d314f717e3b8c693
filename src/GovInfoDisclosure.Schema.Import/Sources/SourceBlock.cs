using System;
using System.Collections.Generic;

using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>One unit of a source document: a text line, a table row, a single cell, or a row boundary.</summary>
internal sealed class SourceBlock
{
    private SourceBlock(SourceBlockKind kind, int line, string text, IReadOnlyList<SourceCell> cells, bool isGrid, bool isHeading,
        int trailingBlanks = 0)
    {
        TrailingBlanks = trailingBlanks;
        Kind = kind;
        Line = line;
        Text = text;
        Cells = cells;
        IsGrid = isGrid;
        IsHeading = isHeading;
    }

    public SourceBlockKind Kind { get; }

    /// <summary>The 1-based source line the block starts on.</summary>
    public int Line { get; }

    /// <summary>The text of a text block; for cell blocks the raw source line(s), used if the block turns out to be prose.</summary>
    public string Text { get; }

    /// <summary>The cells of a row or fragment block; empty for text and boundaries.</summary>
    public IReadOnlyList<SourceCell> Cells { get; }

    /// <summary>
    /// Whether the row comes from a real grid (HTML, Markdown), where every cell, even a trailing blank one, is a column.
    /// Rows of flattened text have lost their trailing blanks to merge artefacts.
    /// </summary>
    public bool IsGrid { get; }

    /// <summary>
    /// In flattened text, the number of empty cells printed after the row's last non-empty cell (not counting the closing
    /// <c>|</c>): the row's blank cells if they make up exactly its columns, merge artefacts otherwise.
    /// </summary>
    public int TrailingBlanks { get; }

    /// <summary>Whether the source marked the text as a heading (HTML h1–h6, Markdown #).</summary>
    public bool IsHeading { get; }

    public static SourceBlock TextLine(int line, string text, bool isHeading = false) =>
        new(SourceBlockKind.Text, line, text, Array.Empty<SourceCell>(), false, isHeading);

    public static SourceBlock Row(int line, string rawText, IReadOnlyList<SourceCell> cells, bool isGrid, int trailingBlanks = 0) =>
        new(SourceBlockKind.Row, line, rawText, cells, isGrid, false, trailingBlanks);

    public static SourceBlock Fragment(int line, string rawText, SourceCell cell) =>
        new(SourceBlockKind.Fragment, line, rawText, new[] { cell }, false, false);

    /// <summary>A blank cell printed as a lone <c>|</c> line between the cells of a row (one cell per line).</summary>
    public static SourceBlock BlankCellLine(int line) =>
        new(SourceBlockKind.Fragment, line, string.Empty, new[] { new SourceCell(string.Empty, line) }, false, false);

    /// <summary>Whether this is a <see cref="BlankCellLine"/>.</summary>
    public bool IsBlankCellLine => Kind == SourceBlockKind.Fragment && Text.Length == 0 && Cells[0].Text.Length == 0;

    public static SourceBlock Boundary(int line) =>
        new(SourceBlockKind.Boundary, line, string.Empty, Array.Empty<SourceCell>(), false, false);

    /// <summary>The same block <paramref name="lines"/> lines further down (a fragment read apart from its document).</summary>
    public SourceBlock MovedDown(int lines)
    {
        if (lines == 0)
        {
            return this;
        }

        var cells = new SourceCell[Cells.Count];
        for (int i = 0; i < cells.Length; i++)
        {
            SourceCell cell = Cells[i];
            cells[i] = new SourceCell(cell.Text, cell.Line + lines, cell.Inferred, cell.FromLooseLines);
        }

        return new SourceBlock(Kind, Line + lines, Text, cells, IsGrid, IsHeading, TrailingBlanks);
    }

    /// <summary>The same block with <see cref="CompatibilityIdeographs.Map"/> applied to its text and cells; itself when nothing changes.</summary>
    public SourceBlock WithUnifiedIdeographs(ref IdeographReplacements replaced)
    {
        int before = replaced.Count;
        string text = CompatibilityIdeographs.Map(Text, ref replaced);
        SourceCell[]? cells = null;
        for (int i = 0; i < Cells.Count; i++)
        {
            SourceCell cell = Cells[i];
            string mapped = CompatibilityIdeographs.Map(cell.Text, ref replaced);
            if (!ReferenceEquals(mapped, cell.Text))
            {
                cells ??= System.Linq.Enumerable.ToArray(Cells);
                cells[i] = new SourceCell(mapped, cell.Line, cell.Inferred, cell.FromLooseLines);
            }
        }

        return replaced.Count == before ? this
            : new SourceBlock(Kind, Line, text, (IReadOnlyList<SourceCell>?)cells ?? Cells, IsGrid, IsHeading, TrailingBlanks);
    }

    public override string ToString() => Kind + "@" + Line + ": " + Text;
}
