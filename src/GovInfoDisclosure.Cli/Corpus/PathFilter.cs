using System;
using System.Collections.Generic;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>
/// The <c>--include</c> and <c>--exclude</c> globs of a corpus run: which of the supported files found are read.
/// </summary>
/// <remarks>
/// <para>
/// A pattern without <c>/</c> or <c>**</c> (<c>*.pdf</c>, <c>*草稿*</c>) is matched against a file's name; one with them
/// (<c>2023/**</c>, <c>**/old/*.json</c>) against its path below the directory named on the command line, and also
/// against the path as shown in the output (<c>reports/2023/a.pdf</c>), so either way of writing it works. A file is
/// read when it matches an <c>--include</c> (or none is given) and no <c>--exclude</c>; a directory that matches an
/// <c>--exclude</c> is not entered at all. The globs choose among the supported files only: <c>--include '*.xml'</c>
/// does not make an XML file a report. A file named on the command line is filtered the same way, by the path as given;
/// <c>-</c> (standard input) always is read.
/// </para>
/// <para>Immutable, and safe to share between threads.</para>
/// </remarks>
internal sealed class PathFilter
{
    private readonly GlobPattern[] _include;
    private readonly GlobPattern[] _exclude;

    private PathFilter(GlobPattern[] include, GlobPattern[] exclude)
    {
        _include = include;
        _exclude = exclude;
    }

    /// <summary>The filter that lets every file through (no glob given).</summary>
    public static PathFilter Everything { get; } = new(Array.Empty<GlobPattern>(), Array.Empty<GlobPattern>());

    /// <summary>Whether any glob was given.</summary>
    public bool IsActive => _include.Length > 0 || _exclude.Length > 0;

    /// <summary>The globs as given, for messages: <c>--include A --exclude B</c>.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        foreach (GlobPattern pattern in _include)
        {
            parts.Add("--include " + pattern.Text);
        }

        foreach (GlobPattern pattern in _exclude)
        {
            parts.Add("--exclude " + pattern.Text);
        }

        return string.Join(" ", parts);
    }

    /// <summary>Compiles the globs; a malformed one gives <see langword="false"/> and a message naming it.</summary>
    /// <param name="include">The <c>--include</c> globs (may be empty).</param>
    /// <param name="exclude">The <c>--exclude</c> globs (may be empty).</param>
    /// <param name="filter">The filter, or <see langword="null"/>.</param>
    /// <param name="problem">The message in Chinese and English, or <see langword="null"/>.</param>
    public static bool TryCreate(IReadOnlyList<string> include, IReadOnlyList<string> exclude, out PathFilter? filter, out (string Zh, string En)? problem)
    {
        filter = null;
        if (!TryCompile("--include", include, out GlobPattern[]? included, out problem) || !TryCompile("--exclude", exclude, out GlobPattern[]? excluded, out problem))
        {
            return false;
        }

        filter = included.Length == 0 && excluded.Length == 0 ? Everything : new PathFilter(included, excluded);
        return true;
    }

    /// <summary>Whether a file is read.</summary>
    /// <param name="relative">Its path below the directory named on the command line (<c>/</c>-separated), or the path as given for a file named there.</param>
    /// <param name="shown">Its path as shown in the output.</param>
    public bool Includes(string relative, string shown)
    {
        if (!IsActive)
        {
            return true;
        }

        if (AnyMatches(_exclude, relative, shown))
        {
            return false;
        }

        return _include.Length == 0 || AnyMatches(_include, relative, shown);
    }

    /// <summary>Whether a directory is skipped with everything below it (it matches an <c>--exclude</c>).</summary>
    /// <param name="relative">Its path below the directory named on the command line.</param>
    /// <param name="shown">Its path as shown in the output.</param>
    public bool ExcludesDirectory(string relative, string shown) => _exclude.Length > 0 && AnyMatches(_exclude, relative, shown);

    private static bool AnyMatches(GlobPattern[] patterns, string relative, string shown)
    {
        relative = WithoutDotSlash(relative);
        shown = WithoutDotSlash(shown);
        string name = NameOf(relative);
        foreach (GlobPattern pattern in patterns)
        {
            if (pattern.HasSlash ? pattern.IsMatch(relative) || pattern.IsMatch(shown) : pattern.IsMatch(name))
            {
                return true;
            }
        }

        return false;
    }

    private static string WithoutDotSlash(string path) => path.StartsWith("./", StringComparison.Ordinal) ? path.Substring(2) : path;

    private static string NameOf(string path)
    {
        string trimmed = path.TrimEnd('/');
        int slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed.Substring(slash + 1);
    }

    private static bool TryCompile(string option, IReadOnlyList<string> texts, out GlobPattern[] patterns, out (string Zh, string En)? problem)
    {
        patterns = new GlobPattern[texts.Count];
        problem = null;
        for (int i = 0; i < texts.Count; i++)
        {
            string text = WithoutDotSlash(texts[i]);
            if (!GlobPattern.TryParse(text, out GlobPattern? pattern, out (string Zh, string En)? wrong))
            {
                problem = ($"{option} 的模式“{texts[i]}”有误：{wrong!.Value.Zh}。", $"the {option} pattern '{texts[i]}' is malformed: {wrong!.Value.En}.");
                return false;
            }

            patterns[i] = pattern!;
        }

        return true;
    }
}
