using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>The mutable state of one import, owned by one call of the importer and never shared.</summary>
internal sealed class ImportContext
{
    public ImportContext(ReportFormat format, ImportOptions options)
    {
        Format = format;
        Options = options;
        Grid = new ReportCellBuilder(format);
    }

    public ReportFormat Format { get; }

    public ImportOptions Options { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The cells read so far, by JSON Pointer (<see cref="ReportCellBuilder"/>).</summary>
    public ReportCellBuilder Grid { get; }

    public List<ExtraRow> ExtraRows { get; } = new();

    /// <summary>How each cell written so far was obtained, by JSON Pointer; cells never written are unreadable.</summary>
    public Dictionary<string, CellProvenance> Provenance { get; } = new(256, System.StringComparer.Ordinal);
}
