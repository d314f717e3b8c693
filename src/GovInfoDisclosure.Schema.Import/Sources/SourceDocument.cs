using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Text;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>A source read into blocks, whatever its kind, plus what the reader learnt on the way.</summary>
internal sealed class SourceDocument
{
    public SourceDocument(ImportSourceKind kind, IReadOnlyList<SourceBlock> blocks, string? title = null,
        IReadOnlyDictionary<string, string>? metadata = null, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        Kind = kind;
        Blocks = blocks;
        Title = title;
        Metadata = metadata ?? new Dictionary<string, string>();
        Diagnostics = diagnostics ?? System.Array.Empty<Diagnostic>();
    }

    public ImportSourceKind Kind { get; }

    public IReadOnlyList<SourceBlock> Blocks { get; }

    /// <summary>The document title (HTML <c>&lt;title&gt;</c>), when the source has one.</summary>
    public string? Title { get; }

    /// <summary>
    /// Machine-readable metadata the source declares: HTML <c>&lt;meta name="govinfo:…"&gt;</c> or Markdown front matter,
    /// keyed <c>format</c>, <c>agency</c>, <c>year</c>, <c>publishedOn</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The same document with Kangxi radicals and compatibility ideographs replaced (<see cref="CompatibilityIdeographs"/>); itself when there are none.</summary>
    public SourceDocument WithUnifiedIdeographs(ref IdeographReplacements replaced)
    {
        int before = replaced.Count;
        SourceBlock[]? blocks = null;
        for (int i = 0; i < Blocks.Count; i++)
        {
            SourceBlock block = Blocks[i].WithUnifiedIdeographs(ref replaced);
            if (!ReferenceEquals(block, Blocks[i]))
            {
                blocks ??= System.Linq.Enumerable.ToArray(Blocks);
                blocks[i] = block;
            }
        }

        string? title = Title is null ? null : CompatibilityIdeographs.Map(Title, ref replaced);
        return replaced.Count == before ? this : new SourceDocument(Kind, (IReadOnlyList<SourceBlock>?)blocks ?? Blocks, title, Metadata, Diagnostics);
    }
}
