using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Schema.Tests.Rules;

/// <summary>
/// FsCheck generators of reports that are valid by construction: random leaves, every total computed here (independently of
/// the rule engine), optional group subtotal rows and an optional 法人或其他组织小计 column.
/// </summary>
internal static class ReportGenerators
{
    private const int ValueCount = 400;

    public static Gen<GovInfoReport> ValidReport() =>
        from format in Gen.Elements(ReportFormat.Format2019, ReportFormat.Format2021)
        from values in Gen.ArrayOf(Gen.Choose(0, 1000), ValueCount)
        from flags in Gen.ArrayOf(Gen.Choose(0, 1), 6)
        select Build(format, values, flags);

    /// <summary>A valid report, one of its cells that takes part in a strict equality, and a different value for it.</summary>
    public static Gen<(GovInfoReport Report, int Cell, int NewValue)> Mutation() =>
        from report in ValidReport()
        from pick in Gen.Choose(0, int.MaxValue)
        from small in Gen.Choose(1, 1000)
        from large in Gen.Choose(0, int.MaxValue)
        from useLarge in Gen.Elements(false, true)
        from down in Gen.Elements(false, true)
        select Mutate(report, pick, small, large, useLarge, down);

    /// <summary>A valid report and one of its cells that takes part in a strict equality, to be replaced by a blank or a mark.</summary>
    public static Gen<(GovInfoReport Report, int Cell, bool Mark)> Unknowing() =>
        from report in ValidReport()
        from pick in Gen.Choose(0, int.MaxValue)
        from mark in Gen.Elements(false, true)
        select (report, StrictCells(report)[pick % StrictCells(report).Count], mark);

    /// <summary>
    /// The cells of a report that take part in a strict equality relation: every present cell of 表三 and 表四. The cells of
    /// 表二 take part in none (current format) or only in inequalities (legacy LA-1, LA-3), so changing one need not break a rule.
    /// </summary>
    public static List<int> StrictCells(GovInfoReport report)
    {
        CellLayout map = CellLayout.For(report.Format);
        ReportCell[] cells = Flatten(report);
        var result = new List<int>();
        for (int i = 0; i < map.Count; i++)
        {
            if (map.Fields[i].Table!.Table != ReportTable.ProactiveDisclosure && !cells[i].IsAbsent)
            {
                result.Add(i);
            }
        }

        return result;
    }

    public static ReportCell[] Flatten(GovInfoReport report) => ReportCells.Read(report).ToArray();

    public static GovInfoReport With(GovInfoReport report, int cell, ReportCell value)
    {
        ReportCell[] cells = Flatten(report);
        cells[cell] = value;
        return Rebuild(report, cells);
    }

    /// <summary>The report with other cells, its envelope kept.</summary>
    public static GovInfoReport Rebuild(GovInfoReport report, ReportCell[] cells) => ReportCells.With(report, cells);

    public static string PointerOf(GovInfoReport report, int cell) => CellLayout.For(report.Format).Fields[cell].Pointer;

    private static (GovInfoReport, int, int) Mutate(GovInfoReport report, int pick, int small, int large, bool useLarge, bool down)
    {
        List<int> strict = StrictCells(report);
        int cell = strict[pick % strict.Count];
        long old = (long)Flatten(report)[cell].Number;
        long value = useLarge ? large : (down && old >= small ? old - small : old + small);
        if (value == old)
        {
            value = old == int.MaxValue ? old - 1 : old + 1;
        }

        return (report, cell, (int)value);
    }

    public static GovInfoReport Build(ReportFormat format, int[] values, int[] flags)
    {
        var next = new Source(values);
        bool legalPerson = flags[0] == 1;
        Applicants Row(int[] six) => new()
        {
            NaturalPerson = six[0],
            CommercialEnterprise = six[1],
            ResearchInstitution = six[2],
            PublicInterestOrganization = six[3],
            LegalServiceAgency = six[4],
            OtherOrganization = six[5],
            Total = six[0] + six[1] + six[2] + six[3] + six[4] + six[5],
            LegalPersonSubtotal = legalPerson ? six[1] + six[2] + six[3] + six[4] + six[5] : null,
        };
        int[] Six() => new[] { next.Take(), next.Take(), next.Take(), next.Take(), next.Take(), next.Take() };
        int[] Add(params int[][] rows)
        {
            var sum = new int[6];
            foreach (int[] row in rows)
            {
                for (int c = 0; c < 6; c++)
                {
                    sum[c] += row[c];
                }
            }

            return sum;
        }

        int[] granted = Six(), partial = Six();
        int[][] withheld = { Six(), Six(), Six(), Six(), Six(), Six(), Six(), Six() };
        int[][] unable = { Six(), Six(), Six() };
        int[][] notProcessed = { Six(), Six(), Six(), Six(), Six() };
        int[][] other = format == ReportFormat.Format2021 ? new[] { Six(), Six(), Six() } : new[] { Six() };
        var leaves = new List<int[]> { granted, partial };
        leaves.AddRange(withheld);
        leaves.AddRange(unable);
        leaves.AddRange(notProcessed);
        leaves.AddRange(other);
        int[] total = Add(leaves.ToArray());
        int[] forward = Six();
        int[] over = Six();
        int[] received = new int[6];
        for (int c = 0; c < 6; c++)
        {
            over[c] = Math.Min(over[c], total[c] + forward[c]);
            received[c] = total[c] + forward[c] - over[c];
        }

        Applicants? Subtotal(int flag, int[][] group) => flags[flag] == 1 ? Row(Add(group)) : null;
        var withheldResults = new WithheldResults
        {
            StateSecret = Row(withheld[0]), ProhibitedByLaw = Row(withheld[1]), EndangersSafetyOrStability = Row(withheld[2]),
            ThirdPartyRights = Row(withheld[3]), InternalAffairs = Row(withheld[4]), ProcessInformation = Row(withheld[5]),
            LawEnforcementFiles = Row(withheld[6]), AdministrativeQuery = Row(withheld[7]), Subtotal = Subtotal(1, withheld),
        };
        var unableResults = new UnableToProvideResults
        {
            NotHeld = Row(unable[0]), NeedsCreation = Row(unable[1]), UnclearAfterCorrection = Row(unable[2]), Subtotal = Subtotal(2, unable),
        };
        var notProcessedResults = new NotProcessedResults
        {
            PetitionOrComplaint = Row(notProcessed[0]), Duplicate = Row(notProcessed[1]), Publication = Row(notProcessed[2]),
            ExcessiveRepeated = Row(notProcessed[3]), ConfirmationOfObtained = Row(notProcessed[4]), Subtotal = Subtotal(3, notProcessed),
        };
        CaseOutcomes Outcomes()
        {
            int a = next.Take(), b = next.Take(), c = next.Take(), d = next.Take();
            return new CaseOutcomes { Upheld = a, Corrected = b, OtherOutcome = c, Pending = d, Total = a + b + c + d };
        }

        var litigation = new ReconsiderationAndLitigation
        {
            Reconsideration = Outcomes(), LitigationWithoutReconsideration = Outcomes(), LitigationAfterReconsideration = Outcomes(),
        };

        if (format == ReportFormat.Format2021)
        {
            return new Report2021
            {
                Agency = "测试机关",
                Year = 2021 + (next.Take() % 5),
                ProactiveDisclosure = new ProactiveDisclosure2021
                {
                    Rules = new DocumentCounts { Issued = next.Take(), Repealed = next.Take(), InForce = next.Take() },
                    NormativeDocuments = new DocumentCounts { Issued = next.Take(), Repealed = next.Take(), InForce = next.Take() },
                    AdministrativeLicensing = new DecisionCount { Decisions = next.Take() },
                    AdministrativePenalty = new DecisionCount { Decisions = next.Take() },
                    AdministrativeEnforcement = new DecisionCount { Decisions = next.Take() },
                    AdministrativeFees = new FeeAmount { Amount = next.Take() / 100m },
                },
                Applications = new ApplicationTable2021
                {
                    NewlyReceived = Row(received),
                    CarriedOver = Row(over),
                    Results = new ApplicationResults2021
                    {
                        Granted = Row(granted), PartiallyGranted = Row(partial), Withheld = withheldResults, UnableToProvide = unableResults,
                        NotProcessed = notProcessedResults,
                        OtherHandling = new OtherHandlingResults
                        {
                            OverdueCorrection = Row(other[0]), OverdueFee = Row(other[1]), Other = Row(other[2]), Subtotal = Subtotal(4, other),
                        },
                        Total = Row(total),
                    },
                    CarriedForward = Row(forward),
                },
                ReconsiderationAndLitigation = litigation,
            };
        }

        LegacyDocumentCounts Documents()
        {
            int made = next.Take(), publishedTotal = next.Take();
            return new LegacyDocumentCounts { NewlyMade = made, NewlyPublished = Math.Min(next.Take(), publishedTotal), PublishedTotal = publishedTotal };
        }

        LegacyItemCounts Items()
        {
            int previous = next.Take();
            return new LegacyItemCounts { PreviousYearItems = previous, Change = next.Take() - previous, Decisions = next.Take() };
        }

        int feePrevious = next.Take();
        return new Report2019
        {
            Agency = "测试机关",
            Year = 2019 + (next.Take() % 2),
            ProactiveDisclosure = new ProactiveDisclosure2019
            {
                Rules = Documents(),
                NormativeDocuments = Documents(),
                AdministrativeLicensing = Items(),
                OtherExternalServices = Items(),
                AdministrativePenalty = Items(),
                AdministrativeEnforcement = Items(),
                AdministrativeFees = new LegacyFeeItems { PreviousYearItems = feePrevious, Change = next.Take() - feePrevious },
                CentralizedProcurement = new ProcurementSummary { Projects = next.Take(), Amount = next.Take() / 10m },
            },
            Applications = new ApplicationTable2019
            {
                NewlyReceived = Row(received),
                CarriedOver = Row(over),
                Results = new ApplicationResults2019
                {
                    Granted = Row(granted), PartiallyGranted = Row(partial), Withheld = withheldResults, UnableToProvide = unableResults,
                    NotProcessed = notProcessedResults, OtherHandling = Row(other[0]), Total = Row(total),
                },
                CarriedForward = Row(forward),
            },
            ReconsiderationAndLitigation = litigation,
        };
    }

    private sealed class Source
    {
        private readonly int[] _values;
        private int _index;

        public Source(int[] values) => _values = values;

        public int Take() => _values[_index++ % _values.Length];
    }

    public static ReportCell Number(long value) => ReportCell.FromNumber(value);

    public static ReportCell Blank() => ReportCell.Blank;

    public static ReportCell Mark(string mark) => ReportCell.FromMark(mark);

    public static CountCell Count(int value) => value;
}
