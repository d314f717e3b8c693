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
/// </remarks>
public static class ReportCells
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

        var writer = new Writer(cells);
        switch (report)
        {
            case Report2021 current:
                Write(current, ref writer);
                break;
            case Report2019 legacy:
                Write(legacy, ref writer);
                break;
        }

        ReconsiderationAndLitigation r = Part(report.ReconsiderationAndLitigation, "/reconsiderationAndLitigation");
        writer.Outcomes(Part(r.Reconsideration, "/reconsiderationAndLitigation/reconsideration"));
        writer.Outcomes(Part(r.LitigationWithoutReconsideration, "/reconsiderationAndLitigation/litigationWithoutReconsideration"));
        writer.Outcomes(Part(r.LitigationAfterReconsideration, "/reconsiderationAndLitigation/litigationAfterReconsideration"));
        if (writer.Index != layout.Count)
        {
            throw new InvalidOperationException("The cells read do not match the label catalogue.");
        }

        return writer.Index;
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

        var reader = new Reader(cells, layout);
        GovInfoReport report = format switch
        {
            ReportFormat.Format2019 => new Report2019 { ProactiveDisclosure = reader.Proactive2019(), Applications = reader.Applications2019() },
            ReportFormat.Format2021 => new Report2021 { ProactiveDisclosure = reader.Proactive2021(), Applications = reader.Applications2021() },
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
        report = report with
        {
            ReconsiderationAndLitigation = new ReconsiderationAndLitigation
            {
                Reconsideration = reader.Outcomes(),
                LitigationWithoutReconsideration = reader.Outcomes(),
                LitigationAfterReconsideration = reader.Outcomes(),
            },
        };
        if (reader.Index != layout.Count)
        {
            throw new InvalidOperationException("The built report does not match the label catalogue.");
        }

        return report;
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

    private static T Part<T>(T? part, string pointer)
        where T : class =>
        part ?? throw new ArgumentException($"The report's part {pointer} is null; a report's table parts must not be null.", "report");

    private static void Write(Report2021 report, ref Writer w)
    {
        const string P = "/proactiveDisclosure";
        ProactiveDisclosure2021 p = Part(report.ProactiveDisclosure, P);
        w.Documents(Part(p.Rules, P + "/rules"));
        w.Documents(Part(p.NormativeDocuments, P + "/normativeDocuments"));
        w.Count(Part(p.AdministrativeLicensing, P + "/administrativeLicensing").Decisions);
        w.Count(Part(p.AdministrativePenalty, P + "/administrativePenalty").Decisions);
        w.Count(Part(p.AdministrativeEnforcement, P + "/administrativeEnforcement").Decisions);
        w.Amount(Part(p.AdministrativeFees, P + "/administrativeFees").Amount);

        const string A = "/applications";
        const string R = A + "/results";
        ApplicationTable2021 a = Part(report.Applications, A);
        w.Row(Part(a.NewlyReceived, A + "/newlyReceived"));
        w.Row(Part(a.CarriedOver, A + "/carriedOver"));
        ApplicationResults2021 r = Part(a.Results, R);
        w.Row(Part(r.Granted, R + "/granted"));
        w.Row(Part(r.PartiallyGranted, R + "/partiallyGranted"));
        w.Withheld(Part(r.Withheld, R + "/withheld"));
        w.Unable(Part(r.UnableToProvide, R + "/unableToProvide"));
        w.NotProcessed(Part(r.NotProcessed, R + "/notProcessed"));
        OtherHandlingResults o = Part(r.OtherHandling, R + "/otherHandling");
        w.Row(Part(o.OverdueCorrection, R + "/otherHandling/overdueCorrection"));
        w.Row(Part(o.OverdueFee, R + "/otherHandling/overdueFee"));
        w.Row(Part(o.Other, R + "/otherHandling/other"));
        w.OptionalRow(o.Subtotal);
        w.Row(Part(r.Total, R + "/total"));
        w.Row(Part(a.CarriedForward, A + "/carriedForward"));
    }

    private static void Write(Report2019 report, ref Writer w)
    {
        const string P = "/proactiveDisclosure";
        ProactiveDisclosure2019 p = Part(report.ProactiveDisclosure, P);
        w.LegacyDocuments(Part(p.Rules, P + "/rules"));
        w.LegacyDocuments(Part(p.NormativeDocuments, P + "/normativeDocuments"));
        w.Items(Part(p.AdministrativeLicensing, P + "/administrativeLicensing"));
        w.Items(Part(p.OtherExternalServices, P + "/otherExternalServices"));
        w.Items(Part(p.AdministrativePenalty, P + "/administrativePenalty"));
        w.Items(Part(p.AdministrativeEnforcement, P + "/administrativeEnforcement"));
        LegacyFeeItems fees = Part(p.AdministrativeFees, P + "/administrativeFees");
        w.Count(fees.PreviousYearItems);
        w.Signed(fees.Change);
        ProcurementSummary procurement = Part(p.CentralizedProcurement, P + "/centralizedProcurement");
        w.Count(procurement.Projects);
        w.Amount(procurement.Amount);

        const string A = "/applications";
        const string R = A + "/results";
        ApplicationTable2019 a = Part(report.Applications, A);
        w.Row(Part(a.NewlyReceived, A + "/newlyReceived"));
        w.Row(Part(a.CarriedOver, A + "/carriedOver"));
        ApplicationResults2019 r = Part(a.Results, R);
        w.Row(Part(r.Granted, R + "/granted"));
        w.Row(Part(r.PartiallyGranted, R + "/partiallyGranted"));
        w.Withheld(Part(r.Withheld, R + "/withheld"));
        w.Unable(Part(r.UnableToProvide, R + "/unableToProvide"));
        w.NotProcessed(Part(r.NotProcessed, R + "/notProcessed"));
        w.Row(Part(r.OtherHandling, R + "/otherHandling"));
        w.Row(Part(r.Total, R + "/total"));
        w.Row(Part(a.CarriedForward, A + "/carriedForward"));
    }

    private ref struct Writer
    {
        private readonly Span<ReportCell> _cells;

        public Writer(Span<ReportCell> cells)
        {
            _cells = cells;
            Index = 0;
        }

        public int Index { get; private set; }

        public void Count(CountCell cell) => _cells[Index++] = ReportCell.From(cell);

        public void Signed(SignedCountCell cell) => _cells[Index++] = ReportCell.From(cell);

        public void Amount(AmountCell cell) => _cells[Index++] = ReportCell.From(cell);

        public void Documents(DocumentCounts d)
        {
            Count(d.Issued);
            Count(d.Repealed);
            Count(d.InForce);
        }

        public void LegacyDocuments(LegacyDocumentCounts d)
        {
            Count(d.NewlyMade);
            Count(d.NewlyPublished);
            Count(d.PublishedTotal);
        }

        public void Items(LegacyItemCounts i)
        {
            Count(i.PreviousYearItems);
            Signed(i.Change);
            Count(i.Decisions);
        }

        public void OptionalRow(Applicants? row)
        {
            if (row is null)
            {
                for (int i = 0; i < 8; i++)
                {
                    _cells[Index++] = ReportCell.Absent;
                }

                return;
            }

            Row(row);
        }

        public void Row(Applicants row)
        {
            Count(row.NaturalPerson);
            Count(row.CommercialEnterprise);
            Count(row.ResearchInstitution);
            Count(row.PublicInterestOrganization);
            Count(row.LegalServiceAgency);
            Count(row.OtherOrganization);
            Count(row.Total);
            _cells[Index++] = ReportCell.From(row.LegalPersonSubtotal);
        }

        public void Withheld(WithheldResults g)
        {
            const string W = "/applications/results/withheld";
            Row(Part(g.StateSecret, W + "/stateSecret"));
            Row(Part(g.ProhibitedByLaw, W + "/prohibitedByLaw"));
            Row(Part(g.EndangersSafetyOrStability, W + "/endangersSafetyOrStability"));
            Row(Part(g.ThirdPartyRights, W + "/thirdPartyRights"));
            Row(Part(g.InternalAffairs, W + "/internalAffairs"));
            Row(Part(g.ProcessInformation, W + "/processInformation"));
            Row(Part(g.LawEnforcementFiles, W + "/lawEnforcementFiles"));
            Row(Part(g.AdministrativeQuery, W + "/administrativeQuery"));
            OptionalRow(g.Subtotal);
        }

        public void Unable(UnableToProvideResults g)
        {
            const string U = "/applications/results/unableToProvide";
            Row(Part(g.NotHeld, U + "/notHeld"));
            Row(Part(g.NeedsCreation, U + "/needsCreation"));
            Row(Part(g.UnclearAfterCorrection, U + "/unclearAfterCorrection"));
            OptionalRow(g.Subtotal);
        }

        public void NotProcessed(NotProcessedResults g)
        {
            const string N = "/applications/results/notProcessed";
            Row(Part(g.PetitionOrComplaint, N + "/petitionOrComplaint"));
            Row(Part(g.Duplicate, N + "/duplicate"));
            Row(Part(g.Publication, N + "/publication"));
            Row(Part(g.ExcessiveRepeated, N + "/excessiveRepeated"));
            Row(Part(g.ConfirmationOfObtained, N + "/confirmationOfObtained"));
            OptionalRow(g.Subtotal);
        }

        public void Outcomes(CaseOutcomes o)
        {
            Count(o.Upheld);
            Count(o.Corrected);
            Count(o.OtherOutcome);
            Count(o.Pending);
            Count(o.Total);
        }
    }

    private ref struct Reader
    {
        private readonly ReadOnlySpan<ReportCell> _cells;
        private readonly CellLayout _layout;

        public Reader(ReadOnlySpan<ReportCell> cells, CellLayout layout)
        {
            _cells = cells;
            _layout = layout;
            Index = 0;
        }

        public int Index { get; private set; }

        public CountCell Count()
        {
            int i = Index++;
            try
            {
                return _cells[i].ToCount();
            }
            catch (InvalidOperationException ex)
            {
                throw Misfit(i, ex);
            }
        }

        public SignedCountCell Signed()
        {
            int i = Index++;
            try
            {
                return _cells[i].ToSignedCount();
            }
            catch (InvalidOperationException ex)
            {
                throw Misfit(i, ex);
            }
        }

        public AmountCell Amount()
        {
            int i = Index++;
            try
            {
                return _cells[i].ToAmount();
            }
            catch (InvalidOperationException ex)
            {
                throw Misfit(i, ex);
            }
        }

        public ProactiveDisclosure2021 Proactive2021() => new()
        {
            Rules = Documents(),
            NormativeDocuments = Documents(),
            AdministrativeLicensing = new DecisionCount { Decisions = Count() },
            AdministrativePenalty = new DecisionCount { Decisions = Count() },
            AdministrativeEnforcement = new DecisionCount { Decisions = Count() },
            AdministrativeFees = new FeeAmount { Amount = Amount() },
        };

        public ProactiveDisclosure2019 Proactive2019() => new()
        {
            Rules = LegacyDocuments(),
            NormativeDocuments = LegacyDocuments(),
            AdministrativeLicensing = Items(),
            OtherExternalServices = Items(),
            AdministrativePenalty = Items(),
            AdministrativeEnforcement = Items(),
            AdministrativeFees = new LegacyFeeItems { PreviousYearItems = Count(), Change = Signed() },
            CentralizedProcurement = new ProcurementSummary { Projects = Count(), Amount = Amount() },
        };

        public ApplicationTable2021 Applications2021() => new()
        {
            NewlyReceived = Row(),
            CarriedOver = Row(),
            Results = new ApplicationResults2021
            {
                Granted = Row(),
                PartiallyGranted = Row(),
                Withheld = Withheld(),
                UnableToProvide = Unable(),
                NotProcessed = NotProcessed(),
                OtherHandling = new OtherHandlingResults { OverdueCorrection = Row(), OverdueFee = Row(), Other = Row(), Subtotal = OptionalRow() },
                Total = Row(),
            },
            CarriedForward = Row(),
        };

        public ApplicationTable2019 Applications2019() => new()
        {
            NewlyReceived = Row(),
            CarriedOver = Row(),
            Results = new ApplicationResults2019
            {
                Granted = Row(),
                PartiallyGranted = Row(),
                Withheld = Withheld(),
                UnableToProvide = Unable(),
                NotProcessed = NotProcessed(),
                OtherHandling = Row(),
                Total = Row(),
            },
            CarriedForward = Row(),
        };

        public CaseOutcomes Outcomes() => new() { Upheld = Count(), Corrected = Count(), OtherOutcome = Count(), Pending = Count(), Total = Count() };

        private DocumentCounts Documents() => new() { Issued = Count(), Repealed = Count(), InForce = Count() };

        private LegacyDocumentCounts LegacyDocuments() => new() { NewlyMade = Count(), NewlyPublished = Count(), PublishedTotal = Count() };

        private LegacyItemCounts Items() => new() { PreviousYearItems = Count(), Change = Signed(), Decisions = Count() };

        private WithheldResults Withheld() => new()
        {
            StateSecret = Row(),
            ProhibitedByLaw = Row(),
            EndangersSafetyOrStability = Row(),
            ThirdPartyRights = Row(),
            InternalAffairs = Row(),
            ProcessInformation = Row(),
            LawEnforcementFiles = Row(),
            AdministrativeQuery = Row(),
            Subtotal = OptionalRow(),
        };

        private UnableToProvideResults Unable() => new()
        {
            NotHeld = Row(),
            NeedsCreation = Row(),
            UnclearAfterCorrection = Row(),
            Subtotal = OptionalRow(),
        };

        private NotProcessedResults NotProcessed() => new()
        {
            PetitionOrComplaint = Row(),
            Duplicate = Row(),
            Publication = Row(),
            ExcessiveRepeated = Row(),
            ConfirmationOfObtained = Row(),
            Subtotal = OptionalRow(),
        };

        /// <summary>A required row: absent cells (only possible in the optional column) are left out.</summary>
        private Applicants Row() => OptionalRow() ?? new Applicants();

        private Applicants? OptionalRow()
        {
            bool present = false;
            for (int i = 0; i < 8; i++)
            {
                present |= !_cells[Index + i].IsAbsent;
            }

            if (!present)
            {
                Index += 8;
                return null;
            }

            var row = new Applicants
            {
                NaturalPerson = Count(),
                CommercialEnterprise = Count(),
                ResearchInstitution = Count(),
                PublicInterestOrganization = Count(),
                LegalServiceAgency = Count(),
                OtherOrganization = Count(),
                Total = Count(),
            };
            if (_cells[Index].IsAbsent)
            {
                Index++;
                return row;
            }

            return row with { LegalPersonSubtotal = Count() };
        }

        private ArgumentException Misfit(int index, InvalidOperationException inner) =>
            new($"The cell {_layout.Fields[index].Pointer} does not fit its column: {inner.Message}", "cells", inner);
    }
}
