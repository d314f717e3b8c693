using System;

namespace GovInfoDisclosure.Schema.Cells;

/// <summary>Shared argument checks for the mark text of a cell.</summary>
internal static class CellMark
{
    /// <summary>Checks that <paramref name="mark"/> can stand as a printed mark and returns it unchanged.</summary>
    public static string Require(string mark, string parameterName)
    {
        if (mark is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (string.IsNullOrWhiteSpace(mark))
        {
            throw new ArgumentException("A mark must not be empty or white space: a blank cell is CellKind.Blank, not an empty mark.", parameterName);
        }

        return mark;
    }

    /// <summary>The text form shared by all cell types: the number, the mark, or the empty string for a blank.</summary>
    public static string Format(CellKind kind, string? mark, string number) => kind switch
    {
        CellKind.Number => number,
        CellKind.Mark => mark!,
        _ => string.Empty,
    };
}
