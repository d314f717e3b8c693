using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Sources;

namespace GovInfoDisclosure.Schema.Import.Structure;

/// <summary>A source split into the prose of each section (0 = before 一, 1–6) and the blocks of each table (2, 3, 4).</summary>
internal sealed class SplitDocument
{
    public SplitDocument()
    {
        for (int i = 0; i < Sections.Length; i++)
        {
            Sections[i] = new List<NarrativeLine>();
        }

        for (int i = 0; i < Tables.Length; i++)
        {
            Tables[i] = new List<SourceBlock>();
        }
    }

    /// <summary>Prose lines per section: index 0 before 一、总体情况, 1–6 the sections.</summary>
    public List<NarrativeLine>[] Sections { get; } = new List<NarrativeLine>[7];

    /// <summary>Whether each section's heading was found (index 1–6).</summary>
    public bool[] SectionFound { get; } = new bool[7];

    /// <summary>The 1-based line of each section's heading (index 1–6), 0 when not found.</summary>
    public int[] SectionLine { get; } = new int[7];

    /// <summary>Table blocks by table number (index 2, 3, 4 are 表二, 表三, 表四).</summary>
    public List<SourceBlock>[] Tables { get; } = new List<SourceBlock>[5];

    /// <summary>Whether a heading or a table anchor was seen at all.</summary>
    public bool LooksLikeReport { get; set; }
}
