using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Cells;

/// <summary>
/// The table cells of one format in the label catalogue's order: index <c>i</c> of the cells <see cref="ReportCells"/> reads
/// is the cell field <c>Fields[i]</c>, whose <see cref="FieldLabel.Order"/> is <c><see cref="FirstOrder"/> + i</c>.
/// </summary>
/// <remarks>
/// The layouts are built once from <see cref="LabelCatalogue"/>, immutable and shared; every member is thread-safe.
/// Equality is reference equality: there is one layout per format.
/// </remarks>
public sealed class CellLayout
{
    private readonly Dictionary<string, int> _byPointer;

    private CellLayout(LabelCatalogue catalogue)
    {
        Catalogue = catalogue;
        ImmutableArray<FieldLabel>.Builder cells = ImmutableArray.CreateBuilder<FieldLabel>();
        foreach (FieldLabel field in catalogue.Fields)
        {
            if (field.IsCell)
            {
                cells.Add(field);
            }
        }

        Fields = cells.ToImmutable();
        FirstOrder = Fields[0].Order;
        _byPointer = new Dictionary<string, int>(Fields.Length, StringComparer.Ordinal);
        for (int i = 0; i < Fields.Length; i++)
        {
            if (Fields[i].Order != FirstOrder + i)
            {
                throw new InvalidOperationException("The cell fields of the label catalogue are not contiguous.");
            }

            _byPointer.Add(Fields[i].Pointer, i);
        }
    }

    /// <summary>The cells of the current format.</summary>
    public static CellLayout Format2021 { get; } = new(LabelCatalogue.Format2021);

    /// <summary>The cells of the legacy layout.</summary>
    public static CellLayout Format2019 { get; } = new(LabelCatalogue.Format2019);

    /// <summary>The format the layout describes.</summary>
    public ReportFormat Format => Catalogue.Format;

    /// <summary>The label catalogue the layout is taken from.</summary>
    public LabelCatalogue Catalogue { get; }

    /// <summary>The cell fields, in catalogue order (表二, 表三, 表四; row by row, column by column).</summary>
    public ImmutableArray<FieldLabel> Fields { get; }

    /// <summary>The <see cref="FieldLabel.Order"/> of the first cell.</summary>
    public int FirstOrder { get; }

    /// <summary>The number of cells of the format.</summary>
    public int Count => Fields.Length;

    /// <summary>The layout of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Its layout.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static CellLayout For(ReportFormat format) => format switch
    {
        ReportFormat.Format2021 => Format2021,
        ReportFormat.Format2019 => Format2019,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>The index of the cell at a JSON Pointer.</summary>
    /// <param name="pointer">The pointer, e.g. <c>/applications/newlyReceived/total</c>.</param>
    /// <returns>The index, or −1 when the pointer names no cell of the format.</returns>
    public int IndexOf(string pointer) => pointer is not null && _byPointer.TryGetValue(pointer, out int index) ? index : -1;

    /// <summary>Finds the index of the cell at a JSON Pointer.</summary>
    /// <param name="pointer">The pointer.</param>
    /// <param name="index">The index, when there is one.</param>
    /// <returns>Whether the pointer names a cell of the format.</returns>
    public bool TryGetIndex(string pointer, out int index)
    {
        index = IndexOf(pointer);
        return index >= 0;
    }

    /// <summary>The index of the cell of a field.</summary>
    /// <param name="field">A cell field of this layout's catalogue.</param>
    /// <returns>Its index.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a cell of this format.</exception>
    public int IndexOf(FieldLabel field)
    {
        int index = field is null ? -1 : field.Order - FirstOrder;
        return index >= 0 && index < Fields.Length && ReferenceEquals(Fields[index], field)
            ? index
            : throw new ArgumentException("The field is not a cell of this format.", nameof(field));
    }

    /// <inheritdoc/>
    public override string ToString() => "cells of format " + ((int)Format).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
