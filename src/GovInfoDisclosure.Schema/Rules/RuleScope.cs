namespace GovInfoDisclosure.Schema.Rules;

/// <summary>Over what a rule is expanded into instances; each instance yields at most one diagnostic.</summary>
public enum RuleScope
{
    /// <summary>The rule holds in each column of its table; a diagnostic names the column (e.g. 自然人列).</summary>
    EachColumn,

    /// <summary>The rule holds in each of a list of rows; a diagnostic names the row.</summary>
    EachRow,

    /// <summary>The rule holds for each cell of the document.</summary>
    EachCell,

    /// <summary>The rule is evaluated once for the report (or the pair or set of reports).</summary>
    Report,
}
