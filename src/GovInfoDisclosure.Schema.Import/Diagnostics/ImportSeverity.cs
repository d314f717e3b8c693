namespace GovInfoDisclosure.Schema.Import.Diagnostics;

/// <summary>How serious an <see cref="ImportDiagnostic"/> is.</summary>
/// <remarks>The values are ordered: a higher value is more serious.</remarks>
public enum ImportSeverity
{
    /// <summary>Something the importer did that a reader may want to know (a label variant, a unit converted, a footer dropped). The data is as published.</summary>
    Info = 0,

    /// <summary>Something is missing or unusual (a table or a row not found, a format guessed); the affected cells are blank (unknown), never invented.</summary>
    Warning = 1,

    /// <summary>Something could not be read unambiguously (a row with the wrong number of cells, digits run together); the affected cells are left blank and must be checked by hand.</summary>
    Error = 2,
}
