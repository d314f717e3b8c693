using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Labels;

/// <summary>A column of a table row: its JSON name, official Chinese label and English name.</summary>
/// <remarks>Instances come from the <see cref="LabelCatalogue"/> and are immutable; equality is reference equality.</remarks>
public sealed class ColumnLabel
{
    internal ColumnLabel(string key, string chinese, string english, int? officialNumber, FieldValueKind valueKind,
        string? chineseGroup = null, bool isOptional = false, IReadOnlyList<string>? variants = null)
    {
        Key = key;
        Chinese = chinese;
        English = english;
        OfficialNumber = officialNumber;
        ValueKind = valueKind;
        ChineseGroup = chineseGroup;
        IsOptional = isOptional;
        Variants = ReadOnlyLists.Copy(variants ?? System.Array.Empty<string>());
    }

    /// <summary>The JSON property name of the column, e.g. <c>naturalPerson</c>.</summary>
    public string Key { get; }

    /// <summary>The official Chinese header of the column, e.g. <c>自然人</c> or <c>本年收费金额(单位:万元)</c>.</summary>
    public string Chinese { get; }

    /// <summary>The merged group header above the column, e.g. <c>法人或其他组织</c>; <see langword="null"/> when none.</summary>
    public string? ChineseGroup { get; }

    /// <summary>The English name of the column.</summary>
    public string English { get; }

    /// <summary>The 1-based position of the column in the official table; <see langword="null"/> for a column the official table lacks (法人或其他组织小计).</summary>
    public int? OfficialNumber { get; }

    /// <summary>What the cells of the column hold.</summary>
    public FieldValueKind ValueKind { get; }

    /// <summary>Whether the column may be absent (local additions such as 法人或其他组织小计).</summary>
    public bool IsOptional { get; }

    /// <summary>Other headers printed for the same column in real reports (normalised, without spaces).</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <inheritdoc/>
    public override string ToString() => Chinese;
}
