using System;
using System.IO;
using System.Text;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Cli.Parsing;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli;

/// <summary>The command line as System.CommandLine parses it: help, errors, suggestions, --lang, --quiet.</summary>
public sealed class CommandLineParsingTests
{
    private static (int ExitCode, string Out, string Error) Run(Func<string, string?>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.Json("2025-huarong-district-bureau"))),
            Fixtures.JsonDirectory, getEnvironmentVariable: environment);
        int exitCode = CommandLine.Run(args, console);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => Run(null, args);

    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        foreach (var command in CommandLine.Commands)
        {
            data.Add(command.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void EveryVerb_HasHelp_WithDashH_DashDashHelp_AndHelpVerb(string verb)
    {
        var (code1, help1, _) = Run(verb, "--help");
        var (code2, help2, _) = Run(verb, "-h");
        var (code3, help3, _) = Run("help", verb);
        Assert.Equal((0, 0, 0), (code1, code2, code3));
        Assert.Contains("Usage: govinfo " + verb, help1);
        Assert.Equal(help1, help2);
        Assert.Equal(help1, help3);
        Assert.Contains("--lang", help1);
        Assert.Contains("--quiet", help1);
    }

    [Fact]
    public void HelpHelp_IsTheHelpOfHelp()
    {
        var (code, output, _) = Run("help", "help");
        Assert.Equal(ExitCodes.Valid, code);
        Assert.Contains("Usage: govinfo help", output);
    }

    [Fact]
    public void BareGovinfo_PrintsUsageOnStandardError_AndExitsTwo()
    {
        var (code, output, error) = Run();
        Assert.Equal(ExitCodes.Unreadable, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Usage: govinfo <command>", error);
        Assert.Contains("validate", error);
    }

    [Fact]
    public void MistypedVerb_GetsASuggestion()
    {
        var (code, _, error) = Run("--lang", "en", "valdate", "x.json");
        Assert.Equal(ExitCodes.Unreadable, code);
        Assert.Contains("unknown command 'valdate'. Did you mean 'validate'?", error);
    }

    [Fact]
    public void MistypedOption_IsRefused_WithASuggestion_NotReadAsAFile()
    {
        var (code, output, error) = Run("--lang", "en", "validate", "--jsn", Fixtures.JsonPath("2025-huarong-district-bureau"));
        Assert.Equal(ExitCodes.Unreadable, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("unknown option '--jsn'. Did you mean '--json'?", error);
        Assert.Contains("Usage: govinfo validate", error);
    }

    [Fact]
    public void OptionEqualsValue_IsUnderstood()
    {
        var (spaced, outSpaced, _) = Run("validate", "--jobs", "1", Fixtures.JsonPath("2025-huarong-district-bureau"));
        var (equals, outEquals, _) = Run("validate", "--jobs=1", Fixtures.JsonPath("2025-huarong-district-bureau"));
        Assert.Equal(ExitCodes.Valid, spaced);
        Assert.Equal(spaced, equals);
        Assert.Equal(outSpaced, outEquals);
    }

    [Fact]
    public void AFileWhoseNameStartsWithADash_IsReadAfterDoubleDash()
    {
        var (code, output, _) = Run("validate", "--", "-");
        Assert.Equal(ExitCodes.Valid, code);
        Assert.Contains("-: valid", output);
    }

    [Theory]
    [InlineData("zh", "govinfo validate: 没有给出文件。")]
    [InlineData("en", "govinfo validate: no file given.")]
    [InlineData("both", "govinfo validate: 没有给出文件。 (no file given.)")]
    public void Lang_ChoosesTheLanguageOfErrors(string language, string expected)
    {
        var (code, _, error) = Run("validate", "--lang", language);
        Assert.Equal(ExitCodes.Unreadable, code);
        Assert.StartsWith(expected, error);
    }

    [Fact]
    public void Lang_ChoosesTheLanguageOfVerdictLinesAndSummary()
    {
        string path = Fixtures.JsonPath("2025-huarong-district-bureau");
        var (_, zh, _) = Run("validate", path, "--lang", "zh");
        var (_, en, _) = Run("validate", path, "--lang=en");
        Assert.Contains("：有效 — 格式 2021", zh);
        Assert.Contains("汇总：读取 1，有效 1", zh);
        Assert.DoesNotContain("summary:", zh);
        Assert.Contains(": valid — format 2021", en);
        Assert.Contains("summary: 1 read, 1 valid", en);
        Assert.DoesNotContain("汇总", en);
    }

    [Theory]
    [InlineData("zh_CN.UTF-8", null, "用法：govinfo validate")]
    [InlineData("en_US.UTF-8", null, "用法 Usage: govinfo validate")]
    [InlineData("en_US.UTF-8", "zh_TW.UTF-8", "用法：govinfo validate")]
    [InlineData(null, null, "用法 Usage: govinfo validate")]
    public void DefaultLanguage_ComesFromTheLocaleVariables(string? lang, string? lcAll, string expected)
    {
        var (_, output, _) = Run(name => name switch { "LANG" => lang, "LC_ALL" => lcAll, _ => null }, "validate", "--help");
        Assert.Contains(expected, output);
    }

    [Fact]
    public void WrongLangValue_IsAUsageError()
    {
        var (code, _, error) = Run("validate", "x.json", "--lang", "fr");
        Assert.Equal(ExitCodes.Unreadable, code);
        Assert.Contains("'fr' is not a value of --lang", error);
    }

    [Fact]
    public void Quiet_WritesNoVerdictLinesNorSummary_ButKeepsTheExitCode()
    {
        string broken = Path.Combine(Path.GetTempPath(), "govinfo-quiet-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(broken, "{\"format\":\"2021\"}");
        try
        {
            var (code, output, _) = Run("validate", "--quiet", Fixtures.JsonPath("2025-huarong-district-bureau"), broken);
            var (loud, loudOutput, _) = Run("validate", Fixtures.JsonPath("2025-huarong-district-bureau"), broken);
            Assert.Equal(loud, code);
            Assert.NotEqual(ExitCodes.Valid, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains("summary:", loudOutput);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void HelpWins_OverAMistakeOnTheSameLine()
    {
        var (code, output, _) = Run("validate", "--jsn", "--help");
        Assert.Equal(ExitCodes.Valid, code);
        Assert.Contains("Usage: govinfo validate", output);
    }

    [Theory]
    [InlineData("valdate", "validate")]
    [InlineData("--jsn", "--json")]
    [InlineData("--err", "--errors-only")]
    [InlineData("--xyzzy", null)]
    [InlineData("", null)]
    public void Suggestions_FindTheClosestName(string word, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(word, new[] { "validate", "rules", "--json", "--jsonl", "--errors-only" }));

    [Fact]
    public void Suggestions_IgnoreVeryLongWords() =>
        Assert.Null(Suggestions.Closest(new string('v', 100_000), new[] { "validate" }));
}
