using System;
using System.Buffers;
using System.Collections.Immutable;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Schema.Cells;

/// <summary>
/// The one walker over a report's table cells: reads every cell of a report into a span in the order of its format's
/// <see cref="CellLayout"/> (the label catalogue's field order), and builds a report of a format from such cells.
/// </summary>
/// <remarks>
/// <para>
/// Rules, migration, the importer, the renderers and the interop all read and build reports through this type, so the
/// report's shape is written out once. Reading allocates nothing; it is safe to call from any thread.
/// </para>
/// <para>
/// <b>Null parts.</b> The model's table parts (<c>Applications</c>, <c>Applications.Results</c>,
/// <c>ReconsiderationAndLitigation</c>, …) are never <see langword="null"/> in a report built normally or read from JSON;
/// only the optional subtotal rows are. A report whose required part was set to <see langword="null"/> (e.g.
/// <c>Applications = null!</c>) is a caller bug: every entry point of the library refuses it with an
/// <see cref="ArgumentException"/> whose message names the part's JSON Pointer (see <see cref="ThrowIfIncomplete"/>).
/// </para>
/// <para>
/// <b>Generated.</b> The per-format half of this class (<c>ReportCells.Format2021.g.cs</c>, <c>ReportCells.Format2019.g.cs</c>:
/// every property read and every object initializer) is generated from the label catalogue and the model records by
/// <c>dotnet run --project src/GovInfoDisclosure.Schema.Generation</c>; this file keeps the argument checks and the
/// dispatch per format (docs/adding-a-row.md).
/// </para>
/// </remarks>
public static partial class ReportCells
{
    /// <summary>Reads every table cell of a report into <paramref name="cells"/>, in layout order.</summary>
    /// <param name="report">The report.</param>
    /// <param name="cells">At least <see cref="CellLayout.Count"/> cells of the report's format; the rest is left as it is.</param>
    /// <returns>The number of cells written: the layout's <see cref="CellLayout.Count"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="cells"/> is too short, or a required part of the report is <see langword="null"/>.</exception>
    public static int Read(GovInfoReport report, Span<ReportCell> cells)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        CellLayout layout = CellLayout.For(report.Format);
        if (cells.Length < layout.Count)
        {
            throw new ArgumentException($"The span holds {cells.Length} cells; format {(int)report.Format} has {layout.Count}.", nameof(cells));
        }

        int count = 0;
        switch (report)
        {
            case Report2021 current:
                Read2021(current, cells, ref count);
                break;
            case Report2019 legacy:
                Read2019(legacy, cells, ref count);
                break;
        }

        if (count != layout.Count)
        {
            throw Stale(report.Format, count, layout.Count);
        }

        return count;
    }

    /// <summary>Reads every table cell of a report, in layout order.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The cells; the length is the layout's <see cref="CellLayout.Count"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required part of the report is <see langword="null"/>.</exception>
    public static ImmutableArray<ReportCell> Read(GovInfoReport report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var cells = new ReportCell[CellLayout.For(report.Format).Count];
        Read(report, cells);
        return ImmutableArray.Create(cells);
    }

    /// <summary>
    /// Refuses a report with a <see langword="null"/> required part, the one way every entry point of the library does
    /// (validation, serialization, migration, rendering, interop).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required part is <see langword="null"/>; the message names its JSON Pointer.</exception>
    public static void ThrowIfIncomplete(GovInfoReport report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        int count = CellLayout.For(report.Format).Count;
        ReportCell[] cells = ArrayPool<ReportCell>.Shared.Rent(count);
        try
        {
            Read(report, cells);
        }
        finally
        {
            ArrayPool<ReportCell>.Shared.Return(cells, clearArray: true);
        }
    }

    /// <summary>
    /// Builds a report of a format from its cells in layout order. An absent cell leaves its optional row or column out
    /// (a required row's absent cells are blank). The envelope is empty: set <c>Agency</c>, <c>Year</c>,
    /// <c>PublishedOn</c> and <c>Narrative</c> with a <c>with</c> expression.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="cells">Exactly <see cref="CellLayout.Count"/> cells of the format.</param>
    /// <returns>A <see cref="Report2021"/> or a <see cref="Report2019"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    /// <exception cref="ArgumentException">The number of cells is not the layout's, or a number does not fit its column (a count that is not a whole non-negative <see cref="int"/>, a negative amount).</exception>
    public static GovInfoReport Build(ReportFormat format, ReadOnlySpan<ReportCell> cells)
    {
        CellLayout layout = CellLayout.For(format);
        if (cells.Length != layout.Count)
        {
            throw new ArgumentException($"Format {(int)format} has {layout.Count} cells; {cells.Length} were given.", nameof(cells));
        }

        var reader = new CellReader(cells, layout);
        GovInfoReport? report = null;
        switch (format)
        {
            case ReportFormat.Format2021:
                Build2021(in reader, ref report);
                break;
            case ReportFormat.Format2019:
                Build2019(in reader, ref report);
                break;
        }

        return report ?? throw Stale(format, 0, layout.Count);
    }

    /// <summary>The report with other cells: built from <paramref name="cells"/>, with the envelope (agency, year, date, narrative) of <paramref name="report"/>.</summary>
    /// <param name="report">The report whose format and envelope are kept.</param>
    /// <param name="cells">Exactly <see cref="CellLayout.Count"/> cells of the report's format.</param>
    /// <returns>A new report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Build"/>.</exception>
    public static GovInfoReport With(GovInfoReport report, ReadOnlySpan<ReportCell> cells)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        return Build(report.Format, cells) with
        {
            Agency = report.Agency,
            Year = report.Year,
            PublishedOn = report.PublishedOn,
            Narrative = report.Narrative,
        };
    }

    // The generated halves (ReportCells.Format*.g.cs). They are partial methods without an implementation requirement, so
    // the library still compiles while those files are missing or being regenerated (a record property renamed or removed):
    // Read and Build then refuse every report until the generator has run.
    static partial void Read2021(Report2021 report, Span<ReportCell> cells, ref int count);

    static partial void Read2019(Report2019 report, Span<ReportCell> cells, ref int count);

    static partial void Build2021(in CellReader cells, ref GovInfoReport? report);

    static partial void Build2019(in CellReader cells, ref GovInfoReport? report);

    private static InvalidOperationException Stale(ReportFormat format, int walked, int catalogued) => new(
        $"The generated cell walker of format {(int)format} covers {walked} cells; the label catalogue has {catalogued}. " +
        "Run 'dotnet run --project src/GovInfoDisclosure.Schema.Generation' and rebuild.");

    private static T Part<T>(T? part, string pointer)
        where T : class =>
        part ?? throw new ArgumentException($"The report's part {pointer} is null; a report's table parts must not be null.", "report");

    /// <summary>The cells <see cref="Build"/> reads, by layout index, with the error naming the cell that does not fit its column.</summary>
    private readonly ref struct CellReader
    {
        private readonly ReadOnlySpan<ReportCell> _cells;
        private readonly CellLayout _layout;

        public CellReader(ReadOnlySpan<ReportCell> cells, CellLayout layout)
        {
            _cells = cells;
            _layout = layout;
        }

        public bool IsAbsent(int index) => _cells[index].IsAbsent;

        /// <summary>Whether any of <paramref name="length"/> cells from <paramref name="first"/> is present: an optional row is.</summary>
        public bool AnyPresent(int first, int length)
        {
            foreach (ReportCell cell in _cells.Slice(first, length))
            {
                if (!cell.IsAbsent)
                {
                    return true;
                }
            }

            return false;
        }

        public CountCell Count(int index)
        {
            try
            {
                return _cells[index].ToCount();
            }
            catch (InvalidOperationException ex)
            {
                throw Misfit(index, ex);
            }
        }

        public SignedCountCell SignedCount(int index)
        {
            try
            {
                return _cells[index].ToSignedCount();
            }
            catch (InvalidOperationException ex)
            {
                throw Misfit(index, ex);
            }
        }

        public AmountCell Amount(int index)
        {
            try
            {
                return _cells[index].ToAmount();
            }
            catch (InvalidOperationException ex)
            {
                throw Misfit(index, ex);
            }
        }

        private ArgumentException Misfit(int index, InvalidOperationException inner) =>
            new($"The cell {_layout.Fields[index].Pointer} does not fit its column: {inner.Message}", "cells", inner);
    }
}
