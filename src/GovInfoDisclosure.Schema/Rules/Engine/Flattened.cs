using GovInfoDisclosure.Schema.Cells;
using System;
using System.Buffers;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Rules.Engine;

/// <summary>
/// A report flattened into a pooled cell array for the duration of one validation, with the options applied. Dispose returns
/// the array to the pool, so validating allocates nothing once the pool is warm.
/// </summary>
internal readonly struct Flattened : IDisposable
{
    private Flattened(CellValue[] cells, int count)
    {
        Cells = cells;
        Count = count;
    }

    public CellValue[] Cells { get; }

    public int Count { get; }

    public static Flattened Of(GovInfoReport report, ValidationOptions options)
    {
        int count = CellLayout.For(report.Format).Count;
        CellValue[] cells = ArrayPool<CellValue>.Shared.Rent(count);
        try
        {
            CellValue.Fill(report, cells);
            if (options.BlankAsZero)
            {
                ApplyBlankAsZero(cells, count, RuleSet.For(report.Format).Groups);
            }
        }
        catch
        {
            ArrayPool<CellValue>.Shared.Return(cells, clearArray: true);
            throw;
        }

        return new Flattened(cells, count);
    }

    /// <summary>
    /// Reads every blank as 0, except the leaves of a result group that are all blank in a column while the group's subtotal is
    /// present: a group printed as one row, whose breakdown is unknown (see <see cref="ValidationOptions.BlankAsZero"/>).
    /// </summary>
    public static void ApplyBlankAsZero(CellValue[] cells, int count, CompiledTerm[] groups)
    {
        for (int i = 0; i < count; i++)
        {
            if (cells[i].State == CellState.Blank)
            {
                cells[i].State = CellState.BlankAsZero;
                cells[i].Number = 0;
                cells[i].Amount = 0;
            }
        }

        foreach (CompiledTerm group in groups)
        {
            if (cells[group.Subtotal].State == CellState.Absent)
            {
                continue;
            }

            int[] leaves = group.Leaves!;
            bool allBlank = true;
            for (int i = 0; i < leaves.Length && allBlank; i++)
            {
                allBlank = cells[leaves[i]].State == CellState.BlankAsZero;
            }

            if (allBlank)
            {
                for (int i = 0; i < leaves.Length; i++)
                {
                    cells[leaves[i]].State = CellState.Blank;
                }
            }
        }
    }

    public void Dispose() => ArrayPool<CellValue>.Shared.Return(Cells, clearArray: true);
}
