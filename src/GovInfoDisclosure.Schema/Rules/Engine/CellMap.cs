using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Rules.Engine;

/// <summary>
/// The cells of one format in catalogue order: index <c>i</c> of a flattened report is the cell field
/// <c>Cells[i]</c>, whose <see cref="FieldLabel.Order"/> is <c>FirstOrder + i</c>.
/// </summary>
internal sealed class CellMap
{
    private readonly Dictionary<string, int> _byPointer;

    private CellMap(LabelCatalogue catalogue)
    {
        Catalogue = catalogue;
        var cells = new List<FieldLabel>();
        foreach (FieldLabel field in catalogue.Fields)
        {
            if (field.IsCell)
            {
                cells.Add(field);
            }
        }

        Cells = cells.ToArray();
        FirstOrder = Cells[0].Order;
        _byPointer = new Dictionary<string, int>(Cells.Length, StringComparer.Ordinal);
        for (int i = 0; i < Cells.Length; i++)
        {
            if (Cells[i].Order != FirstOrder + i)
            {
                throw new InvalidOperationException("The cell fields of the label catalogue are not contiguous.");
            }

            _byPointer.Add(Cells[i].Pointer, i);
        }
    }

    public static CellMap Format2021 { get; } = new(LabelCatalogue.Format2021);

    public static CellMap Format2019 { get; } = new(LabelCatalogue.Format2019);

    public LabelCatalogue Catalogue { get; }

    public FieldLabel[] Cells { get; }

    public int FirstOrder { get; }

    public int Count => Cells.Length;

    public static CellMap For(ReportFormat format) => format == ReportFormat.Format2019 ? Format2019 : Format2021;

    /// <summary>The index of the cell at a pointer; throws for a pointer the format does not have (a catalogue bug).</summary>
    public int IndexOf(string pointer) =>
        _byPointer.TryGetValue(pointer, out int index)
            ? index
            : throw new InvalidOperationException($"The rule catalogue names '{pointer}', which is not a cell of format {(int)Catalogue.Format}.");

    public bool TryIndexOf(string pointer, out int index) => _byPointer.TryGetValue(pointer, out index);
}
