using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Diagnostics;

/// <summary>Where in the source and in the report an import diagnostic applies, as the importer builds it; becomes a <see cref="DiagnosticLocation"/>.</summary>
/// <remarks>
/// Every member is optional: a diagnostic about the whole input has none, one about a cell has the line it was read
/// from, its table, row and column, and the JSON Pointer of the cell in the canonical document. Equality is value
/// equality over all members.
/// </remarks>
internal sealed record ImportLocation
{
    /// <summary>An empty location: the diagnostic concerns the whole input.</summary>
    public static ImportLocation None { get; } = new();

    /// <summary>The 1-based line of the source text, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The table (表二, 表三 or 表四), when the diagnostic concerns one.</summary>
    public ReportTable? Table { get; init; }

    /// <summary>The row key of the label catalogue (e.g. <c>results/withheld/stateSecret</c>), when the diagnostic concerns a known row.</summary>
    public string? Row { get; init; }

    /// <summary>The column key of the label catalogue (e.g. <c>naturalPerson</c>), when the diagnostic concerns one cell.</summary>
    public string? Column { get; init; }

    /// <summary>The JSON Pointer of the affected value in the canonical document (e.g. <c>/applications/newlyReceived/total</c>), when there is one.</summary>
    public string? Pointer { get; init; }

    /// <summary>The location of the one diagnostic model (<see cref="Column"/> is its column key).</summary>
    /// <returns>The location.</returns>
    public DiagnosticLocation ToDiagnosticLocation() =>
        Line is null && Table is null && Row is null && Column is null && Pointer is null
            ? DiagnosticLocation.None
            : new DiagnosticLocation { Line = Line, Table = Table, Row = Row, ColumnKey = Column, Pointer = Pointer };

    /// <summary>A short human-readable form, e.g. <c>line 42, 表三, /applications/newlyReceived</c>.</summary>
    /// <returns>The location as text; empty for <see cref="None"/>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Line is { } line)
        {
            text.Append("line ").Append(line);
        }

        if (Table is { } table)
        {
            Append(text, table switch
            {
                ReportTable.ProactiveDisclosure => "表二",
                ReportTable.Applications => "表三",
                _ => "表四",
            });
        }

        if (Pointer is { Length: > 0 } pointer)
        {
            Append(text, pointer);
        }
        else if (Row is not null)
        {
            Append(text, Column is null ? Row : Row + "/" + Column);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string part)
    {
        if (text.Length > 0)
        {
            text.Append(", ");
        }

        text.Append(part);
    }
}
