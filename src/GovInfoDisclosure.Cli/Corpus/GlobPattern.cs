using System;
using System.Collections.Generic;
using System.Text;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>
/// One compiled <c>--include</c>/<c>--exclude</c> glob: <c>*</c> any run of characters but <c>/</c>, <c>?</c> one
/// character but <c>/</c>, <c>**</c> any run including <c>/</c> (<c>**/</c> zero or more whole directories),
/// <c>[abc]</c>, <c>[a-z]</c> and <c>[!abc]</c> (or <c>[^abc]</c>) one character of a set, <c>{a,b}</c> alternatives
/// (nested too), <c>\x</c> the character <c>x</c> itself.
/// </summary>
/// <remarks>
/// Matching ignores case (ordinal, invariant), since archives from Windows mix <c>.PDF</c> and <c>.pdf</c>. It simulates
/// the pattern as an automaton over the path's positions, so it takes time proportional to the pattern's length times the
/// path's length whatever the pattern: no backtracking, no blow-up on <c>*a*a*a*b</c>.
/// </remarks>
internal sealed class GlobPattern
{
    /// <summary>The most alternatives one pattern's braces may expand to.</summary>
    public const int MaxAlternatives = 256;

    private readonly Token[][] _alternatives;

    private GlobPattern(string text, Token[][] alternatives, bool hasSlash)
    {
        Text = text;
        _alternatives = alternatives;
        HasSlash = hasSlash;
    }

    /// <summary>The pattern as given.</summary>
    public string Text { get; }

    /// <summary>
    /// Whether the pattern names directories (it holds a <c>/</c> or <c>**</c>): it is then matched against the path, else
    /// against the file's name alone.
    /// </summary>
    public bool HasSlash { get; }

    private enum TokenKind : byte
    {
        Literal,
        AnyOne,
        Star,
        GlobStar,
        Directories,
        Set,
    }

    /// <summary>Compiles <paramref name="text"/>; a malformed pattern gives <see langword="false"/> and what is wrong.</summary>
    /// <param name="text">The pattern.</param>
    /// <param name="pattern">The compiled pattern, or <see langword="null"/>.</param>
    /// <param name="problem">What is wrong, in Chinese and English, or <see langword="null"/>.</param>
    public static bool TryParse(string text, out GlobPattern? pattern, out (string Zh, string En)? problem)
    {
        pattern = null;
        if (text.Length == 0)
        {
            problem = ("模式为空", "the pattern is empty");
            return false;
        }

        var expanded = new List<string>();
        problem = Expand(text, expanded);
        if (problem is not null)
        {
            return false;
        }

        var alternatives = new Token[expanded.Count][];
        bool hasSlash = false;
        for (int i = 0; i < expanded.Count; i++)
        {
            problem = Tokenize(expanded[i], out Token[]? tokens, ref hasSlash);
            if (problem is not null)
            {
                return false;
            }

            alternatives[i] = tokens!;
        }

        pattern = new GlobPattern(text, alternatives, hasSlash);
        return true;
    }

    /// <summary>Whether the whole of <paramref name="path"/> (<c>/</c>-separated) matches one of the alternatives.</summary>
    public bool IsMatch(string path)
    {
        bool[] current = new bool[path.Length + 1];
        bool[] next = new bool[path.Length + 1];
        foreach (Token[] tokens in _alternatives)
        {
            if (Matches(tokens, path, ref current, ref next))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(Token[] tokens, string path, ref bool[] current, ref bool[] next)
    {
        int n = path.Length;
        Array.Clear(current, 0, current.Length);
        current[0] = true;
        foreach (Token token in tokens)
        {
            Array.Clear(next, 0, next.Length);
            bool any = false;
            for (int j = 0; j <= n; j++)
            {
                if (!current[j])
                {
                    continue;
                }

                switch (token.Kind)
                {
                    case TokenKind.Literal:
                        if (j < n && SameIgnoringCase(path[j], token.Char))
                        {
                            next[j + 1] = any = true;
                        }

                        break;
                    case TokenKind.AnyOne:
                        if (j < n && path[j] != '/')
                        {
                            next[j + 1] = any = true;
                        }

                        break;
                    case TokenKind.Set:
                        if (j < n && path[j] != '/' && token.InSet(path[j]))
                        {
                            next[j + 1] = any = true;
                        }

                        break;
                    case TokenKind.Star:
                        for (int k = j; ; k++)
                        {
                            next[k] = any = true;
                            if (k == n || path[k] == '/')
                            {
                                break;
                            }
                        }

                        break;
                    case TokenKind.GlobStar:
                        for (int k = j; k <= n; k++)
                        {
                            next[k] = any = true;
                        }

                        break;
                    default:
                        // **/ : nothing, or any run that ends with '/'.
                        next[j] = any = true;
                        for (int k = j; k < n; k++)
                        {
                            if (path[k] == '/')
                            {
                                next[k + 1] = true;
                            }
                        }

                        break;
                }
            }

            if (!any)
            {
                return false;
            }

            (current, next) = (next, current);
        }

        return current[n];
    }

    private static bool SameIgnoringCase(char a, char b) => a == b || char.ToUpperInvariant(a) == char.ToUpperInvariant(b);

    /// <summary>Expands the braces of <paramref name="text"/> into <paramref name="into"/>; returns what is wrong, if anything.</summary>
    private static (string Zh, string En)? Expand(string text, List<string> into)
    {
        int open = -1;
        for (int i = 0; i < text.Length && open < 0; i = EndOfLiteral(text, i) + 1)
        {
            if (text[i] == '{')
            {
                open = i;
            }
        }

        if (open < 0)
        {
            if (into.Count >= MaxAlternatives)
            {
                return ($"花括号展开超过 {MaxAlternatives} 种", $"the braces expand to more than {MaxAlternatives} alternatives");
            }

            into.Add(text);
            return null;
        }

        // The alternatives of the first brace at depth 0, split at its depth-0 commas.
        var parts = new List<string>();
        int depth = 0;
        int start = open + 1;
        int close = -1;
        for (int i = open + 1; i < text.Length && close < 0; i = EndOfLiteral(text, i) + 1)
        {
            switch (text[i])
            {
                case '{':
                    depth++;
                    break;
                case '}' when depth > 0:
                    depth--;
                    break;
                case '}':
                    parts.Add(text.Substring(start, i - start));
                    close = i;
                    break;
                case ',' when depth == 0:
                    parts.Add(text.Substring(start, i - start));
                    start = i + 1;
                    break;
            }
        }

        if (close < 0)
        {
            return ("“{”没有对应的“}”", "a '{' has no matching '}'");
        }

        string prefix = text.Substring(0, open);
        string suffix = text.Substring(close + 1);
        foreach (string part in parts)
        {
            if (Expand(prefix + part + suffix, into) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>
    /// The last index of the escape (<c>\x</c>) or the set (<c>[...]</c>) that starts at <paramref name="i"/>, or
    /// <paramref name="i"/> itself: braces and commas in them are characters, not syntax. An unclosed set is reported when
    /// the pattern is tokenized.
    /// </summary>
    private static int EndOfLiteral(string text, int i) => text[i] switch
    {
        '\\' => i + 1,
        '[' when SetEnd(text, i) is var end and >= 0 => end,
        _ => i,
    };

    /// <summary>The index of the <c>]</c> that closes the set opened at <paramref name="open"/>, or -1.</summary>
    private static int SetEnd(string text, int open)
    {
        int j = open + 1;
        if (j < text.Length && (text[j] == '!' || text[j] == '^'))
        {
            j++;
        }

        // A ']' first in the set is one of its characters.
        for (int first = j; j < text.Length; j++)
        {
            if (text[j] == '\\')
            {
                j++;
            }
            else if (text[j] == ']' && j > first)
            {
                return j;
            }
        }

        return -1;
    }

    private static (string Zh, string En)? Tokenize(string text, out Token[]? tokens, ref bool hasSlash)
    {
        tokens = null;
        var list = new List<Token>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 == text.Length)
                    {
                        return ("模式以“\\”结尾", "the pattern ends with '\\'");
                    }

                    list.Add(Token.Literal(text[++i]));
                    break;
                case '?':
                    list.Add(new Token(TokenKind.AnyOne));
                    break;
                case '*':
                    if (i + 1 < text.Length && text[i + 1] == '*')
                    {
                        while (i + 1 < text.Length && text[i + 1] == '*')
                        {
                            i++;
                        }

                        hasSlash = true;
                        bool atSegmentStart = list.Count == 0 || list[list.Count - 1] is { Kind: TokenKind.Literal, Char: '/' };
                        if (atSegmentStart && i + 1 < text.Length && text[i + 1] == '/')
                        {
                            i++;
                            list.Add(new Token(TokenKind.Directories));
                        }
                        else
                        {
                            list.Add(new Token(TokenKind.GlobStar));
                        }
                    }
                    else
                    {
                        list.Add(new Token(TokenKind.Star));
                    }

                    break;
                case '[':
                    if (ReadSet(text, ref i) is not { } set)
                    {
                        return ("“[”没有对应的“]”", "a '[' has no matching ']'");
                    }

                    list.Add(set);
                    break;
                default:
                    hasSlash |= c == '/';
                    list.Add(Token.Literal(c));
                    break;
            }
        }

        tokens = list.ToArray();
        return null;
    }

    /// <summary>Reads <c>[...]</c> starting at <paramref name="i"/> (the <c>[</c>); leaves <paramref name="i"/> on its <c>]</c>.</summary>
    private static Token? ReadSet(string text, ref int i)
    {
        int j = i + 1;
        bool negated = j < text.Length && (text[j] == '!' || text[j] == '^');
        if (negated)
        {
            j++;
        }

        var ranges = new StringBuilder();
        bool first = true;
        for (; j < text.Length; j++)
        {
            char c = text[j];
            if (c == ']' && !first)
            {
                i = j;
                return new Token(TokenKind.Set, ranges.ToString(), negated);
            }

            first = false;
            if (c == '\\' && j + 1 < text.Length)
            {
                c = text[++j];
            }

            char high = c;
            if (j + 2 < text.Length && text[j + 1] == '-' && text[j + 2] != ']')
            {
                high = text[j + 2];
                if (high == '\\' && j + 3 < text.Length)
                {
                    high = text[j + 3];
                    j++;
                }

                j += 2;
            }

            ranges.Append(c <= high ? c : high).Append(c <= high ? high : c);
        }

        return null;
    }

    private readonly struct Token
    {
        public Token(TokenKind kind, string? ranges = null, bool negated = false, char literal = '\0')
        {
            Kind = kind;
            Ranges = ranges;
            Negated = negated;
            Char = literal;
        }

        public TokenKind Kind { get; }

        /// <summary>The literal character.</summary>
        public char Char { get; }

        /// <summary>A set's ranges as pairs of characters (low, high).</summary>
        public string? Ranges { get; }

        public bool Negated { get; }

        public static Token Literal(char c) => new(TokenKind.Literal, literal: c);

        public bool InSet(char c)
        {
            char upper = char.ToUpperInvariant(c);
            char lower = char.ToLowerInvariant(c);
            bool found = false;
            string ranges = Ranges!;
            for (int k = 0; k + 1 < ranges.Length && !found; k += 2)
            {
                found = InRange(c, ranges[k], ranges[k + 1]) || InRange(upper, ranges[k], ranges[k + 1]) || InRange(lower, ranges[k], ranges[k + 1]);
            }

            return found != Negated;
        }

        private static bool InRange(char c, char low, char high) => c >= low && c <= high;
    }
}
