using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import;

/// <summary>A table row that is not part of the official layout (a provincial add-on such as Hubei's 其他主动公开文件), kept as printed.</summary>
/// <remarks>
/// The canonical model has no place for such rows yet, so an import keeps them here instead of dropping them or failing.
/// Equality is value equality, the cells compared in order.
/// </remarks>
public sealed class ExtraRow : IEquatable<ExtraRow>
{
    /// <summary>Creates an extra row.</summary>
    /// <param name="table">The table it was printed in.</param>
    /// <param name="line">The 1-based source line of its label.</param>
    /// <param name="label">Its label, verbatim.</param>
    /// <param name="cells">Its value cells, verbatim.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="cells"/> is <see langword="null"/>.</exception>
    public ExtraRow(ReportTable table, int line, string label, IReadOnlyList<string> cells)
    {
        Table = table;
        Line = line;
        Label = label ?? throw new ArgumentNullException(nameof(label));
        Cells = ImmutableArray.CreateRange(cells ?? throw new ArgumentNullException(nameof(cells)));
    }

    /// <summary>The table the row was printed in.</summary>
    public ReportTable Table { get; }

    /// <summary>The 1-based source line of the row's label.</summary>
    public int Line { get; }

    /// <summary>The row's label, verbatim.</summary>
    public string Label { get; }

    /// <summary>The row's value cells, verbatim, in order.</summary>
    public IReadOnlyList<string> Cells { get; }

    /// <inheritdoc/>
    public bool Equals(ExtraRow? other) =>
        other is not null && Table == other.Table && Line == other.Line && string.Equals(Label, other.Label, StringComparison.Ordinal)
        && Cells.SequenceEqual(other.Cells, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExtraRow);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Table, Line, StringComparer.Ordinal.GetHashCode(Label), Cells.Count);

    /// <summary>The label and cells joined with <c>" | "</c>.</summary>
    /// <returns>The row as text.</returns>
    public override string ToString() => Label + " | " + string.Join(" | ", Cells);
}
