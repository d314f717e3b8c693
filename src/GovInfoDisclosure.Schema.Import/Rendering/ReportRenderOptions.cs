namespace GovInfoDisclosure.Schema.Import.Rendering;

/// <summary>Settings of <see cref="ReportHtmlRenderer"/> and <see cref="ReportMarkdownRenderer"/>.</summary>
/// <remarks>Immutable: derive a variant with a <c>with</c> expression. Equality is value equality.</remarks>
public sealed record ReportRenderOptions
{
    /// <summary>The defaults: the whole report, local additions printed when the report has them.</summary>
    public static ReportRenderOptions Default { get; } = new();

    /// <summary>
    /// Whether to print strictly the official layout: without the subtotal rows and the 法人或其他组织小计 column some
    /// local templates add, even when the report has them. Off by default, so that no value of the report is dropped;
    /// a report read from an official table has no such rows or column and prints officially either way.
    /// </summary>
    public bool OfficialLayoutOnly { get; init; }

    /// <summary>Whether to print the narrative (preamble, section texts, sign-off); the section headings and tables are printed regardless. On by default.</summary>
    public bool IncludeNarrative { get; init; } = true;
}
