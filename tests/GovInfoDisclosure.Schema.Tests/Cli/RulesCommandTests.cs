using System.Linq;
using System.Text.Json;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli;

public class RulesCommandTests
{
    [Fact]
    public void Rules_Json_OneObjectPerRule()
    {
        (int exit, string output, _) = CliRunner.Run("rules", "--json");

        Assert.Equal(0, exit);
        string[] lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(RuleCatalogue.All.Select(r => r.Code), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("code").GetString()));
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        Assert.Equal("error", first.RootElement.GetProperty("severity").GetString());
        Assert.Equal("balance", first.RootElement.GetProperty("kind").GetString());
        Assert.Equal("each-column", first.RootElement.GetProperty("scope").GetString());
        Assert.Equal(new[] { "2019", "2021" }, first.RootElement.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", first.RootElement.GetProperty("basisLabel").GetString());
        Assert.Equal("JSON-NEGATIVE", JsonDocument.Parse(lines.Single(l => l.Contains("\"GID-B5\""))).RootElement.GetProperty("enforcedBy").GetString());
    }

    [Fact]
    public void Rules_Human_ListsEveryCode()
    {
        (int exit, string output, _) = CliRunner.Run("rules");

        Assert.Equal(0, exit);
        Assert.All(RuleCatalogue.All, r => Assert.Contains(r.Code + " ", output));
        Assert.Contains("表三 列平衡：本年新收 + 上年结转 = 办理结果总计 + 结转下年度", output);
        Assert.Equal(2, CliRunner.Run("rules", "--yaml").ExitCode);
    }
}
