using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Import.Rendering;

/// <summary>Settings of <see cref="ReportDiagnosticsHtmlRenderer"/>.</summary>
/// <remarks>Immutable: derive a variant with a <c>with</c> expression.</remarks>
public sealed record DiagnosticsRenderOptions
{
    /// <summary>The defaults: id prefix <c>r</c>, the whole report, no inferred cells.</summary>
    public static DiagnosticsRenderOptions Default { get; } = new();

    /// <summary>
    /// The prefix of every element id the fragment writes (cell ids are the prefix followed by the pointer's keys), so that
    /// several reports can share one page; letters, digits and <c>-</c> only. <c>r</c> by default.
    /// </summary>
    public string IdPrefix { get; init; } = "r";

    /// <summary>How the tables are laid out (official layout only, narrative); the narrative is never printed by the fragment.</summary>
    public ReportRenderOptions Layout { get; init; } = ReportRenderOptions.Default;

    /// <summary>
    /// The cells the import did not read as printed cells — inferred from the arithmetic, or whose row was matched by
    /// position or by similarity — by JSON Pointer, each with the reason shown on the cell (import provenance);
    /// <see langword="null"/> for none.
    /// </summary>
    public IReadOnlyDictionary<string, BilingualText>? InferredCells { get; init; }
}
