using System;
using System.Collections.Generic;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>
/// Splits digit runs printed without separators (<c>801000081</c>) into the cells of their rows, only where the
/// official arithmetic admits exactly one split: first each row on its own (its relations, e.g. total = Σ applicant
/// columns), then the rows still open together with the relations between rows (e.g. (七)总计 = Σ result rows).
/// </summary>
/// <remarks>
/// A space is a cell boundary (a cell never spans one); a cell is a whole number without a leading zero (or 0), or,
/// where the column is signed, such a number after an optional + or −. The search is bounded: at most
/// <see cref="MaxCandidatesPerRow"/> splits per row and <see cref="MaxCombinations"/> combinations of open rows are
/// tried; beyond that the rows stay open (blank and named), never guessed.
/// </remarks>
internal static class RunSplitter
{
    /// <summary>The most splits of one row kept before the row is given up as too ambiguous.</summary>
    public const int MaxCandidatesPerRow = 20000;

    /// <summary>The most leaves of the search over the open rows of a table.</summary>
    public const int MaxCombinations = 50000;

    /// <summary>The most steps of the enumeration of one row's splits, however few of them succeed.</summary>
    public const int MaxSteps = 1000000;

    /// <summary>The most digits of one cell (a count fits in an int).</summary>
    private const int MaxCellDigits = 9;

    /// <summary>Every split of <paramref name="text"/> into <paramref name="cells"/> cells; null when there are more than <paramref name="limit"/>.</summary>
    /// <param name="text">The run, digits and spaces (and signs where <paramref name="signed"/> allows).</param>
    /// <param name="cells">The number of cells.</param>
    /// <param name="signed">Per cell, whether it may carry a leading + or −; null for none.</param>
    /// <param name="limit">The most splits returned.</param>
    public static List<long[]>? Splits(string text, int cells, bool[]? signed = null, int limit = MaxCandidatesPerRow)
    {
        var tokens = new List<string>();
        foreach (string token in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.Add(token);
        }

        var results = new List<long[]>();
        if (tokens.Count == 0 || tokens.Count > cells)
        {
            return results;
        }

        var current = new long[cells];
        bool overflow = false;
        int steps = 0;

        // Characters left from each token on, to prune paths that cannot fit the cells left.
        var after = new int[tokens.Count + 1];
        for (int t = tokens.Count - 1; t >= 0; t--)
        {
            after[t] = after[t + 1] + tokens[t].Length;
        }

        void Walk(int token, int position, int cell)
        {
            if (overflow || ++steps > MaxSteps)
            {
                overflow = true;
                return;
            }

            if (token == tokens.Count)
            {
                if (cell == cells)
                {
                    if (results.Count >= limit)
                    {
                        overflow = true;
                        return;
                    }

                    results.Add((long[])current.Clone());
                }

                return;
            }

            string t = tokens[token];
            if (position == t.Length)
            {
                Walk(token + 1, 0, cell);
                return;
            }

            if (cell == cells)
            {
                return;
            }

            // Cells left must be at least the tokens left (each token holds one cell or more), and able to hold the
            // characters left (at most a sign and MaxCellDigits digits each).
            int left = after[token + 1] + t.Length - position;
            if (cells - cell < tokens.Count - token || left > (cells - cell) * (MaxCellDigits + 1))
            {
                return;
            }

            int start = position;
            int sign = 1;
            if (t[start] is '+' or '-')
            {
                if (signed is null || !signed[cell])
                {
                    return;
                }

                sign = t[start] == '-' ? -1 : 1;
                start++;
            }

            if (start >= t.Length || t[start] < '0' || t[start] > '9')
            {
                return;
            }

            int maxLength = t[start] == '0' ? 1 : MaxCellDigits;
            long value = 0;
            for (int length = 1; length <= maxLength && start + length <= t.Length; length++)
            {
                char c = t[start + length - 1];
                if (c < '0' || c > '9')
                {
                    break;
                }

                value = (value * 10) + (c - '0');
                current[cell] = sign * value;
                Walk(token, start + length, cell + 1);
                if (overflow)
                {
                    return;
                }
            }
        }

        Walk(0, 0, 0);
        return overflow ? null : results;
    }

    /// <summary>Whether every relation (cells summing to a cell) holds for one row's split.</summary>
    public static bool Holds(long[] values, IReadOnlyList<(int[] Addends, int Total)> relations)
    {
        foreach ((int[] addends, int total) in relations)
        {
            long sum = 0;
            foreach (int a in addends)
            {
                sum += values[a];
            }

            if (sum != values[total])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Chooses, for rows with several candidate splits, the combinations that satisfy the relations between rows (per
    /// column: Σ of the left rows = Σ of the right rows). Returns, per open row, the one split every solution agrees on,
    /// or null when the solutions differ on the row, none fits, or the search is too large.
    /// </summary>
    /// <param name="candidates">Per row, its candidate splits (rows with one candidate are fixed).</param>
    /// <param name="relations">Per relation, the rows summed on each side; a relation naming a row without candidates is skipped.</param>
    /// <param name="columns">The number of cells per row (the same for every row).</param>
    public static long[]?[] Solve(IReadOnlyList<List<long[]>?> candidates, IReadOnlyList<(int[] Left, int[] Right)> relations, int columns)
    {
        int n = candidates.Count;
        var chosen = new long[]?[n];
        var open = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (candidates[i] is { Count: 1 } single)
            {
                chosen[i] = single[0];
            }
            else if (candidates[i] is { Count: > 1 })
            {
                open.Add(i);
            }
        }

        if (open.Count == 0)
        {
            return chosen;
        }

        var usable = new List<(int[] Left, int[] Right)>();
        foreach ((int[] left, int[] right) in relations)
        {
            bool known = true;
            foreach (int r in left)
            {
                known &= candidates[r] is { Count: > 0 };
            }

            foreach (int r in right)
            {
                known &= candidates[r] is { Count: > 0 };
            }

            if (known)
            {
                usable.Add((left, right));
            }
        }

        if (usable.Count == 0)
        {
            return chosen;
        }

        var assignment = new long[n][];
        for (int i = 0; i < n; i++)
        {
            assignment[i] = chosen[i]!;
        }

        var agreed = new long[]?[n];
        var conflict = new bool[n];
        int solutions = 0;
        int leaves = 0;
        bool tooLarge = false;

        bool RelationsHold()
        {
            foreach ((int[] left, int[] right) in usable)
            {
                for (int c = 0; c < columns; c++)
                {
                    long l = 0;
                    long r = 0;
                    foreach (int row in left)
                    {
                        l += assignment[row][c];
                    }

                    foreach (int row in right)
                    {
                        r += assignment[row][c];
                    }

                    if (l != r)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        void Walk(int k)
        {
            if (tooLarge)
            {
                return;
            }

            if (k == open.Count)
            {
                if (++leaves > MaxCombinations)
                {
                    tooLarge = true;
                    return;
                }

                if (!RelationsHold())
                {
                    return;
                }

                solutions++;
                foreach (int row in open)
                {
                    if (agreed[row] is null)
                    {
                        agreed[row] = assignment[row];
                    }
                    else if (!Same(agreed[row]!, assignment[row]))
                    {
                        conflict[row] = true;
                    }
                }

                return;
            }

            foreach (long[] candidate in candidates[open[k]]!)
            {
                assignment[open[k]] = candidate;
                Walk(k + 1);
            }
        }

        Walk(0);
        if (!tooLarge && solutions > 0)
        {
            foreach (int row in open)
            {
                chosen[row] = conflict[row] ? null : agreed[row];
            }
        }

        return chosen;
    }

    private static bool Same(long[] a, long[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}
