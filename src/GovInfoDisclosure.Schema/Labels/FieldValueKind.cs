namespace GovInfoDisclosure.Schema.Labels;

/// <summary>What kind of value a field of the report document holds.</summary>
public enum FieldValueKind
{
    /// <summary>A <see cref="Cells.CountCell"/>: a non-negative integer, blank or mark.</summary>
    Count,

    /// <summary>A <see cref="Cells.SignedCountCell"/>: an integer that may be negative, blank or mark (legacy 本年增/减).</summary>
    SignedCount,

    /// <summary>An <see cref="Cells.AmountCell"/>: a non-negative amount in 万元, blank or mark.</summary>
    Amount,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>The year reported on, an integer.</summary>
    Year,

    /// <summary>A calendar date <c>"yyyy-MM-dd"</c>.</summary>
    Date,

    /// <summary>The format discriminator, <c>"2019"</c> or <c>"2021"</c>.</summary>
    Format,
}
