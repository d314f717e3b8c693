using System;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Schema.Rules.Engine;

/// <summary>
/// Flattens a report into its cells in catalogue order (<see cref="CellMap"/>), and builds a report back from cells. One
/// explicit pass per format: no reflection, no string lookups, no allocation when filling.
/// </summary>
/// <remarks>The order here must be the order of <see cref="Labels.LabelCatalogue"/>; a test compares both through JSON.</remarks>
internal static class ReportCells
{
    /// <summary>Fills <paramref name="cells"/> (at least <see cref="CellMap.Count"/> long) with the report's cells.</summary>
    public static void Fill(GovInfoReport report, CellValue[] cells)
    {
        var writer = new Writer(cells);
        switch (report)
        {
            case Report2021 current:
                Fill(current, ref writer);
                break;
            case Report2019 legacy:
                Fill(legacy, ref writer);
                break;
            default:
                throw new ArgumentException("Unknown report type.", nameof(report));
        }

        writer.Outcomes(report.ReconsiderationAndLitigation.Reconsideration);
        writer.Outcomes(report.ReconsiderationAndLitigation.LitigationWithoutReconsideration);
        writer.Outcomes(report.ReconsiderationAndLitigation.LitigationAfterReconsideration);
        if (writer.Index != CellMap.For(report.Format).Count)
        {
            throw new InvalidOperationException("The flattened report does not match the label catalogue.");
        }
    }

    /// <summary>Builds a report of <paramref name="format"/> from cells; <see cref="CellState.Absent"/> leaves optional parts out.</summary>
    public static GovInfoReport Build(ReportFormat format, CellValue[] cells, string? agency, int year)
    {
        var reader = new Reader(cells);
        GovInfoReport report = format == ReportFormat.Format2019
            ? new Report2019 { Agency = agency, Year = year, ProactiveDisclosure = reader.Proactive2019(), Applications = reader.Applications2019() }
            : new Report2021 { Agency = agency, Year = year, ProactiveDisclosure = reader.Proactive2021(), Applications = reader.Applications2021() };
        report = report with
        {
            ReconsiderationAndLitigation = new ReconsiderationAndLitigation
            {
                Reconsideration = reader.Outcomes(),
                LitigationWithoutReconsideration = reader.Outcomes(),
                LitigationAfterReconsideration = reader.Outcomes(),
            },
        };
        if (reader.Index != CellMap.For(format).Count)
        {
            throw new InvalidOperationException("The built report does not match the label catalogue.");
        }

        return report;
    }

    private static void Fill(Report2021 report, ref Writer w)
    {
        ProactiveDisclosure2021 p = report.ProactiveDisclosure;
        w.Documents(p.Rules);
        w.Documents(p.NormativeDocuments);
        w.Count(p.AdministrativeLicensing.Decisions);
        w.Count(p.AdministrativePenalty.Decisions);
        w.Count(p.AdministrativeEnforcement.Decisions);
        w.Amount(p.AdministrativeFees.Amount);

        ApplicationTable2021 a = report.Applications;
        w.Row(a.NewlyReceived);
        w.Row(a.CarriedOver);
        w.Row(a.Results.Granted);
        w.Row(a.Results.PartiallyGranted);
        w.Withheld(a.Results.Withheld);
        w.Unable(a.Results.UnableToProvide);
        w.NotProcessed(a.Results.NotProcessed);
        OtherHandlingResults o = a.Results.OtherHandling;
        w.Row(o.OverdueCorrection);
        w.Row(o.OverdueFee);
        w.Row(o.Other);
        w.Row(o.Subtotal);
        w.Row(a.Results.Total);
        w.Row(a.CarriedForward);
    }

    private static void Fill(Report2019 report, ref Writer w)
    {
        ProactiveDisclosure2019 p = report.ProactiveDisclosure;
        w.LegacyDocuments(p.Rules);
        w.LegacyDocuments(p.NormativeDocuments);
        w.Items(p.AdministrativeLicensing);
        w.Items(p.OtherExternalServices);
        w.Items(p.AdministrativePenalty);
        w.Items(p.AdministrativeEnforcement);
        w.Count(p.AdministrativeFees.PreviousYearItems);
        w.Signed(p.AdministrativeFees.Change);
        w.Count(p.CentralizedProcurement.Projects);
        w.Amount(p.CentralizedProcurement.Amount);

        ApplicationTable2019 a = report.Applications;
        w.Row(a.NewlyReceived);
        w.Row(a.CarriedOver);
        w.Row(a.Results.Granted);
        w.Row(a.Results.PartiallyGranted);
        w.Withheld(a.Results.Withheld);
        w.Unable(a.Results.UnableToProvide);
        w.NotProcessed(a.Results.NotProcessed);
        w.Row(a.Results.OtherHandling);
        w.Row(a.Results.Total);
        w.Row(a.CarriedForward);
    }

    private struct Writer
    {
        private readonly CellValue[] _cells;

        public Writer(CellValue[] cells)
        {
            _cells = cells;
            Index = 0;
        }

        public int Index { get; private set; }

        public void Count(CountCell cell) => _cells[Index++] = CellValue.From(cell);

        public void Signed(SignedCountCell cell) => _cells[Index++] = CellValue.From(cell);

        public void Amount(AmountCell cell) => _cells[Index++] = CellValue.From(cell);

        public void Absent(int count)
        {
            for (int i = 0; i < count; i++)
            {
                _cells[Index++] = default;
            }
        }

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

        public void Row(Applicants? row)
        {
            if (row is null)
            {
                Absent(8);
                return;
            }

            Count(row.NaturalPerson);
            Count(row.CommercialEnterprise);
            Count(row.ResearchInstitution);
            Count(row.PublicInterestOrganization);
            Count(row.LegalServiceAgency);
            Count(row.OtherOrganization);
            Count(row.Total);
            if (row.LegalPersonSubtotal is { } subtotal)
            {
                Count(subtotal);
            }
            else
            {
                Absent(1);
            }
        }

        public void Withheld(WithheldResults g)
        {
            Row(g.StateSecret);
            Row(g.ProhibitedByLaw);
            Row(g.EndangersSafetyOrStability);
            Row(g.ThirdPartyRights);
            Row(g.InternalAffairs);
            Row(g.ProcessInformation);
            Row(g.LawEnforcementFiles);
            Row(g.AdministrativeQuery);
            Row(g.Subtotal);
        }

        public void Unable(UnableToProvideResults g)
        {
            Row(g.NotHeld);
            Row(g.NeedsCreation);
            Row(g.UnclearAfterCorrection);
            Row(g.Subtotal);
        }

        public void NotProcessed(NotProcessedResults g)
        {
            Row(g.PetitionOrComplaint);
            Row(g.Duplicate);
            Row(g.Publication);
            Row(g.ExcessiveRepeated);
            Row(g.ConfirmationOfObtained);
            Row(g.Subtotal);
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

    private sealed class Reader
    {
        private readonly CellValue[] _cells;

        public Reader(CellValue[] cells) => _cells = cells;

        public int Index { get; private set; }

        public CountCell Count()
        {
            CellValue v = _cells[Index++];
            return v.State switch
            {
                CellState.Number => CountCell.FromNumber(checked((int)v.Number)),
                CellState.BlankAsZero => CountCell.FromNumber(0),
                CellState.Mark => CountCell.FromMark(v.Mark!),
                _ => CountCell.Blank,
            };
        }

        public SignedCountCell Signed()
        {
            CellValue v = _cells[Index++];
            return v.State switch
            {
                CellState.Number => SignedCountCell.FromNumber(checked((int)v.Number)),
                CellState.BlankAsZero => SignedCountCell.FromNumber(0),
                CellState.Mark => SignedCountCell.FromMark(v.Mark!),
                _ => SignedCountCell.Blank,
            };
        }

        public AmountCell Amount()
        {
            CellValue v = _cells[Index++];
            return v.State switch
            {
                CellState.Number => AmountCell.FromNumber(v.Amount),
                CellState.BlankAsZero => AmountCell.FromNumber(0),
                CellState.Mark => AmountCell.FromMark(v.Mark!),
                _ => AmountCell.Blank,
            };
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
                present |= _cells[Index + i].State != CellState.Absent;
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
            return _cells[Index].State == CellState.Absent
                ? Skip(row)
                : row with { LegalPersonSubtotal = Count() };
        }

        private Applicants Skip(Applicants row)
        {
            Index++;
            return row;
        }
    }
}
