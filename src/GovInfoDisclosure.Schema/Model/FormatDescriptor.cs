using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Migration;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;

namespace GovInfoDisclosure.Schema.Model;

/// <summary>
/// Everything the library knows per <see cref="ReportFormat"/>, in one table: the record type, the label catalogue, the cell
/// layout, the relations of the default rule set, and the migration step to the next format. Code that differs by format
/// looks the format up here instead of branching on it; an undefined format is an <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
internal sealed class FormatDescriptor
{
    private static readonly Lazy<IMigrationStep> Step2019 = new(() => new Step2019To2021());

    private readonly Func<IReadOnlyList<RuleRelation>> _relations;
    private readonly Lazy<IMigrationStep>? _migration;

    private FormatDescriptor(ReportFormat format, int ordinal, Type recordType, Func<IReadOnlyList<RuleRelation>> relations, Lazy<IMigrationStep>? migration)
    {
        Format = format;
        Ordinal = ordinal;
        RecordType = recordType;
        _relations = relations;
        _migration = migration;
    }

    /// <summary>Every format, in the order they were issued (<see cref="Ordinal"/> is the index here).</summary>
    public static ImmutableArray<FormatDescriptor> All { get; } = ImmutableArray.Create(
        new FormatDescriptor(ReportFormat.Format2019, 0, typeof(Report2019), () => Rules2019.Relations, Step2019),
        new FormatDescriptor(ReportFormat.Format2021, 1, typeof(Report2021), () => Rules2021.Relations, null));

    /// <summary>The format.</summary>
    public ReportFormat Format { get; }

    /// <summary>The 0-based position of the format in <see cref="All"/>.</summary>
    public int Ordinal { get; }

    /// <summary>The record type of a report in the format.</summary>
    public Type RecordType { get; }

    /// <summary>The label catalogue.</summary>
    public LabelCatalogue Catalogue => LabelCatalogue.For(Format);

    /// <summary>The table cells in catalogue order.</summary>
    public CellLayout Cells => CellLayout.For(Format);

    /// <summary>The relations of the format's built-in rule set.</summary>
    public IReadOnlyList<RuleRelation> Relations => _relations();

    /// <summary>The step to the next format; <see langword="null"/> for the current format.</summary>
    public IMigrationStep? Migration => _migration?.Value;

    /// <summary>Whether this is the current format (no migration step leaves it).</summary>
    public bool IsCurrent => _migration is null;

    /// <summary>The descriptor of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Its descriptor.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static FormatDescriptor For(ReportFormat format)
    {
        foreach (FormatDescriptor descriptor in All)
        {
            if (descriptor.Format == format)
            {
                return descriptor;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
    }
}
