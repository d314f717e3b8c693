using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>The result of checking one document: the verdict, the diagnostics for the summary, and the text to print.</summary>
/// <param name="Verdict">Valid, invalid or unreadable.</param>
/// <param name="Diagnostics">Every diagnostic (JSON problems and I/O failures included, as diagnostics with their codes).</param>
/// <param name="Text">The output for the document, one or more lines without the final line end.</param>
/// <param name="Entry">The document for the --html, --csv and --xlsx outputs (report, verdict, every diagnostic), or <see langword="null"/>.</param>
internal sealed record DocumentOutcome(DocumentVerdict Verdict, IReadOnlyList<Diagnostic> Diagnostics, string Text, Outputs.ReportEntry? Entry = null);
