using System;

namespace GovInfoDisclosure.Cli.Parsing;

/// <summary>"Did you mean …?" for a mistyped verb or option: the closest known name, if it is close enough.</summary>
internal static class Suggestions
{
    /// <summary>The longest word compared; longer words get no suggestion (bounded work for any input).</summary>
    private const int MaxLength = 64;

    /// <summary>
    /// The candidate nearest to <paramref name="word"/> by edit distance (insert, delete, substitute, swap of neighbours),
    /// when at most a third of the word's letters (at least one) differ, or a candidate that starts with the word (an
    /// abbreviation such as <c>--err</c>). Ties go to the first candidate. <see langword="null"/> when none is close.
    /// </summary>
    public static string? Closest(string word, string[] candidates)
    {
        if (word.Length == 0 || word.Length > MaxLength)
        {
            return null;
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        int limit = Math.Max(1, word.TrimStart('-').Length / 3);
        foreach (string candidate in candidates)
        {
            if (candidate.Length > MaxLength || candidate == word)
            {
                continue;
            }

            int distance = candidate.StartsWith(word, StringComparison.Ordinal) && word.TrimStart('-').Length >= 2 ? 0 : Distance(word, candidate);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The optimal-string-alignment distance between two short words.</summary>
    internal static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
