using System;
using System.Collections.Generic;
using System.IO;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary><c>govinfo validate FILE...</c>: reads report documents and says whether each is well formed.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    /// <summary>The JSON problems that mean the input is not a report document at all (exit 2, not 1).</summary>
    private static readonly HashSet<string> UnreadableCodes = new(StringComparer.Ordinal)
    {
        JsonProblemCodes.Syntax,
        JsonProblemCodes.TooLarge,
        JsonProblemCodes.TooDeep,
        JsonProblemCodes.MissingFormat,
        JsonProblemCodes.UnknownFormat,
    };

    public string Name => "validate";

    public string Summary => "Check report documents (canonical JSON) and list every problem with its JSON Pointer.";

    public string Usage => """
        Usage: govinfo validate FILE...

        Reads each FILE (a report as canonical JSON; '-' reads standard input) and prints, per file, 'valid' or each
        problem found: its code, the JSON Pointer of the offending value, the line, and the message in Chinese and English.

        Exit codes: 0 every report is valid; 1 a report breaks the JSON contract; 2 a file cannot be read, is not JSON,
        or is not a report (no or unknown "format").
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        if (arguments.Count == 0)
        {
            console.Error.WriteLine("govinfo validate: no file given.");
            console.Error.WriteLine(Usage);
            return ExitCodes.Unreadable;
        }

        int exitCode = ExitCodes.Valid;
        foreach (string argument in arguments)
        {
            exitCode = Math.Max(exitCode, ValidateOne(argument, console));
        }

        return exitCode;
    }

    private static int ValidateOne(string path, CliConsole console)
    {
        ReportReadResult result;
        try
        {
            result = Read(path, console);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Out.WriteLine($"{path}: unreadable — {ex.Message}");
            return ExitCodes.Unreadable;
        }

        if (result.Report is { } report)
        {
            console.Out.WriteLine($"{path}: valid — format {(int)report.Format}, {report.Agency ?? "(agency not named)"}, {report.Year}");
            return ExitCodes.Valid;
        }

        bool unreadable = false;
        foreach (JsonProblem problem in result.Problems)
        {
            unreadable |= UnreadableCodes.Contains(problem.Code);
        }

        console.Out.WriteLine($"{path}: {(unreadable ? "unreadable" : "invalid")} — {result.Problems.Count} problem{(result.Problems.Count == 1 ? string.Empty : "s")}");
        foreach (JsonProblem problem in result.Problems)
        {
            string where = problem.Pointer.Length == 0 ? "(document)" : problem.Pointer;
            string position = problem.Line is null ? string.Empty : $" (line {problem.Line}, byte {problem.BytePositionInLine})";
            console.Out.WriteLine($"  {problem.Code} {where}{position}");
            console.Out.WriteLine($"    {problem.Message.Zh}");
            console.Out.WriteLine($"    {problem.Message.En}");
        }

        return unreadable ? ExitCodes.Unreadable : ExitCodes.Invalid;
    }

    private static ReportReadResult Read(string path, CliConsole console)
    {
        if (path == "-")
        {
            using Stream input = console.OpenStandardInput();
            return ReportJson.Read(ReadAtMost(input, ReportReadOptions.DefaultMaxDocumentBytes + 1L));
        }

        string fullPath = Path.Combine(console.WorkingDirectory, path);
        long length = new FileInfo(fullPath).Length;
        if (ReportJson.CheckSize(length) is { } tooLarge)
        {
            return ReportReadResult.Failure(new[] { tooLarge });
        }

        return ReportJson.Read(File.ReadAllBytes(fullPath));
    }

    private static byte[] ReadAtMost(Stream input, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0 && buffer.Length < limit)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
