namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>The stage of the pipeline that produced a <see cref="Diagnostic"/>.</summary>
/// <remarks>In JSON the stage is written in kebab case: <c>"input"</c>, <c>"document"</c>, <c>"import"</c>, <c>"rule"</c>, <c>"cross-report"</c>.</remarks>
public enum DiagnosticStage
{
    /// <summary>Reading the input itself: a file that cannot be read, an empty or oversized input (<c>FILE-UNREADABLE</c>, <c>IMP-INPUT-EMPTY</c>).</summary>
    Input = 0,

    /// <summary>Reading a JSON document: a report document that breaks the JSON contract (<c>JSON-…</c>) or a malformed rules file (<c>RULES-…</c>).</summary>
    Document = 1,

    /// <summary>Importing a published report (text, HTML, Markdown, KIROGOVCOMPARE JSON): <c>IMP-…</c>.</summary>
    Import = 2,

    /// <summary>A consistency rule within one report (<c>GID-…</c>), or a user's own rule loaded from a rules file.</summary>
    Rule = 3,

    /// <summary>A rule between reports: two consecutive years, or a consolidated report and its parts.</summary>
    CrossReport = 4,
}
