using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Rules.Engine;

namespace GovInfoDisclosure.Schema.Rules.Sets;

/// <summary>Keeps the cells the import could not read unknown when blanks are read as 0 (<see cref="Diagnostics.ValidationOptions.UnreadCells"/>).</summary>
internal static class UnreadCells
{
    public static void KeepUnknown(CellValue[] cells, CellLayout map, IReadOnlyList<string> unread)
    {
        for (int i = 0; i < map.Count; i++)
        {
            if (cells[i].State == CellState.BlankAsZero && IsUnder(map.Fields[i].Pointer, unread))
            {
                cells[i].State = CellState.Blank;
            }
        }
    }

    /// <summary>Whether a pointer is one of the prefixes or below one (at a '/' boundary).</summary>
    public static bool IsUnder(string pointer, IReadOnlyList<string> prefixes)
    {
        for (int i = 0; i < prefixes.Count; i++)
        {
            string prefix = prefixes[i];
            if (prefix is null)
            {
                continue;
            }

            if (prefix.Length == 0
                || (pointer.StartsWith(prefix, StringComparison.Ordinal) && (pointer.Length == prefix.Length || pointer[prefix.Length] == '/' || prefix[prefix.Length - 1] == '/')))
            {
                return true;
            }
        }

        return false;
    }
}
