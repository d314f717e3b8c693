namespace GovInfoDisclosure.Schema.Labels;

/// <summary>One of the six sections of the report: its heading and where its prose and table are kept.</summary>
/// <remarks>Instances come from the <see cref="LabelCatalogue"/> and are immutable; equality is reference equality.</remarks>
public sealed class SectionLabel
{
    internal SectionLabel(int number, string chinese, string english, string narrativeKey, ReportTable? table)
    {
        Number = number;
        Chinese = chinese;
        English = english;
        NarrativeKey = narrativeKey;
        Table = table;
    }

    /// <summary>The section number, 1 (一) to 6 (六).</summary>
    public int Number { get; }

    /// <summary>The official heading, e.g. <c>五、存在的主要问题及改进情况</c>.</summary>
    public string Chinese { get; }

    /// <summary>The English name of the section.</summary>
    public string English { get; }

    /// <summary>The property of <c>narrative</c> that holds the section's prose, e.g. <c>problemsAndImprovements</c>.</summary>
    public string NarrativeKey { get; }

    /// <summary>The table of the section, for sections 二, 三 and 四; <see langword="null"/> otherwise.</summary>
    public ReportTable? Table { get; }

    /// <inheritdoc/>
    public override string ToString() => Chinese;
}
