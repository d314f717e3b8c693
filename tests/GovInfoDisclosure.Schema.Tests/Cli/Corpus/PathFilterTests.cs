using System;
using GovInfoDisclosure.Cli.Corpus;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli.Corpus;

public class PathFilterTests
{
    private static PathFilter Create(string[] include, string[] exclude)
    {
        Assert.True(PathFilter.TryCreate(include, exclude, out PathFilter? filter, out var problem), problem?.En);
        return filter!;
    }

    [Fact]
    public void NoGlob_IsEverything()
    {
        PathFilter filter = Create(Array.Empty<string>(), Array.Empty<string>());
        Assert.Same(PathFilter.Everything, filter);
        Assert.False(filter.IsActive);
        Assert.True(filter.Includes("any/thing.pdf", "x/any/thing.pdf"));
        Assert.False(filter.ExcludesDirectory("any", "x/any"));
    }

    [Fact]
    public void Include_NameOrPath_AnyOneSuffices()
    {
        PathFilter filter = Create(new[] { "*.pdf", "2023/**" }, Array.Empty<string>());
        Assert.True(filter.Includes("2022/a.pdf", "reports/2022/a.pdf"));
        Assert.True(filter.Includes("2023/sub/a.json", "reports/2023/sub/a.json"));
        Assert.False(filter.Includes("2022/a.json", "reports/2022/a.json"));
    }

    [Fact]
    public void PathPattern_MatchesTheRelativePathOrThePathShown()
    {
        PathFilter filter = Create(new[] { "reports/2023/*.json" }, Array.Empty<string>());
        Assert.True(filter.Includes("2023/a.json", "reports/2023/a.json"));
        Assert.True(filter.Includes("2023/a.json", "./reports/2023/a.json"));
        Assert.False(filter.Includes("2023/a.json", "other/2023/a.json"));
    }

    [Fact]
    public void Exclude_WinsOverInclude_AndPrunesDirectories()
    {
        PathFilter filter = Create(new[] { "*.json" }, new[] { "*draft*", "old" });
        Assert.True(filter.Includes("a.json", "d/a.json"));
        Assert.False(filter.Includes("a-draft.json", "d/a-draft.json"));
        Assert.True(filter.ExcludesDirectory("x/old", "d/x/old"));
        Assert.False(filter.ExcludesDirectory("x/older", "d/x/older"));
        Assert.Equal("--include *.json --exclude *draft* --exclude old", filter.Describe());
    }

    [Fact]
    public void Malformed_NamesTheOptionAndThePattern()
    {
        Assert.False(PathFilter.TryCreate(new[] { "*.pdf" }, new[] { "[x" }, out PathFilter? filter, out var problem));
        Assert.Null(filter);
        Assert.Equal("the --exclude pattern '[x' is malformed: a '[' has no matching ']'.", problem!.Value.En);
        Assert.Equal("--exclude 的模式“[x”有误：“[”没有对应的“]”。", problem.Value.Zh);
    }
}
