namespace GovInfoDisclosure.Schema.Import;

/// <summary>How the importer obtained one cell of the report (see <see cref="ImportResult.Provenance"/>).</summary>
/// <remarks>
/// A cell's provenance says how much to trust it: <see cref="Read"/> cells are as printed; <see cref="MatchedBySimilarity"/>
/// and <see cref="MatchedByPosition"/> cells are printed values whose row label was damaged or missing; <see cref="Inferred"/>
/// cells were not printed as cells at all; <see cref="Unreadable"/> cells are blank because they could not be read, which
/// is different from a cell printed blank (a <see cref="Read"/> blank).
/// </remarks>
public enum CellProvenance
{
    /// <summary>Read exactly: the row's label matched the official label (or a known variant, an annotation, a cut-short label) and the cell was printed as a cell, possibly blank.</summary>
    Read = 0,

    /// <summary>The value was printed as a cell, but its row label was damaged (characters lost, wrapped, spaced out, run into the group label) and the row was matched by its numbering, place in the official order and similarity (<see cref="Diagnostics.ImportDiagnosticCodes.LabelSimilar"/>).</summary>
    MatchedBySimilarity = 1,

    /// <summary>The value was printed as a cell in a row without a label, assigned to the official row whose place it fills (<see cref="Diagnostics.ImportDiagnosticCodes.RowByPosition"/>).</summary>
    MatchedByPosition = 2,

    /// <summary>Not printed as a cell: split from digits run together because the official arithmetic admits exactly one split (<see cref="Diagnostics.ImportDiagnosticCodes.CellsInferred"/>), or set to 0 for a table printed as 无 when <see cref="ImportOptions.TreatNoneStatementAsZero"/> asks.</summary>
    Inferred = 3,

    /// <summary>Not read: the row or table was not found, could not be split or aligned unambiguously, or the cell's text is not a valid value; the cell is blank (unknown, never zero).</summary>
    Unreadable = 4,
}
