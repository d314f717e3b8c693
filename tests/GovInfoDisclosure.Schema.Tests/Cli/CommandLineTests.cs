using System;
using System.IO;
using System.Text;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli;

/// <summary>The <c>govinfo</c> command line, run in process with buffered output.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("govinfo-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (int ExitCode, string Out, string Error) RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), _directory);
        int exitCode = CommandLine.Run(args, console);
        return (exitCode, output.ToString(), error.ToString());
    }

    private (int ExitCode, string Out, string Error) Run(params string[] args) => RunWithInput(string.Empty, args);

    private string Write(string name, string content)
    {
        File.WriteAllText(Path.Combine(_directory, name), content);
        return name;
    }

    [Fact]
    public void Validate_AllSamples_ExitsZero()
    {
        var (exitCode, output, _) = Run(new[] { "validate" }.Concat(Fixtures.Names, n => Fixtures.JsonPath(n)));
        Assert.Equal(ExitCodes.Valid, exitCode);
        Assert.Equal(Fixtures.Names.Length, output.Split(": valid — ", StringSplitOptions.None).Length - 1);
        Assert.Contains($"summary: {Fixtures.Names.Length} read, {Fixtures.Names.Length} valid, 0 invalid, 0 unreadable", output);
    }

    [Fact]
    public void Validate_BrokenReport_ExitsOne_AndNamesCodeAndPointer()
    {
        string broken = Fixtures.Json("2024-pingwu-county-government-office").Replace("\"carriedForward\": {\n      \"naturalPerson\": 1", "\"carriedForward\": {\n      \"naturalPerson\": -1");
        var (exitCode, output, _) = Run("validate", Write("broken.json", broken));
        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Contains(JsonProblemCodes.Negative, output);
        Assert.Contains("/applications/carriedForward/naturalPerson", output);
    }

    [Theory]
    [InlineData("not json at all", JsonProblemCodes.Syntax)]
    [InlineData("{\"format\": \"2030\"}", JsonProblemCodes.UnknownFormat)]
    [InlineData("", JsonProblemCodes.Syntax)]
    public void Validate_NotAReport_ExitsTwo(string content, string code)
    {
        var (exitCode, output, _) = Run("validate", Write("bad.json", content));
        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains(code, output);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo_AndGoesOnWithTheOthers()
    {
        var (exitCode, output, _) = Run("validate", "does-not-exist.json", Fixtures.JsonPath("2025-huarong-district-bureau"));
        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains("does-not-exist.json: unreadable", output);
        Assert.Contains("2025-huarong-district-bureau.json: valid", output);
    }

    [Fact]
    public void Validate_InvalidAndUnreadable_ExitsWithTheHighestCode()
    {
        var (exitCode, _, _) = Run("validate", Write("a.json", "{\"format\":\"2021\"}"), Write("b.json", "]"));
        Assert.Equal(ExitCodes.Unreadable, exitCode);
    }

    [Fact]
    public void Validate_StandardInput()
    {
        var (exitCode, output, _) = RunWithInput(Fixtures.Json("2025-linxia-county-petitions-bureau"), "validate", "-");
        Assert.Equal(ExitCodes.Valid, exitCode);
        Assert.Contains("-: valid", output);
    }

    [Fact]
    public void Validate_NoFile_IsAUsageError()
    {
        var (exitCode, _, error) = Run("validate");
        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains("Usage: govinfo validate", error);
    }

    [Fact]
    public void UnknownCommand_ExitsTwo()
    {
        var (exitCode, _, error) = Run("frobnicate");
        Assert.Equal(ExitCodes.Unreadable, exitCode);
        Assert.Contains("unknown command 'frobnicate'", error);
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var (exitCode, output, _) = Run("help");
        Assert.Equal(ExitCodes.Valid, exitCode);
        foreach (var command in CommandLine.Commands)
        {
            Assert.Contains(command.Name, output);
        }
    }
}

internal static class ArgumentArrays
{
    public static string[] Concat(this string[] first, string[] names, Func<string, string> map)
    {
        var result = new string[first.Length + names.Length];
        first.CopyTo(result, 0);
        for (int i = 0; i < names.Length; i++)
        {
            result[first.Length + i] = map(names[i]);
        }

        return result;
    }
}
