using System;
using System.Text;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>Where a <see cref="Diagnostic"/> applies: in the source text and in the canonical document.</summary>
/// <remarks>
/// <para>
/// Every member is optional: a diagnostic about the whole input has none (<see cref="None"/>); a JSON problem has the line and
/// the byte of the text and the pointer of the value; an import diagnostic about a cell has the line it was read from, its
/// table, row and column keys and the pointer of the cell. The cells a rule relates are the diagnostic's
/// <see cref="Diagnostic.Paths"/>; <see cref="Pointer"/> is the one value the diagnostic is mainly about.
/// </para>
/// <para>Immutable; equality is value equality over every member.</para>
/// </remarks>
public sealed record DiagnosticLocation
{
    /// <summary>An empty location: the diagnostic concerns the whole input.</summary>
    public static DiagnosticLocation None { get; } = new();

    /// <summary>The 1-based line of the source text, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based character column within <see cref="Line"/>, when known.</summary>
    public int? Column { get; init; }

    /// <summary>The 0-based byte offset within <see cref="Line"/> of a UTF-8 source (JSON documents), when known.</summary>
    public long? BytePositionInLine { get; init; }

    /// <summary>
    /// The JSON Pointer of the value the diagnostic is about (a cell, a row, a table, a property); <c>""</c> is the whole
    /// document; <see langword="null"/> when none.
    /// </summary>
    public string? Pointer { get; init; }

    /// <summary>The table (表二, 表三 or 表四), when the diagnostic concerns one.</summary>
    public ReportTable? Table { get; init; }

    /// <summary>The row key of the label catalogue (e.g. <c>results/withheld/stateSecret</c>), when the diagnostic concerns a known row.</summary>
    public string? Row { get; init; }

    /// <summary>The column key of the label catalogue (e.g. <c>naturalPerson</c>), when the diagnostic concerns one cell.</summary>
    public string? ColumnKey { get; init; }

    /// <summary>Whether no member is set.</summary>
    public bool IsNone => Line is null && Column is null && BytePositionInLine is null && Pointer is null && Table is null && Row is null && ColumnKey is null;

    /// <inheritdoc/>
    public bool Equals(DiagnosticLocation? other) =>
        other is not null
        && Line == other.Line
        && Column == other.Column
        && BytePositionInLine == other.BytePositionInLine
        && string.Equals(Pointer, other.Pointer, StringComparison.Ordinal)
        && Table == other.Table
        && string.Equals(Row, other.Row, StringComparison.Ordinal)
        && string.Equals(ColumnKey, other.ColumnKey, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            int hash = Line ?? -1;
            hash = (hash * 31) + (Column ?? -1);
            hash = (hash * 31) + (BytePositionInLine ?? -1).GetHashCode();
            hash = (hash * 31) + (Pointer is null ? 0 : StringComparer.Ordinal.GetHashCode(Pointer));
            hash = (hash * 31) + (Table is null ? -1 : (int)Table.Value);
            hash = (hash * 31) + (Row is null ? 0 : StringComparer.Ordinal.GetHashCode(Row));
            return (hash * 31) + (ColumnKey is null ? 0 : StringComparer.Ordinal.GetHashCode(ColumnKey));
        }
    }

    /// <summary>A short readable form, e.g. <c>line 42, 表三, /applications/newlyReceived</c>.</summary>
    /// <returns>The location as text; empty for <see cref="None"/>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Line is { } line)
        {
            text.Append("line ").Append(line);
            if (Column is { } column)
            {
                text.Append(", column ").Append(column);
            }
            else if (BytePositionInLine is { } bytePosition)
            {
                text.Append(", byte ").Append(bytePosition);
            }
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
            Append(text, ColumnKey is null ? Row : Row + "/" + ColumnKey);
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
