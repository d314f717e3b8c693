using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>
/// The running totals of a corpus run: documents read, valid, invalid and unreadable, and the number of diagnostics per
/// code (failed and indeterminate apart). Updated by one thread (the one writing the output).
/// </summary>
internal sealed class CorpusSummary
{
    private readonly SortedDictionary<string, long[]> _codes = new(StringComparer.Ordinal);

    /// <summary>Documents read: files and JSON Lines lines, readable or not.</summary>
    public long Read { get; private set; }

    /// <summary>Valid reports.</summary>
    public long Valid { get; private set; }

    /// <summary>Reports that break the JSON contract or an error-severity rule.</summary>
    public long Invalid { get; private set; }

    /// <summary>Reports that were not read whole (<see cref="DocumentVerdict.Incomplete"/>).</summary>
    public long Incomplete { get; private set; }

    /// <summary>Documents that cannot be read, are not JSON, or are not reports.</summary>
    public long Unreadable { get; private set; }

    /// <summary>The exit code of the run: the highest of its documents (0 when there are none).</summary>
    public int ExitCode { get; private set; } = ExitCodes.Valid;

    /// <summary>Counts one document.</summary>
    public void Add(DocumentOutcome outcome)
    {
        Read++;
        switch (outcome.Verdict)
        {
            case DocumentVerdict.Valid:
                Valid++;
                break;
            case DocumentVerdict.Invalid:
                Invalid++;
                break;
            case DocumentVerdict.Incomplete:
                Incomplete++;
                break;
            default:
                Unreadable++;
                break;
        }

        ExitCode = Math.Max(ExitCode, outcome.Verdict == DocumentVerdict.Incomplete ? ExitCodes.Invalid : (int)outcome.Verdict);
        foreach (Diagnostic diagnostic in outcome.Diagnostics)
        {
            if (!_codes.TryGetValue(diagnostic.Code, out long[]? counts))
            {
                counts = new long[2];
                _codes.Add(diagnostic.Code, counts);
            }

            counts[diagnostic.Outcome == DiagnosticOutcome.Fail ? 0 : 1]++;
        }
    }

    /// <summary>The number of failed and of indeterminate diagnostics with a code.</summary>
    public (long Fail, long Indeterminate) CountOf(string code) =>
        _codes.TryGetValue(code, out long[]? counts) ? (counts[0], counts[1]) : (0, 0);

    /// <summary>The totals as one line, e.g. for a progress display.</summary>
    public string Totals() =>
        string.Create(CultureInfo.InvariantCulture, $"{Read} read, {Valid} valid, {Invalid} invalid, {Unreadable} unreadable")
        + (Incomplete == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {Incomplete} incomplete"));

    /// <summary>
    /// Writes the summary: <c>summary: N read, N valid, N invalid, N unreadable</c> (then <c>, N incomplete</c> when there are any), then one line per code in ordinal order,
    /// <c>  CODE  fail N  indeterminate N</c>.
    /// </summary>
    public void Write(TextWriter writer, CliLanguage language = CliLanguage.Both)
    {
        string chinese = string.Create(CultureInfo.InvariantCulture, $"汇总：读取 {Read}，有效 {Valid}，无效 {Invalid}，无法读取 {Unreadable}")
            + (Incomplete == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"，不完整 {Incomplete}"));
        writer.WriteLine(language.Line(chinese, "summary: " + Totals()));

        int width = 0;
        foreach (string code in _codes.Keys)
        {
            width = Math.Max(width, code.Length);
        }

        foreach (KeyValuePair<string, long[]> entry in _codes)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {entry.Key.PadRight(width)}  fail {entry.Value[0],7}  indeterminate {entry.Value[1],7}"));
        }
    }
}
