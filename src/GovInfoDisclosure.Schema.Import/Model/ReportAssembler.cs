using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Schema.Import.Model;

/// <summary>Builds a report of either layout from a <see cref="CellGrid"/> and the metadata.</summary>
internal static class ReportAssembler
{
    private const string Applications = "/applications";
    private const string Results = "/applications/results";

    public static GovInfoReport Build(ReportFormat format, CellGrid grid, string? agency, int year, CalendarDate? publishedOn, ReportNarrative? narrative)
    {
        var reconsideration = new ReconsiderationAndLitigation
        {
            Reconsideration = Outcomes(grid, "/reconsiderationAndLitigation/reconsideration"),
            LitigationWithoutReconsideration = Outcomes(grid, "/reconsiderationAndLitigation/litigationWithoutReconsideration"),
            LitigationAfterReconsideration = Outcomes(grid, "/reconsiderationAndLitigation/litigationAfterReconsideration"),
        };

        if (format == ReportFormat.Format2019)
        {
            return new Report2019
            {
                Agency = agency,
                Year = year,
                PublishedOn = publishedOn,
                Narrative = narrative,
                ProactiveDisclosure = Proactive2019(grid),
                Applications = new ApplicationTable2019
                {
                    NewlyReceived = A(grid, Applications + "/newlyReceived"),
                    CarriedOver = A(grid, Applications + "/carriedOver"),
                    Results = new ApplicationResults2019
                    {
                        Granted = A(grid, Results + "/granted"),
                        PartiallyGranted = A(grid, Results + "/partiallyGranted"),
                        Withheld = Withheld(grid),
                        UnableToProvide = Unable(grid),
                        NotProcessed = NotProcessed(grid),
                        OtherHandling = A(grid, Results + "/otherHandling"),
                        Total = A(grid, Results + "/total"),
                    },
                    CarriedForward = A(grid, Applications + "/carriedForward"),
                },
                ReconsiderationAndLitigation = reconsideration,
            };
        }

        return new Report2021
        {
            Agency = agency,
            Year = year,
            PublishedOn = publishedOn,
            Narrative = narrative,
            ProactiveDisclosure = Proactive2021(grid),
            Applications = new ApplicationTable2021
            {
                NewlyReceived = A(grid, Applications + "/newlyReceived"),
                CarriedOver = A(grid, Applications + "/carriedOver"),
                Results = new ApplicationResults2021
                {
                    Granted = A(grid, Results + "/granted"),
                    PartiallyGranted = A(grid, Results + "/partiallyGranted"),
                    Withheld = Withheld(grid),
                    UnableToProvide = Unable(grid),
                    NotProcessed = NotProcessed(grid),
                    OtherHandling = new OtherHandlingResults
                    {
                        OverdueCorrection = A(grid, Results + "/otherHandling/overdueCorrection"),
                        OverdueFee = A(grid, Results + "/otherHandling/overdueFee"),
                        Other = A(grid, Results + "/otherHandling/other"),
                        Subtotal = OptionalA(grid, Results + "/otherHandling/subtotal"),
                    },
                    Total = A(grid, Results + "/total"),
                },
                CarriedForward = A(grid, Applications + "/carriedForward"),
            },
            ReconsiderationAndLitigation = reconsideration,
        };
    }

    private static WithheldResults Withheld(CellGrid grid)
    {
        const string W = Results + "/withheld";
        return new WithheldResults
        {
            StateSecret = A(grid, W + "/stateSecret"),
            ProhibitedByLaw = A(grid, W + "/prohibitedByLaw"),
            EndangersSafetyOrStability = A(grid, W + "/endangersSafetyOrStability"),
            ThirdPartyRights = A(grid, W + "/thirdPartyRights"),
            InternalAffairs = A(grid, W + "/internalAffairs"),
            ProcessInformation = A(grid, W + "/processInformation"),
            LawEnforcementFiles = A(grid, W + "/lawEnforcementFiles"),
            AdministrativeQuery = A(grid, W + "/administrativeQuery"),
            Subtotal = OptionalA(grid, W + "/subtotal"),
        };
    }

    private static UnableToProvideResults Unable(CellGrid grid)
    {
        const string U = Results + "/unableToProvide";
        return new UnableToProvideResults
        {
            NotHeld = A(grid, U + "/notHeld"),
            NeedsCreation = A(grid, U + "/needsCreation"),
            UnclearAfterCorrection = A(grid, U + "/unclearAfterCorrection"),
            Subtotal = OptionalA(grid, U + "/subtotal"),
        };
    }

    private static NotProcessedResults NotProcessed(CellGrid grid)
    {
        const string N = Results + "/notProcessed";
        return new NotProcessedResults
        {
            PetitionOrComplaint = A(grid, N + "/petitionOrComplaint"),
            Duplicate = A(grid, N + "/duplicate"),
            Publication = A(grid, N + "/publication"),
            ExcessiveRepeated = A(grid, N + "/excessiveRepeated"),
            ConfirmationOfObtained = A(grid, N + "/confirmationOfObtained"),
            Subtotal = OptionalA(grid, N + "/subtotal"),
        };
    }

    private static ProactiveDisclosure2021 Proactive2021(CellGrid grid)
    {
        const string P = "/proactiveDisclosure";
        return new ProactiveDisclosure2021
        {
            Rules = Documents(grid, P + "/rules"),
            NormativeDocuments = Documents(grid, P + "/normativeDocuments"),
            AdministrativeLicensing = new DecisionCount { Decisions = Count(grid, P + "/administrativeLicensing/decisions") },
            AdministrativePenalty = new DecisionCount { Decisions = Count(grid, P + "/administrativePenalty/decisions") },
            AdministrativeEnforcement = new DecisionCount { Decisions = Count(grid, P + "/administrativeEnforcement/decisions") },
            AdministrativeFees = new FeeAmount { Amount = grid[P + "/administrativeFees/amount"].ToAmount() },
        };
    }

    private static ProactiveDisclosure2019 Proactive2019(CellGrid grid)
    {
        const string P = "/proactiveDisclosure";
        return new ProactiveDisclosure2019
        {
            Rules = LegacyDocuments(grid, P + "/rules"),
            NormativeDocuments = LegacyDocuments(grid, P + "/normativeDocuments"),
            AdministrativeLicensing = Items(grid, P + "/administrativeLicensing"),
            OtherExternalServices = Items(grid, P + "/otherExternalServices"),
            AdministrativePenalty = Items(grid, P + "/administrativePenalty"),
            AdministrativeEnforcement = Items(grid, P + "/administrativeEnforcement"),
            AdministrativeFees = new LegacyFeeItems
            {
                PreviousYearItems = Count(grid, P + "/administrativeFees/previousYearItems"),
                Change = grid[P + "/administrativeFees/change"].ToSignedCount(),
            },
            CentralizedProcurement = new ProcurementSummary
            {
                Projects = Count(grid, P + "/centralizedProcurement/projects"),
                Amount = grid[P + "/centralizedProcurement/amount"].ToAmount(),
            },
        };
    }

    private static DocumentCounts Documents(CellGrid grid, string row) => new()
    {
        Issued = Count(grid, row + "/issued"),
        Repealed = Count(grid, row + "/repealed"),
        InForce = Count(grid, row + "/inForce"),
    };

    private static LegacyDocumentCounts LegacyDocuments(CellGrid grid, string row) => new()
    {
        NewlyMade = Count(grid, row + "/newlyMade"),
        NewlyPublished = Count(grid, row + "/newlyPublished"),
        PublishedTotal = Count(grid, row + "/publishedTotal"),
    };

    private static LegacyItemCounts Items(CellGrid grid, string row) => new()
    {
        PreviousYearItems = Count(grid, row + "/previousYearItems"),
        Change = grid[row + "/change"].ToSignedCount(),
        Decisions = Count(grid, row + "/decisions"),
    };

    private static CaseOutcomes Outcomes(CellGrid grid, string row) => new()
    {
        Upheld = Count(grid, row + "/upheld"),
        Corrected = Count(grid, row + "/corrected"),
        OtherOutcome = Count(grid, row + "/otherOutcome"),
        Pending = Count(grid, row + "/pending"),
        Total = Count(grid, row + "/total"),
    };

    private static Applicants? OptionalA(CellGrid grid, string row) => grid.HasOptionalRow(row) ? A(grid, row) : null;

    private static Applicants A(CellGrid grid, string row) => new()
    {
        NaturalPerson = Count(grid, row + "/naturalPerson"),
        CommercialEnterprise = Count(grid, row + "/commercialEnterprise"),
        ResearchInstitution = Count(grid, row + "/researchInstitution"),
        PublicInterestOrganization = Count(grid, row + "/publicInterestOrganization"),
        LegalServiceAgency = Count(grid, row + "/legalServiceAgency"),
        OtherOrganization = Count(grid, row + "/otherOrganization"),
        Total = Count(grid, row + "/total"),
        LegalPersonSubtotal = grid.HasLegalPersonSubtotal ? Count(grid, row + "/legalPersonSubtotal") : null,
    };

    private static CountCell Count(CellGrid grid, string pointer) => grid[pointer].ToCount();
}
