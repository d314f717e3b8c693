using System;
using System.Buffers;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Rules.Engine;

/// <summary>
/// One cell of a report as the engine evaluates it: the public <see cref="ReportCell"/> read through
/// <see cref="ReportCells"/>, with counts as <see cref="long"/> for the sums and the engine-only state
/// <see cref="CellState.BlankAsZero"/>.
/// </summary>
internal struct CellValue
{
    /// <summary>What the cell holds.</summary>
    public CellState State;

    /// <summary>The number of a count or signed count cell (0 otherwise).</summary>
    public long Number;

    /// <summary>The number of an amount cell (0 otherwise).</summary>
    public decimal Amount;

    /// <summary>The printed mark, for <see cref="CellState.Mark"/>.</summary>
    public string? Mark;

    public readonly bool IsKnown => State is CellState.Number or CellState.BlankAsZero;

    public static CellValue From(ReportCell cell, FieldValueKind kind)
    {
        if (cell.IsAbsent)
        {
            return default;
        }

        return cell.Kind switch
        {
            CellKind.Number => kind == FieldValueKind.Amount
                ? new CellValue { State = CellState.Number, Amount = cell.Number }
                : new CellValue { State = CellState.Number, Number = decimal.ToInt64(cell.Number) },
            CellKind.Mark => new CellValue { State = CellState.Mark, Mark = cell.Mark },
            _ => new CellValue { State = CellState.Blank },
        };
    }

    public readonly ReportCell ToCell(FieldValueKind kind) => State switch
    {
        CellState.Number => ReportCell.FromNumber(kind == FieldValueKind.Amount ? Amount : Number),
        CellState.BlankAsZero => ReportCell.FromNumber(0),
        CellState.Mark => ReportCell.FromMark(Mark!),
        CellState.Blank => ReportCell.Blank,
        _ => ReportCell.Absent,
    };

    /// <summary>Fills <paramref name="cells"/> (at least the layout's count long) with the report's cells, through <see cref="ReportCells"/>.</summary>
    public static void Fill(GovInfoReport report, CellValue[] cells)
    {
        CellLayout layout = CellLayout.For(report.Format);
        ReportCell[] read = ArrayPool<ReportCell>.Shared.Rent(layout.Count);
        try
        {
            ReportCells.Read(report, read);
            for (int i = 0; i < layout.Count; i++)
            {
                cells[i] = From(read[i], layout.Fields[i].ValueKind);
            }
        }
        finally
        {
            ArrayPool<ReportCell>.Shared.Return(read, clearArray: true);
        }
    }

    /// <summary>Builds a report from engine cells (consolidation, tests), through <see cref="ReportCells.Build"/>.</summary>
    public static GovInfoReport Build(ReportFormat format, CellValue[] cells, string? agency, int year)
    {
        CellLayout layout = CellLayout.For(format);
        var built = new ReportCell[layout.Count];
        for (int i = 0; i < built.Length; i++)
        {
            built[i] = cells[i].ToCell(layout.Fields[i].ValueKind);
        }

        return ReportCells.Build(format, built) with { Agency = agency, Year = year };
    }
}
