using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Model;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>The mutable state of one import, owned by one call of the importer and never shared.</summary>
internal sealed class ImportContext
{
    public ImportContext(ReportFormat format, ImportOptions options)
    {
        Format = format;
        Options = options;
    }

    public ReportFormat Format { get; }

    public ImportOptions Options { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public CellGrid Grid { get; } = new();

    public List<ExtraRow> ExtraRows { get; } = new();

    /// <summary>How each cell written so far was obtained, by JSON Pointer; cells never written are unreadable.</summary>
    public Dictionary<string, CellProvenance> Provenance { get; } = new(System.StringComparer.Ordinal);
}
