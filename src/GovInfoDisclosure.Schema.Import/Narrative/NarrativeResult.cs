using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Narrative;

/// <summary>The narrative of a report and what its sign-off says.</summary>
internal sealed class NarrativeResult
{
    public NarrativeResult(ReportNarrative? narrative, string? signOffAgency, CalendarDate? signOffDate)
    {
        Narrative = narrative;
        SignOffAgency = signOffAgency;
        SignOffDate = signOffDate;
    }

    public ReportNarrative? Narrative { get; }

    /// <summary>The body named on the line before the sign-off date, if any.</summary>
    public string? SignOffAgency { get; }

    /// <summary>The sign-off date (落款日期), if any.</summary>
    public CalendarDate? SignOffDate { get; }
}
