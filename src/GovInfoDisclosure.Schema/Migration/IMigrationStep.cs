using System.Collections.Generic;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Migration;

/// <summary>One upgrade between two adjacent formats. A future format is one more step in <see cref="ReportMigrator"/>.</summary>
internal interface IMigrationStep
{
    ReportFormat From { get; }

    ReportFormat To { get; }

    /// <summary>The mapping of this step, as data.</summary>
    IReadOnlyList<FieldCarry> Carries { get; }

    /// <summary>Upgrades <paramref name="source"/> (of format <see cref="From"/>), adding a note per field touched.</summary>
    GovInfoReport Apply(GovInfoReport source, List<MigrationNote> notes);
}
