using System.Diagnostics;
using GovInfoDisclosure.Cli.Corpus;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli.Corpus;

public class GlobPatternTests
{
    private static GlobPattern Parse(string text)
    {
        Assert.True(GlobPattern.TryParse(text, out GlobPattern? pattern, out var problem), problem?.En);
        return pattern!;
    }

    [Theory]
    [InlineData("*.pdf", "a.pdf", true)]
    [InlineData("*.pdf", "A.PDF", true)]
    [InlineData("*.pdf", "a.pdf.txt", false)]
    [InlineData("*.pdf", "dir/a.pdf", false)]
    [InlineData("?.json", "a.json", true)]
    [InlineData("?.json", "ab.json", false)]
    [InlineData("*草稿*", "2023年草稿v2.docx", true)]
    [InlineData("[ab]*.md", "b1.md", true)]
    [InlineData("[ab]*.md", "c1.md", false)]
    [InlineData("[!ab]*.md", "c1.md", true)]
    [InlineData("[^ab]*.md", "a1.md", false)]
    [InlineData("report-[0-9][0-9].json", "report-07.json", true)]
    [InlineData("report-[0-9][0-9].json", "report-7x.json", false)]
    [InlineData("[]]x", "]x", true)]
    [InlineData("*.{pdf,docx}", "a.docx", true)]
    [InlineData("*.{pdf,docx}", "a.doc", false)]
    [InlineData("{2022,20{23,24}}/*", "2024/a.json", true)]
    [InlineData("{2022,20{23,24}}/*", "2025/a.json", false)]
    [InlineData("\\*.json", "*.json", true)]
    [InlineData("\\*.json", "a.json", false)]
    [InlineData("2023/**", "2023/a/b/c.pdf", true)]
    [InlineData("2023/**", "2022/a.pdf", false)]
    [InlineData("**/old/*.json", "old/a.json", true)]
    [InlineData("**/old/*.json", "x/y/old/a.json", true)]
    [InlineData("**/old/*.json", "x/old/y/a.json", false)]
    [InlineData("a/**/b.txt", "a/b.txt", true)]
    [InlineData("a/**/b.txt", "a/x/y/b.txt", true)]
    [InlineData("a/*/b.txt", "a/x/y/b.txt", false)]
    [InlineData("a**b", "a/x/b", true)]
    public void Matches_AsDocumented(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Parse(pattern).IsMatch(path));

    [Theory]
    [InlineData("*.pdf", false)]
    [InlineData("{a,b}.pdf", false)]
    [InlineData("a/b", true)]
    [InlineData("**.pdf", true)]
    public void HasSlash_SaysWhetherThePathOrTheNameIsMatched(string pattern, bool expected) => Assert.Equal(expected, Parse(pattern).HasSlash);

    [Theory]
    [InlineData("", "the pattern is empty")]
    [InlineData("[abc", "a '[' has no matching ']'")]
    [InlineData("{a,b", "a '{' has no matching '}'")]
    [InlineData("abc\\", "the pattern ends with '\\'")]
    [InlineData("{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}", "the braces expand to more than 256 alternatives")]
    public void Malformed_IsRefusedWithTheReason(string pattern, string reason)
    {
        Assert.False(GlobPattern.TryParse(pattern, out GlobPattern? compiled, out var problem));
        Assert.Null(compiled);
        Assert.Equal(reason, problem!.Value.En);
        Assert.False(string.IsNullOrEmpty(problem.Value.Zh));
    }

    [Fact]
    public void ManyStars_DoNotBacktrackExponentially()
    {
        GlobPattern pattern = Parse("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
        string path = new string('a', 4000);
        var watch = Stopwatch.StartNew();
        Assert.False(pattern.IsMatch(path));
        // Generous: the automaton does 17 × 4,001 steps; backtracking would take years.
        Assert.True(watch.Elapsed.TotalSeconds < 5, watch.Elapsed.ToString());
    }
}
