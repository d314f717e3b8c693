using System.Diagnostics.CodeAnalysis;

// RS0026 (PublicApiAnalyzers: "do not add multiple overloads with optional parameters") guards against adding an
// optional parameter to an overload that has already shipped, which breaks binary callers. These overload pairs differ by
// the type of their first, required parameter (UTF-8 bytes or a string), so no call is ambiguous, and they ship together
// in the first release; docs/public-api.md.
[assembly: SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ by the first required parameter's type; none has shipped.", Scope = "member",
    Target = "~M:GovInfoDisclosure.Schema.Json.ReportJson.Read(System.ReadOnlySpan{System.Byte},GovInfoDisclosure.Schema.Json.ReportReadOptions)~GovInfoDisclosure.Schema.Json.ReportReadResult")]
[assembly: SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ by the first required parameter's type; none has shipped.", Scope = "member",
    Target = "~M:GovInfoDisclosure.Schema.Json.ReportJson.Read(System.String,GovInfoDisclosure.Schema.Json.ReportReadOptions)~GovInfoDisclosure.Schema.Json.ReportReadResult")]
[assembly: SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ by the first required parameter's type; none has shipped.", Scope = "member",
    Target = "~M:GovInfoDisclosure.Schema.Json.ReportJson.Deserialize(System.ReadOnlySpan{System.Byte},GovInfoDisclosure.Schema.Json.ReportReadOptions)~GovInfoDisclosure.Schema.Model.GovInfoReport")]
[assembly: SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ by the first required parameter's type; none has shipped.", Scope = "member",
    Target = "~M:GovInfoDisclosure.Schema.Json.ReportJson.Deserialize(System.String,GovInfoDisclosure.Schema.Json.ReportReadOptions)~GovInfoDisclosure.Schema.Model.GovInfoReport")]
