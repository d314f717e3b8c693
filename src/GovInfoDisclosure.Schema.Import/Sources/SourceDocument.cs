using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;

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
}
