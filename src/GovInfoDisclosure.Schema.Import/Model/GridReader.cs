using System;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Schema.Import.Model;

/// <summary>Reads the table cells of a report into a <see cref="CellGrid"/> (the inverse of <see cref="ReportAssembler"/>).</summary>
internal static class GridReader
{
    private const string Applications = "/applications";
    private const string Results = "/applications/results";
    private const string P = "/proactiveDisclosure";

    public static CellGrid Read(GovInfoReport report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var grid = new CellGrid();
        switch (report)
        {
            case Report2021 current:
                Read2021(grid, current);
                break;
            case Report2019 legacy:
                Read2019(grid, legacy);
                break;
            default:
                throw new ArgumentException("Unknown report type.", nameof(report));
        }

        ReconsiderationAndLitigation r = report.ReconsiderationAndLitigation ?? new ReconsiderationAndLitigation();
        Outcomes(grid, "/reconsiderationAndLitigation/reconsideration", r.Reconsideration);
        Outcomes(grid, "/reconsiderationAndLitigation/litigationWithoutReconsideration", r.LitigationWithoutReconsideration);
        Outcomes(grid, "/reconsiderationAndLitigation/litigationAfterReconsideration", r.LitigationAfterReconsideration);
        return grid;
    }

    private static void Read2021(CellGrid grid, Report2021 report)
    {
        ProactiveDisclosure2021 p = report.ProactiveDisclosure ?? new ProactiveDisclosure2021();
        Documents(grid, P + "/rules", p.Rules);
        Documents(grid, P + "/normativeDocuments", p.NormativeDocuments);
        grid[P + "/administrativeLicensing/decisions"] = GridCell.From((p.AdministrativeLicensing ?? new DecisionCount()).Decisions);
        grid[P + "/administrativePenalty/decisions"] = GridCell.From((p.AdministrativePenalty ?? new DecisionCount()).Decisions);
        grid[P + "/administrativeEnforcement/decisions"] = GridCell.From((p.AdministrativeEnforcement ?? new DecisionCount()).Decisions);
        grid[P + "/administrativeFees/amount"] = GridCell.From((p.AdministrativeFees ?? new FeeAmount()).Amount);

        ApplicationTable2021 a = report.Applications ?? new ApplicationTable2021();
        ApplicationResults2021 r = a.Results ?? new ApplicationResults2021();
        Applicants(grid, Applications + "/newlyReceived", a.NewlyReceived);
        Applicants(grid, Applications + "/carriedOver", a.CarriedOver);
        Applicants(grid, Results + "/granted", r.Granted);
        Applicants(grid, Results + "/partiallyGranted", r.PartiallyGranted);
        Groups(grid, r.Withheld, r.UnableToProvide, r.NotProcessed);
        OtherHandlingResults o = r.OtherHandling ?? new OtherHandlingResults();
        Applicants(grid, Results + "/otherHandling/overdueCorrection", o.OverdueCorrection);
        Applicants(grid, Results + "/otherHandling/overdueFee", o.OverdueFee);
        Applicants(grid, Results + "/otherHandling/other", o.Other);
        Optional(grid, Results + "/otherHandling/subtotal", o.Subtotal);
        Applicants(grid, Results + "/total", r.Total);
        Applicants(grid, Applications + "/carriedForward", a.CarriedForward);
    }

    private static void Read2019(CellGrid grid, Report2019 report)
    {
        ProactiveDisclosure2019 p = report.ProactiveDisclosure ?? new ProactiveDisclosure2019();
        LegacyDocuments(grid, P + "/rules", p.Rules);
        LegacyDocuments(grid, P + "/normativeDocuments", p.NormativeDocuments);
        Items(grid, P + "/administrativeLicensing", p.AdministrativeLicensing);
        Items(grid, P + "/otherExternalServices", p.OtherExternalServices);
        Items(grid, P + "/administrativePenalty", p.AdministrativePenalty);
        Items(grid, P + "/administrativeEnforcement", p.AdministrativeEnforcement);
        LegacyFeeItems fees = p.AdministrativeFees ?? new LegacyFeeItems();
        grid[P + "/administrativeFees/previousYearItems"] = GridCell.From(fees.PreviousYearItems);
        grid[P + "/administrativeFees/change"] = GridCell.From(fees.Change);
        ProcurementSummary procurement = p.CentralizedProcurement ?? new ProcurementSummary();
        grid[P + "/centralizedProcurement/projects"] = GridCell.From(procurement.Projects);
        grid[P + "/centralizedProcurement/amount"] = GridCell.From(procurement.Amount);

        ApplicationTable2019 a = report.Applications ?? new ApplicationTable2019();
        ApplicationResults2019 r = a.Results ?? new ApplicationResults2019();
        Applicants(grid, Applications + "/newlyReceived", a.NewlyReceived);
        Applicants(grid, Applications + "/carriedOver", a.CarriedOver);
        Applicants(grid, Results + "/granted", r.Granted);
        Applicants(grid, Results + "/partiallyGranted", r.PartiallyGranted);
        Groups(grid, r.Withheld, r.UnableToProvide, r.NotProcessed);
        Applicants(grid, Results + "/otherHandling", r.OtherHandling);
        Applicants(grid, Results + "/total", r.Total);
        Applicants(grid, Applications + "/carriedForward", a.CarriedForward);
    }

    private static void Groups(CellGrid grid, WithheldResults? withheld, UnableToProvideResults? unable, NotProcessedResults? notProcessed)
    {
        WithheldResults w = withheld ?? new WithheldResults();
        Applicants(grid, Results + "/withheld/stateSecret", w.StateSecret);
        Applicants(grid, Results + "/withheld/prohibitedByLaw", w.ProhibitedByLaw);
        Applicants(grid, Results + "/withheld/endangersSafetyOrStability", w.EndangersSafetyOrStability);
        Applicants(grid, Results + "/withheld/thirdPartyRights", w.ThirdPartyRights);
        Applicants(grid, Results + "/withheld/internalAffairs", w.InternalAffairs);
        Applicants(grid, Results + "/withheld/processInformation", w.ProcessInformation);
        Applicants(grid, Results + "/withheld/lawEnforcementFiles", w.LawEnforcementFiles);
        Applicants(grid, Results + "/withheld/administrativeQuery", w.AdministrativeQuery);
        Optional(grid, Results + "/withheld/subtotal", w.Subtotal);

        UnableToProvideResults u = unable ?? new UnableToProvideResults();
        Applicants(grid, Results + "/unableToProvide/notHeld", u.NotHeld);
        Applicants(grid, Results + "/unableToProvide/needsCreation", u.NeedsCreation);
        Applicants(grid, Results + "/unableToProvide/unclearAfterCorrection", u.UnclearAfterCorrection);
        Optional(grid, Results + "/unableToProvide/subtotal", u.Subtotal);

        NotProcessedResults n = notProcessed ?? new NotProcessedResults();
        Applicants(grid, Results + "/notProcessed/petitionOrComplaint", n.PetitionOrComplaint);
        Applicants(grid, Results + "/notProcessed/duplicate", n.Duplicate);
        Applicants(grid, Results + "/notProcessed/publication", n.Publication);
        Applicants(grid, Results + "/notProcessed/excessiveRepeated", n.ExcessiveRepeated);
        Applicants(grid, Results + "/notProcessed/confirmationOfObtained", n.ConfirmationOfObtained);
        Optional(grid, Results + "/notProcessed/subtotal", n.Subtotal);
    }

    private static void Optional(CellGrid grid, string row, GovInfoDisclosure.Schema.Model.Applicants? applicants)
    {
        if (applicants is not null)
        {
            grid.AddOptionalRow(row);
            Applicants(grid, row, applicants);
        }
    }

    private static void Applicants(CellGrid grid, string row, GovInfoDisclosure.Schema.Model.Applicants? applicants)
    {
        GovInfoDisclosure.Schema.Model.Applicants a = applicants ?? new GovInfoDisclosure.Schema.Model.Applicants();
        grid[row + "/naturalPerson"] = GridCell.From(a.NaturalPerson);
        grid[row + "/commercialEnterprise"] = GridCell.From(a.CommercialEnterprise);
        grid[row + "/researchInstitution"] = GridCell.From(a.ResearchInstitution);
        grid[row + "/publicInterestOrganization"] = GridCell.From(a.PublicInterestOrganization);
        grid[row + "/legalServiceAgency"] = GridCell.From(a.LegalServiceAgency);
        grid[row + "/otherOrganization"] = GridCell.From(a.OtherOrganization);
        grid[row + "/total"] = GridCell.From(a.Total);
        if (a.LegalPersonSubtotal is { } subtotal)
        {
            grid.HasLegalPersonSubtotal = true;
            grid[row + "/legalPersonSubtotal"] = GridCell.From(subtotal);
        }
    }

    private static void Documents(CellGrid grid, string row, DocumentCounts? counts)
    {
        DocumentCounts c = counts ?? new DocumentCounts();
        grid[row + "/issued"] = GridCell.From(c.Issued);
        grid[row + "/repealed"] = GridCell.From(c.Repealed);
        grid[row + "/inForce"] = GridCell.From(c.InForce);
    }

    private static void LegacyDocuments(CellGrid grid, string row, LegacyDocumentCounts? counts)
    {
        LegacyDocumentCounts c = counts ?? new LegacyDocumentCounts();
        grid[row + "/newlyMade"] = GridCell.From(c.NewlyMade);
        grid[row + "/newlyPublished"] = GridCell.From(c.NewlyPublished);
        grid[row + "/publishedTotal"] = GridCell.From(c.PublishedTotal);
    }

    private static void Items(CellGrid grid, string row, LegacyItemCounts? counts)
    {
        LegacyItemCounts c = counts ?? new LegacyItemCounts();
        grid[row + "/previousYearItems"] = GridCell.From(c.PreviousYearItems);
        grid[row + "/change"] = GridCell.From(c.Change);
        grid[row + "/decisions"] = GridCell.From(c.Decisions);
    }

    private static void Outcomes(CellGrid grid, string row, CaseOutcomes? outcomes)
    {
        CaseOutcomes c = outcomes ?? new CaseOutcomes();
        grid[row + "/upheld"] = GridCell.From(c.Upheld);
        grid[row + "/corrected"] = GridCell.From(c.Corrected);
        grid[row + "/otherOutcome"] = GridCell.From(c.OtherOutcome);
        grid[row + "/pending"] = GridCell.From(c.Pending);
        grid[row + "/total"] = GridCell.From(c.Total);
    }
}
