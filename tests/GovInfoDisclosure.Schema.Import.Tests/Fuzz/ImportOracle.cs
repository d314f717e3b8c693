using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Json;

namespace GovInfoDisclosure.Schema.Import.Tests.Fuzz;

/// <summary>
/// What must hold for any import, judged from the input alone: the importer never throws, every diagnostic has a
/// catalogued code, a report it returns is well-formed (round-trips through the JSON contract), every number in the report
/// is printed in the source, and its work (bytes allocated) is bounded in proportion to the input.
/// </summary>
/// <remarks>
/// "Printed in the source": the number's digits occur within one number as printed (after folding full-width digits and
/// dropping thousands separators and the decimal point, so that a unit conversion from 元 to 万元 or a split of digits run
/// together still passes). Without per-cell provenance the search covers the whole source rather than the one line the
/// cell came from; a number that appears nowhere (a guessed 0, a sum the importer made up, a year from elsewhere) fails.
/// </remarks>
internal static class ImportOracle
{
    /// <summary>The most bytes an import may allocate per input character (the real samples take 170–780).</summary>
    public const long MaxAllocatedBytesPerChar = 4096;

    /// <summary>Allocations every import may make whatever its size (label catalogues, tables, diagnostics).</summary>
    public const long FixedAllocatedBytes = 16L * 1024 * 1024;

    /// <summary>Imports <paramref name="text"/> and returns the first broken promise, or <see langword="null"/>.</summary>
    public static string? Check(string text, ImportOptions? options = null)
    {
        ImportResult result;
        long before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            result = ReportImporter.Import(text, options);
        }
        catch (Exception ex)
        {
            return "threw " + ex;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long bound = FixedAllocatedBytes + MaxAllocatedBytesPerChar * text.Length;
        if (allocated > bound)
        {
            return $"allocated {allocated} bytes for {text.Length} characters (bound {bound})";
        }

        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            if (!ImportDiagnosticCodes.All.ContainsKey(diagnostic.Code))
            {
                return "uncatalogued code " + diagnostic.Code;
            }

            if (diagnostic.Location.Line is { } line && (line < 1 || line > CountLines(text)))
            {
                return $"{diagnostic.Code} cites line {line} of a text of {CountLines(text)} lines";
            }
        }

        if (result.Report is not { } report)
        {
            return result.HasErrors ? null : "no report and no error";
        }

        string json = ReportJson.Serialize(report);
        if (!ReportJson.Read(json).IsSuccess)
        {
            return "the report does not round-trip: " + string.Join("; ", ReportJson.Read(json).Problems);
        }

        return UnprintedNumber(report, text);
    }

    /// <summary>The first number of <paramref name="report"/> (a cell or the year) that <paramref name="text"/> does not print, or <see langword="null"/>.</summary>
    public static string? UnprintedNumber(GovInfoDisclosure.Schema.Model.GovInfoReport report, string text)
    {
        using JsonDocument document = JsonDocument.Parse(ReportJson.Serialize(report));
        return UnprintedNumber(document.RootElement, "", PrintedNumbers(text), text);
    }

    private static int CountLines(string text)
    {
        int lines = 1;
        foreach (char c in text)
        {
            lines += c == '\n' ? 1 : 0;
        }

        return lines;
    }

    private static string? UnprintedNumber(JsonElement element, string pointer, HashSet<string> printed, string text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (property.Name == "year" && pointer.Length == 0)
                    {
                        string year = property.Value.GetRawText();
                        if (text.IndexOf(year, StringComparison.Ordinal) < 0 && FoldDigits(text).IndexOf(year, StringComparison.Ordinal) < 0
                            && !PrintsYearBefore(text, year))
                        {
                            return $"/year {year} is printed nowhere (nor the year after it, as a sign-off date)";
                        }

                        continue;
                    }

                    if (UnprintedNumber(property.Value, pointer + "/" + property.Name, printed, text) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (UnprintedNumber(item, pointer + "/" + index++, printed, text) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Number:
                string digits = Digits(element.GetRawText());
                foreach (string number in printed)
                {
                    if (number.Contains(digits, StringComparison.Ordinal))
                    {
                        return null;
                    }
                }

                return $"{pointer} = {element.GetRawText()} is printed nowhere in the source";
            default:
                return null;
        }
    }

    /// <summary>A year inferred from a sign-off date early in the next year (2025年1月 → 2024) is printed as that next year.</summary>
    private static bool PrintsYearBefore(string text, string year) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out int y)
        && FoldDigits(text).Contains((y + 1).ToString(CultureInfo.InvariantCulture) + "年", StringComparison.Ordinal);

    /// <summary>Every number as printed: runs of digits with their separators and decimal point removed.</summary>
    private static HashSet<string> PrintedNumbers(string text)
    {
        string folded = FoldDigits(text);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var run = new StringBuilder();
        for (int i = 0; i <= folded.Length; i++)
        {
            char c = i < folded.Length ? folded[i] : ' ';
            if (char.IsAsciiDigit(c))
            {
                run.Append(c);
            }
            else if (!(run.Length > 0 && c is ',' or '.' or '，' or '．'))
            {
                if (run.Length > 0)
                {
                    numbers.Add(run.ToString());
                }

                run.Clear();
            }
        }

        return numbers;
    }

    /// <summary>The significant digits of a JSON number: no sign, point, leading or trailing zeros ("0" for zero).</summary>
    private static string Digits(string raw)
    {
        string digits = raw.Replace("-", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        digits = raw.Contains('.', StringComparison.Ordinal) ? digits.TrimEnd('0') : digits;
        return digits.Length == 0 ? "0" : digits;
    }

    private static string FoldDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c);
        }

        return builder.ToString();
    }
}
