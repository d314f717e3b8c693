using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Schema.Import.Tests.Properties;

/// <summary>
/// Generators of whole reports of both layouts: every cell a number, a blank or one of the marks reports print, optional
/// subtotal rows and column, and a narrative of realistic lines (sentences ending in 。, a sign-off of a body and a date).
/// </summary>
internal static class ReportGenerators
{
    private static readonly string[] Marks = { "/", "-", "—", "无" };

    private static readonly string[] Sentences =
    {
        "我局认真贯彻落实《中华人民共和国政府信息公开条例》,全面推进政务公开工作。",
        "(一)主动公开。全年主动公开政府信息41条,其中政策文件3件。",
        "(二)依申请公开。本年度共受理政府信息公开申请16件,均按时答复。",
        "1. 政府网站:在门户网站“政务公开”栏目发布信息11条。",
        "一是加强信息解读;二是优化互动回应机制。",
        "本年度未收取政府信息公开信息处理费。",
        "如对本报告有疑问,请与办公室联系(电话:0816-8822122)。",
        "本报告中所列数据的统计期限为1月1日至12月31日。",
        "公开的内容不够深、不够全面,事后公开较多,事前、事中公开少。",
        "数据来源 * 统计口径 _ 以报送为准 | 见附表 \\ 备查。",
        "# 号和 > 号等符号也可能出现在正文中。",
        "无",
        "2025年,我局没有因政府信息公开工作被申请行政复议、提起行政诉讼的情况。",
    };

    private static readonly string[] Agencies = { "平武县人民政府办公室", "临河区民政局", "临夏县信访局", "某市生态环境局" };

    public static Gen<GovInfoReport> Report() =>
        Gen.OneOf(Report2021().Select(r => (GovInfoReport)r), Report2019().Select(r => (GovInfoReport)r));

    public static Gen<Report2021> Report2021() =>
        from meta in Meta()
        from narrative in Narrative()
        from subtotalColumn in ArbMap.Default.GeneratorFor<bool>()
        from proactive in Proactive2021()
        from applications in Applications2021(subtotalColumn)
        from reconsideration in Reconsideration()
        select new Report2021
        {
            Agency = meta.Agency,
            Year = meta.Year,
            PublishedOn = meta.PublishedOn,
            Narrative = narrative,
            ProactiveDisclosure = proactive,
            Applications = applications,
            ReconsiderationAndLitigation = reconsideration,
        };

    public static Gen<Report2019> Report2019() =>
        from meta in Meta()
        from narrative in Narrative()
        from subtotalColumn in ArbMap.Default.GeneratorFor<bool>()
        from proactive in Proactive2019()
        from applications in Applications2019(subtotalColumn)
        from reconsideration in Reconsideration()
        select new Report2019
        {
            Agency = meta.Agency,
            Year = meta.Year,
            PublishedOn = meta.PublishedOn,
            Narrative = narrative,
            ProactiveDisclosure = proactive,
            Applications = applications,
            ReconsiderationAndLitigation = reconsideration,
        };

    public static Gen<CountCell> Count() =>
        Gen.Frequency(
            (6, Gen.Choose(0, 60).Select(v => (CountCell)v)),
            (1, Gen.Choose(0, int.MaxValue).Select(v => (CountCell)v)),
            (2, Gen.Constant(CountCell.Blank)),
            (2, Gen.Elements(Marks).Select(CountCell.FromMark)));

    public static Gen<SignedCountCell> Signed() =>
        Gen.Frequency(
            (6, Gen.Choose(-1000, 1000).Select(v => (SignedCountCell)v)),
            (2, Gen.Constant(SignedCountCell.Blank)),
            (2, Gen.Elements(Marks).Select(SignedCountCell.FromMark)));

    public static Gen<AmountCell> Amount() =>
        Gen.Frequency(
            (3, Gen.Choose(0, 1_000_000).Select(v => (AmountCell)(v / 100m))),
            (2, Gen.Choose(0, 5000).Select(v => (AmountCell)v)),
            (2, Gen.Constant(AmountCell.Blank)),
            (2, Gen.Elements(Marks).Select(AmountCell.FromMark)));

    public static Gen<Applicants> Applicants(bool subtotalColumn) =>
        from cells in Gen.ArrayOf(Count(), 8)
        select new Applicants
        {
            NaturalPerson = cells[0],
            CommercialEnterprise = cells[1],
            ResearchInstitution = cells[2],
            PublicInterestOrganization = cells[3],
            LegalServiceAgency = cells[4],
            OtherOrganization = cells[5],
            Total = cells[6],
            LegalPersonSubtotal = subtotalColumn ? cells[7] : null,
        };

    private static Gen<Applicants?> OptionalApplicants(bool subtotalColumn) =>
        Gen.Frequency((3, Gen.Constant<Applicants?>(null)), (1, Applicants(subtotalColumn).Select(a => (Applicants?)a)));

    private static Gen<(string? Agency, int Year, CalendarDate? PublishedOn)> Meta() =>
        from agency in Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Gen.Elements(Agencies).Select(a => (string?)a)))
        from year in Gen.Choose(GovInfoReport.MinimumYear, GovInfoReport.MaximumYear)
        from signed in Gen.Frequency((1, Gen.Constant<CalendarDate?>(null)), (2, Date().Select(d => (CalendarDate?)d)))
        select (agency, year, signed);

    private static Gen<CalendarDate> Date() =>
        from year in Gen.Choose(2009, 2100)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        select new CalendarDate(year, month, day);

    private static Gen<string?> Text() =>
        Gen.Frequency(
            (1, Gen.Constant<string?>(null)),
            (2, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(Sentences), n)).Select(lines => (string?)string.Join("\n", lines))));

    private static Gen<string?> Closing() =>
        from name in Gen.Elements(Agencies)
        from date in Date()
        from shape in Gen.Choose(0, 3)
        let line = $"{date.Year}年{date.Month}月{date.Day}日"
        select shape switch
        {
            0 => null,
            1 => name + "\n" + line,
            2 => line,
            _ => name + "\n" + line + "\n图解:",
        };

    private static Gen<ReportNarrative?> Narrative() =>
        from texts in Gen.ArrayOf(Text(), 7)
        from closing in Closing()
        let narrative = new ReportNarrative
        {
            Preamble = texts[0],
            Overview = texts[1],
            ProactiveDisclosure = texts[2],
            Applications = texts[3],
            ReconsiderationAndLitigation = texts[4],
            ProblemsAndImprovements = texts[5],
            // 六 ends in a sentence before a sign-off, as reports do: "无" alone is fine, a bare name is not prose.
            OtherMatters = texts[6],
            Closing = closing,
        }
        select texts.All(t => t is null) && closing is null ? null : narrative;

    private static Gen<DocumentCounts> Documents() =>
        Gen.ArrayOf(Count(), 3).Select(c => new DocumentCounts { Issued = c[0], Repealed = c[1], InForce = c[2] });

    private static Gen<ProactiveDisclosure2021> Proactive2021() =>
        from rules in Documents()
        from normative in Documents()
        from decisions in Gen.ArrayOf(Count(), 3)
        from fee in Amount()
        select new ProactiveDisclosure2021
        {
            Rules = rules,
            NormativeDocuments = normative,
            AdministrativeLicensing = new DecisionCount { Decisions = decisions[0] },
            AdministrativePenalty = new DecisionCount { Decisions = decisions[1] },
            AdministrativeEnforcement = new DecisionCount { Decisions = decisions[2] },
            AdministrativeFees = new FeeAmount { Amount = fee },
        };

    private static Gen<LegacyDocumentCounts> LegacyDocuments() =>
        Gen.ArrayOf(Count(), 3).Select(c => new LegacyDocumentCounts { NewlyMade = c[0], NewlyPublished = c[1], PublishedTotal = c[2] });

    private static Gen<LegacyItemCounts> Items() =>
        from items in Count()
        from change in Signed()
        from decisions in Count()
        select new LegacyItemCounts { PreviousYearItems = items, Change = change, Decisions = decisions };

    private static Gen<ProactiveDisclosure2019> Proactive2019() =>
        from rules in LegacyDocuments()
        from normative in LegacyDocuments()
        from items in Gen.ArrayOf(Items(), 4)
        from feeItems in Count()
        from feeChange in Signed()
        from projects in Count()
        from amount in Amount()
        select new ProactiveDisclosure2019
        {
            Rules = rules,
            NormativeDocuments = normative,
            AdministrativeLicensing = items[0],
            OtherExternalServices = items[1],
            AdministrativePenalty = items[2],
            AdministrativeEnforcement = items[3],
            AdministrativeFees = new LegacyFeeItems { PreviousYearItems = feeItems, Change = feeChange },
            CentralizedProcurement = new ProcurementSummary { Projects = projects, Amount = amount },
        };

    private static Gen<(WithheldResults, UnableToProvideResults, NotProcessedResults)> Groups(bool subtotalColumn) =>
        from w in Gen.ArrayOf(Applicants(subtotalColumn), 8)
        from u in Gen.ArrayOf(Applicants(subtotalColumn), 3)
        from n in Gen.ArrayOf(Applicants(subtotalColumn), 5)
        from subtotals in Gen.ArrayOf(OptionalApplicants(subtotalColumn), 3)
        select (
            new WithheldResults
            {
                StateSecret = w[0], ProhibitedByLaw = w[1], EndangersSafetyOrStability = w[2], ThirdPartyRights = w[3],
                InternalAffairs = w[4], ProcessInformation = w[5], LawEnforcementFiles = w[6], AdministrativeQuery = w[7],
                Subtotal = subtotals[0],
            },
            new UnableToProvideResults { NotHeld = u[0], NeedsCreation = u[1], UnclearAfterCorrection = u[2], Subtotal = subtotals[1] },
            new NotProcessedResults
            {
                PetitionOrComplaint = n[0], Duplicate = n[1], Publication = n[2], ExcessiveRepeated = n[3], ConfirmationOfObtained = n[4],
                Subtotal = subtotals[2],
            });

    private static Gen<ApplicationTable2021> Applications2021(bool subtotalColumn) =>
        from rows in Gen.ArrayOf(Applicants(subtotalColumn), 8)
        from groups in Groups(subtotalColumn)
        from otherSubtotal in OptionalApplicants(subtotalColumn)
        select new ApplicationTable2021
        {
            NewlyReceived = rows[0],
            CarriedOver = rows[1],
            Results = new ApplicationResults2021
            {
                Granted = rows[2],
                PartiallyGranted = rows[3],
                Withheld = groups.Item1,
                UnableToProvide = groups.Item2,
                NotProcessed = groups.Item3,
                OtherHandling = new OtherHandlingResults { OverdueCorrection = rows[4], OverdueFee = rows[5], Other = rows[6], Subtotal = otherSubtotal },
                Total = rows[7],
            },
            CarriedForward = rows[0] with { },
        };

    private static Gen<ApplicationTable2019> Applications2019(bool subtotalColumn) =>
        from rows in Gen.ArrayOf(Applicants(subtotalColumn), 7)
        from groups in Groups(subtotalColumn)
        select new ApplicationTable2019
        {
            NewlyReceived = rows[0],
            CarriedOver = rows[1],
            Results = new ApplicationResults2019
            {
                Granted = rows[2],
                PartiallyGranted = rows[3],
                Withheld = groups.Item1,
                UnableToProvide = groups.Item2,
                NotProcessed = groups.Item3,
                OtherHandling = rows[4],
                Total = rows[5],
            },
            CarriedForward = rows[6],
        };

    private static Gen<ReconsiderationAndLitigation> Reconsideration() =>
        Gen.ArrayOf(Count(), 15).Select(c => new ReconsiderationAndLitigation
        {
            Reconsideration = new CaseOutcomes { Upheld = c[0], Corrected = c[1], OtherOutcome = c[2], Pending = c[3], Total = c[4] },
            LitigationWithoutReconsideration = new CaseOutcomes { Upheld = c[5], Corrected = c[6], OtherOutcome = c[7], Pending = c[8], Total = c[9] },
            LitigationAfterReconsideration = new CaseOutcomes { Upheld = c[10], Corrected = c[11], OtherOutcome = c[12], Pending = c[13], Total = c[14] },
        });
}
