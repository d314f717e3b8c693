using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>Reading several reports and printing the diagnostics of a check between them, for <c>compare</c> and <c>consolidate</c>.</summary>
internal static class CrossReportOutput
{
    /// <summary>Reads every file as a report; on the first that cannot be read, says why and returns <see langword="null"/>.</summary>
    public static ReportReadResult[]? ReadAll(IReadOnlyList<string> paths, CliConsole console, string verb)
    {
        var results = new ReportReadResult[paths.Count];
        for (int i = 0; i < paths.Count; i++)
        {
            ReportReadResult? read = ReportInput.TryRead(paths[i], console, out string? ioError, importPublished: true);
            if (read?.Report is null)
            {
                console.Error.WriteLine($"govinfo {verb}: " + console.Language.Line($"“{paths[i]}”不是可读的报告：", $"'{paths[i]}' is not a readable report: ")
                    + (ioError ?? string.Join("; ", read!.Problems)));
                return null;
            }

            results[i] = read;
        }

        return results;
    }

    /// <summary>
    /// Prints the diagnostics (one JSON object with <c>--json</c>; only the errors with <paramref name="errorsOnly"/>, only
    /// the verdict line with <c>--quiet</c>) and returns the exit code: 1 when an error fails.
    /// </summary>
    public static int Write(ValidationResult result, bool json, CliConsole console, bool errorsOnly = false)
    {
        if (json)
        {
            console.Out.WriteLine(JsonOutput.Line(writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("valid", result.IsValid);
                writer.WriteStartArray("diagnostics");
                foreach (Diagnostic diagnostic in result.Diagnostics)
                {
                    if (!errorsOnly || diagnostic.IsError)
                    {
                        JsonOutput.WriteDiagnostic(writer, diagnostic);
                    }
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }));
        }
        else
        {
            CliLanguage language = console.Language;
            if (!console.Quiet)
            {
                console.Out.WriteLine(result.IsValid ? language.Line("一致", "consistent") : language.Line("不一致", "inconsistent"));
                console.Out.WriteLine(language.Line(
                    $"  {result.ErrorCount} 个错误，{result.WarningCount} 个警告，{result.IndeterminateCount} 个无法判断",
                    $"  {result.ErrorCount} errors, {result.WarningCount} warnings, {result.IndeterminateCount} indeterminate"));
            }

            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                if ((errorsOnly || console.Quiet) && !diagnostic.IsError)
                {
                    continue;
                }

                console.Out.WriteLine($"  {JsonOutput.Name(diagnostic.Severity)} {diagnostic.Code} {JsonOutput.Name(diagnostic.Outcome)}");
                console.Out.WriteMessage(language, "    ", diagnostic.Message);
                if (diagnostic.Expected is { } expected && diagnostic.Actual is { } actual)
                {
                    console.Out.WriteLine("    " + language.Numbers(expected, actual));
                }

                foreach (string path in diagnostic.Paths)
                {
                    console.Out.WriteLine("    " + path);
                }
            }
        }

        return result.IsValid ? ExitCodes.Valid : ExitCodes.Invalid;
    }
}
