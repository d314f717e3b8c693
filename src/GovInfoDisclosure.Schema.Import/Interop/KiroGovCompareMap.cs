namespace GovInfoDisclosure.Schema.Import.Interop;

/// <summary>Which KIROGOVCOMPARE property holds which cell of the canonical document.</summary>
internal static class KiroGovCompareMap
{
    /// <summary>表三 columns: canonical column key → path of the applicant entity under <c>tableData</c>.</summary>
    public static readonly (string Column, string[] Path)[] ApplicantColumns =
    {
        ("naturalPerson", new[] { "naturalPerson" }),
        ("commercialEnterprise", new[] { "legalPerson", "commercial" }),
        ("researchInstitution", new[] { "legalPerson", "research" }),
        ("publicInterestOrganization", new[] { "legalPerson", "social" }),
        ("legalServiceAgency", new[] { "legalPerson", "legal" }),
        ("otherOrganization", new[] { "legalPerson", "other" }),
        ("total", new[] { "total" }),
    };

    /// <summary>表三 rows: canonical row pointer → path inside an applicant entity.</summary>
    public static readonly (string Row, string[] Path)[] ApplicationRows =
    {
        ("/applications/newlyReceived", new[] { "newReceived" }),
        ("/applications/carriedOver", new[] { "carriedOver" }),
        ("/applications/results/granted", new[] { "results", "granted" }),
        ("/applications/results/partiallyGranted", new[] { "results", "partialGrant" }),
        ("/applications/results/withheld/stateSecret", new[] { "results", "denied", "stateSecret" }),
        ("/applications/results/withheld/prohibitedByLaw", new[] { "results", "denied", "lawForbidden" }),
        ("/applications/results/withheld/endangersSafetyOrStability", new[] { "results", "denied", "safetyStability" }),
        ("/applications/results/withheld/thirdPartyRights", new[] { "results", "denied", "thirdPartyRights" }),
        ("/applications/results/withheld/internalAffairs", new[] { "results", "denied", "internalAffairs" }),
        ("/applications/results/withheld/processInformation", new[] { "results", "denied", "processInfo" }),
        ("/applications/results/withheld/lawEnforcementFiles", new[] { "results", "denied", "enforcementCase" }),
        ("/applications/results/withheld/administrativeQuery", new[] { "results", "denied", "adminQuery" }),
        ("/applications/results/unableToProvide/notHeld", new[] { "results", "unableToProvide", "noInfo" }),
        ("/applications/results/unableToProvide/needsCreation", new[] { "results", "unableToProvide", "needCreation" }),
        ("/applications/results/unableToProvide/unclearAfterCorrection", new[] { "results", "unableToProvide", "unclear" }),
        ("/applications/results/notProcessed/petitionOrComplaint", new[] { "results", "notProcessed", "complaint" }),
        ("/applications/results/notProcessed/duplicate", new[] { "results", "notProcessed", "repeat" }),
        ("/applications/results/notProcessed/publication", new[] { "results", "notProcessed", "publication" }),
        ("/applications/results/notProcessed/excessiveRepeated", new[] { "results", "notProcessed", "massiveRequests" }),
        ("/applications/results/notProcessed/confirmationOfObtained", new[] { "results", "notProcessed", "confirmInfo" }),
        ("/applications/results/otherHandling/overdueCorrection", new[] { "results", "other", "overdueCorrection" }),
        ("/applications/results/otherHandling/overdueFee", new[] { "results", "other", "overdueFee" }),
        ("/applications/results/otherHandling/other", new[] { "results", "other", "otherReasons" }),
        ("/applications/results/total", new[] { "results", "totalProcessed" }),
        ("/applications/carriedForward", new[] { "results", "carriedForward" }),
    };

    /// <summary>表二 cells: canonical pointer → path under <c>activeDisclosureData</c>.</summary>
    public static readonly (string Pointer, string[] Path, bool IsAmount)[] ProactiveCells =
    {
        ("/proactiveDisclosure/rules/issued", new[] { "regulations", "made" }, false),
        ("/proactiveDisclosure/rules/repealed", new[] { "regulations", "repealed" }, false),
        ("/proactiveDisclosure/rules/inForce", new[] { "regulations", "valid" }, false),
        ("/proactiveDisclosure/normativeDocuments/issued", new[] { "normativeDocuments", "made" }, false),
        ("/proactiveDisclosure/normativeDocuments/repealed", new[] { "normativeDocuments", "repealed" }, false),
        ("/proactiveDisclosure/normativeDocuments/inForce", new[] { "normativeDocuments", "valid" }, false),
        ("/proactiveDisclosure/administrativeLicensing/decisions", new[] { "licensing", "processed" }, false),
        ("/proactiveDisclosure/administrativePenalty/decisions", new[] { "punishment", "processed" }, false),
        ("/proactiveDisclosure/administrativeEnforcement/decisions", new[] { "coercion", "processed" }, false),
        ("/proactiveDisclosure/administrativeFees/amount", new[] { "fees", "amount" }, true),
    };

    /// <summary>表四 kinds of case: canonical row pointer → property under <c>reviewLitigationData</c>.</summary>
    public static readonly (string Row, string Property)[] CaseRows =
    {
        ("/reconsiderationAndLitigation/reconsideration", "review"),
        ("/reconsiderationAndLitigation/litigationWithoutReconsideration", "litigationDirect"),
        ("/reconsiderationAndLitigation/litigationAfterReconsideration", "litigationPostReview"),
    };

    /// <summary>表四 outcomes: canonical column key → property.</summary>
    public static readonly (string Column, string Property)[] CaseColumns =
    {
        ("upheld", "maintain"), ("corrected", "correct"), ("otherOutcome", "other"), ("pending", "unfinished"), ("total", "total"),
    };
}
