using System.Diagnostics.CodeAnalysis;

// RS0026 (PublicApiAnalyzers: "do not add multiple overloads with optional parameters") guards against adding an
// optional parameter to an overload that has already shipped, which breaks binary callers. These overloads differ by the
// type of their first, required parameter (text, bytes, a stream; a report with its diagnostics or a validation result),
// so no call is ambiguous, and they ship together in the first release; docs/public-api.md.
[assembly: SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ by the first required parameter's type; none has shipped.", Scope = "member",
    Target = "~M:GovInfoDisclosure.Schema.Import.ReportImporter.Import(System.String,GovInfoDisclosure.Schema.Import.ImportOptions)~GovInfoDisclosure.Schema.Import.ImportResult")]
[assembly: SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ by the first required parameter's type; none has shipped.", Scope = "member",
    Target = "~M:GovInfoDisclosure.Schema.Import.ReportImporter.Import(System.Byte[],GovInfoDisclosure.Schema.Import.ImportOptions)~GovInfoDisclosure.Schema.Import.ImportResult")]
[assembly: SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ by the first required parameter's type; none has shipped.", Scope = "member",
    Target = "~M:GovInfoDisclosure.Schema.Import.ReportImporter.Import(System.IO.Stream,GovInfoDisclosure.Schema.Import.ImportOptions)~GovInfoDisclosure.Schema.Import.ImportResult")]
[assembly: SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ by the first required parameter's type; none has shipped.", Scope = "member",
    Target = "~M:GovInfoDisclosure.Schema.Import.ReportImporter.Import(System.ReadOnlySpan{System.Byte},GovInfoDisclosure.Schema.Import.ImportOptions)~GovInfoDisclosure.Schema.Import.ImportResult")]
[assembly: SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ by the first required parameter's type; none has shipped.", Scope = "member",
    Target = "~M:GovInfoDisclosure.Schema.Import.Rendering.ReportDiagnosticsHtmlRenderer.RenderFragment(GovInfoDisclosure.Schema.Model.GovInfoReport,System.Collections.Generic.IReadOnlyList{GovInfoDisclosure.Schema.Diagnostics.Diagnostic},GovInfoDisclosure.Schema.Import.Rendering.DiagnosticsRenderOptions)~System.String")]
[assembly: SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ by the first required parameter's type; none has shipped.", Scope = "member",
    Target = "~M:GovInfoDisclosure.Schema.Import.Rendering.ReportDiagnosticsHtmlRenderer.RenderFragment(GovInfoDisclosure.Schema.Import.ImportValidationResult,GovInfoDisclosure.Schema.Import.Rendering.DiagnosticsRenderOptions)~System.String")]
