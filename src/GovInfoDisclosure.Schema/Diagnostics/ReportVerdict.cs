namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>What the library concludes about one input after reading (or importing) and validating it.</summary>
/// <remarks>
/// In JSON the verdict is written in lower case: <c>"valid"</c>, <c>"invalid"</c>, <c>"incomplete"</c>, <c>"unreadable"</c>.
/// <c>govinfo validate</c> exits 0 for valid, 1 for invalid or incomplete, 2 for unreadable.
/// </remarks>
public enum ReportVerdict
{
    /// <summary>A report whose tables were read, in which no error-severity rule fails. Warnings and indeterminate rules on printed blanks do not change it.</summary>
    Valid = 0,

    /// <summary>A report in which an error-severity rule fails, or a document that breaks the JSON contract.</summary>
    Invalid = 1,

    /// <summary>
    /// A report that was read, but not whole: a table was not found, or the import could not read cells (a row with the wrong
    /// number of cells, digits run together, a row missing) — so the rules on those cells say nothing. Never valid: a text
    /// with the six section headings and no tables is incomplete. An error-severity rule that fails on the cells that were
    /// read makes it <see cref="Invalid"/> instead.
    /// </summary>
    Incomplete = 2,

    /// <summary>No report: the input cannot be read, is not JSON, or is not a report at all.</summary>
    Unreadable = 3,
}
