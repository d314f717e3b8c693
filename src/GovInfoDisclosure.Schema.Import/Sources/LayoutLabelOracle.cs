using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>
/// Scores a piece of label text against every row and group label of both layouts: 2 for a whole label, 1 for the start
/// of one, 0 otherwise. The layout reader uses it to decide which wrapped label lines belong to which row.
/// </summary>
internal static class LayoutLabelOracle
{
    private static readonly HashSet<string> Whole = new(StringComparer.Ordinal);
    private static readonly List<string> Labels = new();

    static LayoutLabelOracle()
    {
        foreach (LabelCatalogue catalogue in new[] { LabelCatalogue.Format2021, LabelCatalogue.Format2019 })
        {
            foreach (TableLabel table in catalogue.Tables)
            {
                foreach (RowLabel row in table.Rows)
                {
                    foreach (string label in row.ChinesePath)
                    {
                        Add(label);
                    }

                    foreach (string variant in row.Variants)
                    {
                        Add(variant);
                    }
                }
            }
        }
    }

    public static int Score(string text)
    {
        string n = LabelText.Normalize(text);
        if (n.Length == 0)
        {
            return 0;
        }

        string core = LabelText.StripOrdinal(n);
        if (Whole.Contains(n) || Whole.Contains(core))
        {
            return 2;
        }

        if (core.Length < 2)
        {
            return 0;
        }

        foreach (string label in Labels)
        {
            if (label.StartsWith(n, StringComparison.Ordinal) || label.StartsWith(core, StringComparison.Ordinal)
                || n.StartsWith(label + "(", StringComparison.Ordinal))
            {
                return 1;
            }
        }

        return 0;
    }

    private static void Add(string label)
    {
        string n = LabelText.Normalize(label);
        if (Whole.Add(n))
        {
            Labels.Add(n);
        }

        string core = LabelText.StripOrdinal(n);
        if (Whole.Add(core))
        {
            Labels.Add(core);
        }
    }
}
