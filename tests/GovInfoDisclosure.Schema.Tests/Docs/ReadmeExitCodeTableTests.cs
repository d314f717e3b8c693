using System;
using System.IO;
using System.Linq;
using System.Reflection;
using GovInfoDisclosure.Cli;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Docs;

/// <summary>The README's exit-code table matches the code: one column per <see cref="ExitCodes"/> constant, one row per verb.</summary>
public class ReadmeExitCodeTableTests
{
    private static string[] TableLines()
    {
        string readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "docs-root", "README.md")).Replace("\r\n", "\n");
        int start = readme.IndexOf("### Exit codes\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '### Exit codes' section");
        return readme.Substring(start).Split('\n').SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToArray();
    }

    private static string[] Cells(string line) => line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();

    [Fact]
    public void Columns_AreExactlyTheExitCodes_InOrder()
    {
        int[] codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(int)).Select(f => (int)f.GetRawConstantValue()!).OrderBy(c => c).ToArray();
        int[] documented = Cells(TableLines()[0]).Skip(1).Select(c => int.Parse(c.Split(' ')[0].Trim('`'), System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(codes, documented);
        Assert.Equal(new[] { 0, 1, 2, 3 }, new[] { ExitCodes.Valid, ExitCodes.Invalid, ExitCodes.Unreadable, ExitCodes.OutputFailed });
    }

    [Fact]
    public void Rows_AreExactlyTheVerbs_InTheOrderOfHelp_EachWithEveryCode()
    {
        string[][] rows = TableLines().Skip(2).Select(Cells).ToArray();
        string[] verbs = CommandLine.Commands.Select(c => c.Name).Append("help").ToArray();

        Assert.Equal(verbs, rows.Select(r => r[0].Trim('`')));
        Assert.All(rows, r => Assert.Equal(5, r.Length));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[1]) || string.IsNullOrWhiteSpace(r[3]) || string.IsNullOrWhiteSpace(r[4]), r[0]));
    }
}
