namespace GovInfoDisclosure.Schema.Import.Text;

/// <summary>The unit a money column states in its header.</summary>
internal enum AmountUnit
{
    /// <summary>The header states no unit.</summary>
    Unstated,

    /// <summary>万元, the unit of the model.</summary>
    TenThousandYuan,

    /// <summary>元.</summary>
    Yuan,
}
