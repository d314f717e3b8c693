using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Migration;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using GovInfoDisclosure.Schema.Tests.Support;

namespace GovInfoDisclosure.Schema.Tests.BadInput;

/// <summary>
/// Arbitrary strings, bytes and reports fed to every public entry point of the library that takes input: nothing throws
/// except a documented, typed exception for a caller's mistake, and every problem is located.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries), typeof(PublicEntryPointProperties) }, MaxTest = 200)]
public class PublicEntryPointProperties
{
    private static readonly byte[] Sample = Fixtures.JsonBytes(Fixtures.Pingwu);

    private static readonly byte[] LegacySample = Fixtures.JsonBytes(Fixtures.Legacy);

    private static readonly string[] Fragments =
    {
        "{", "}", "[", "]", ",", ":", "\"", "null", "-1", "1.5", "1e400", "99999999999999999999", "\"/\"", "\"\"", "\\u0000",
        "\\ud800", "é", "平", "\"format\":\"2019\",", "\"format\":", "\"agency\":1,", "true", "/*", "\n", "\uFEFF",
    };

    /// <summary>A real report with a few random edits: bytes flipped, inserted, deleted, slices repeated, JSON fragments put in.</summary>
    public static Arbitrary<byte[]> MutatedSamples()
    {
        Gen<Func<byte[], byte[]>> edit = Gen.OneOf(
            from at in Gen.Choose(0, int.MaxValue) from value in Gen.Choose(0, 255)
            select (Func<byte[], byte[]>)(b => b.Length == 0 ? b : Replace(b, at % b.Length, 1, new[] { (byte)value })),
            from at in Gen.Choose(0, int.MaxValue) from value in Gen.Choose(0, 255)
            select (Func<byte[], byte[]>)(b => Replace(b, at % (b.Length + 1), 0, new[] { (byte)value })),
            from at in Gen.Choose(0, int.MaxValue) from length in Gen.Choose(1, 400)
            select (Func<byte[], byte[]>)(b => b.Length == 0 ? b : Replace(b, at % b.Length, Math.Min(length, b.Length - at % b.Length), Array.Empty<byte>())),
            from at in Gen.Choose(0, int.MaxValue) from length in Gen.Choose(1, 400)
            select (Func<byte[], byte[]>)(b => b.Length == 0 ? b : Replace(b, at % b.Length, 0, b.AsSpan(at % b.Length, Math.Min(length, b.Length - at % b.Length)).ToArray())),
            from at in Gen.Choose(0, int.MaxValue) from fragment in Gen.Elements(Fragments)
            select (Func<byte[], byte[]>)(b => Replace(b, at % (b.Length + 1), 0, Encoding.UTF8.GetBytes(fragment))));
        return (from legacy in Gen.Elements(false, true)
                from edits in Gen.ListOf(edit).Select(l => l.Take(8).ToList())
                select edits.Aggregate(legacy ? LegacySample : Sample, (bytes, e) => e(bytes))).ToArbitrary();
    }

    private static byte[] Replace(byte[] bytes, int at, int remove, byte[] insert) =>
        bytes.Take(at).Concat(insert).Concat(bytes.Skip(at + remove)).ToArray();

    private static bool Located(ReportReadResult result) =>
        result.IsSuccess != (result.Problems.Count > 0)
        && result.Problems.Count <= 100
        && result.Problems.All(p => JsonProblemCodeNames.All.Contains(p.Code)
            && (p.Location.Pointer!.Length == 0 || p.Location.Pointer[0] == '/')
            && (p.Location.Line is null || p.Location.Line >= 1)
            && p.Message.Zh.Length > 0 && p.Message.En.Length > 0);

    // ---- ReportJson ----

    [Property(MaxTest = 500)]
    public Property Read_MutatedReport_NeverThrows_AndLocatesEveryProblem(byte[] document)
    {
        ReportReadResult result = ReportJson.Read(document);
        return Located(result).Label(string.Join("; ", result.Problems.Take(3)));
    }

    [Property(MaxTest = 300)]
    public bool Deserialize_ThrowsOnlyATypedException_WithTheSameProblems(byte[] document)
    {
        ReportReadResult result = ReportJson.Read(document);
        try
        {
            return ReportJson.Deserialize(document).Equals(result.Report);
        }
        catch (ReportJsonException ex)
        {
            return !result.IsSuccess && ex.Problems.SequenceEqual(result.Problems);
        }
    }

    [Property(MaxTest = 300)]
    public Property Read_TextAndItsUtf8Bytes_FindTheSameProblems(string? text)
    {
        string json = text ?? string.Empty;
        ReportReadResult fromText = ReportJson.Read(json);
        ReportReadResult fromBytes = ReportJson.Read(Encoding.UTF8.GetBytes(json));
        return (Located(fromText) && fromText.Problems.Select(p => (p.Code, p.Location.Pointer)).SequenceEqual(fromBytes.Problems.Select(p => (p.Code, p.Location.Pointer))))
            .Label(json);
    }

    [Property(MaxTest = 300)]
    public bool Read_WithAnyLimit_NeverThrows(int limit, byte[]? document)
    {
        ReportReadResult result = ReportJson.Read(document ?? Sample, new ReportReadOptions { MaxDocumentBytes = limit });
        return Located(result) && (result.IsSuccess || (document ?? Sample).Length <= limit || result.Problems.Single().Code == JsonProblemCodes.TooLarge);
    }

    [Property]
    public bool CheckSize_IsAProblemExactlyOverTheLimit(long size, int limit)
    {
        Diagnostic? problem = ReportJson.CheckSize(size, new ReportReadOptions { MaxDocumentBytes = limit });
        return (problem is null) == (size <= limit) && (problem is null || problem.Code == JsonProblemCodes.TooLarge);
    }

    // ---- model, labels, catalogue, cells ----

    [Property(MaxTest = 500)]
    public bool CalendarDate_TryParseIso_NeverThrows_AndRoundTrips(string? text) =>
        !CalendarDate.TryParseIso(text, out CalendarDate date) || date.ToString() == text;

    [Property]
    public bool CalendarDate_TryParseIso_OfAnyDate_RoundTrips(DateTime value)
    {
        string text = value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return CalendarDate.TryParseIso(text, out CalendarDate date) && date.ToString() == text;
    }

    [Property(MaxTest = 500)]
    public bool LabelCatalogue_TryGetField_NeverThrows(string? pointer) =>
        new[] { LabelCatalogue.Format2021, LabelCatalogue.Format2019 }.All(c => !c.TryGetField(pointer!, out FieldLabel field) || field.Pointer == pointer);

    [Property(MaxTest = 500)]
    public bool RuleCatalogue_TryGet_NeverThrows(string? code) =>
        !RuleCatalogue.TryGet(code!, out RuleDefinition rule) || rule.Code == code;

    [Property(MaxTest = 500)]
    public bool Cells_FromMark_KeepAnyMark_AndRefuseOnlyBlankOnes(string? text)
    {
        Func<string, (CellKind Kind, string? Mark)>[] makers =
        {
            m => { CountCell c = CountCell.FromMark(m); return (c.Kind, c.Mark); },
            m => { SignedCountCell c = SignedCountCell.FromMark(m); return (c.Kind, c.Mark); },
            m => { AmountCell c = AmountCell.FromMark(m); return (c.Kind, c.Mark); },
        };
        return makers.All(make =>
        {
            try
            {
                return make(text!) == (CellKind.Mark, text) && !string.IsNullOrWhiteSpace(text);
            }
            catch (ArgumentNullException)
            {
                return text is null;
            }
            catch (ArgumentException)
            {
                return text is not null && string.IsNullOrWhiteSpace(text);
            }
        });
    }

    // ---- validators, consolidation, migration ----

    [Property]
    public bool Validate_AnyReportWithAnyProse_NeverThrows(GovInfoReport report, string?[] texts, bool blankAsZero)
    {
        string? Text(int i) => texts is { Length: > 0 } ? texts[i % texts.Length] : null;
        GovInfoReport withProse = report with
        {
            Narrative = new ReportNarrative
            {
                Preamble = Text(0), Overview = Text(1), ProactiveDisclosure = Text(2), Applications = Text(3),
                ReconsiderationAndLitigation = Text(4), ProblemsAndImprovements = Text(5), OtherMatters = Text(6), Closing = Text(7),
            },
        };
        var options = new ValidationOptions { BlankAsZero = blankAsZero, CheckNarrative = true };
        ValidationResult result = ReportValidator.Validate(withProse, options);
        ValidationResult tablesOnly = ReportValidator.Validate(withProse, options with { CheckNarrative = false });

        // Outcomes, not just "no exception": the verdict follows from the diagnostics; every cell cited is a cell of the
        // report's format; prose only adds diagnostics (warnings), never removes or changes one of the tables; and the
        // result is the same when asked again.
        var labels = GovInfoDisclosure.Schema.Labels.LabelCatalogue.For(withProse.Format);
        bool verdict = result.IsValid == !result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Outcome == DiagnosticOutcome.Fail);
        bool cells = result.Diagnostics.All(d => d.Code.Length > 0 && d.Message.Zh.Length > 0 && d.Message.En.Length > 0
            && d.Paths.All(p => labels.TryGetField(p, out _) || p.StartsWith("/narrative", StringComparison.Ordinal)));
        static string Key(Diagnostic d) => $"{d.Code} {d.Outcome} {d.Severity} {string.Join(",", d.Paths)} {d.Expected} {d.Actual}";
        var withNarrative = result.Diagnostics.Select(Key).ToList();
        var tables = tablesOnly.Diagnostics.Select(Key).ToHashSet();
        bool proseOnlyAdds = tables.All(withNarrative.Contains)
            && result.Diagnostics.Where(d => !tables.Contains(Key(d))).All(d => d.Severity != DiagnosticSeverity.Error);
        return verdict && cells && proseOnlyAdds && result.IsValid == tablesOnly.IsValid
            && result.Diagnostics.SequenceEqual(ReportValidator.Validate(withProse, options).Diagnostics);
    }

    [Property]
    public bool CrossReportChecks_OnAnyReports_NeverThrow(GovInfoReport previous, GovInfoReport current, GovInfoReport other, string? agency)
    {
        ValidationResult years = CrossReportValidator.CompareYears(previous, current);
        ValidationResult consolidated = CrossReportValidator.CheckConsolidated(current, new GovInfoReport?[] { previous, null, other });
        ConsolidationResult sum = ReportConsolidation.Sum(new[] { previous, current, other }, agency);

        // Outcomes: a missing part always makes the consolidated check say so (GID-S2); the sum exists exactly when the
        // parts share one format and one year, and then it is of that format and year and names the given agency; a sum
        // that cannot be made says why (GID-S3).
        bool summable = previous.Format == current.Format && current.Format == other.Format && previous.Year == current.Year && current.Year == other.Year;
        bool sumOutcome = summable
            ? sum.Report is { } total && total.Format == current.Format && total.Year == current.Year && total.Agency == agency
            : sum.Report is null && sum.Problems.Any(d => d.Code == "GID-S3");
        return years.Diagnostics.All(d => d.Code.StartsWith("GID-", StringComparison.Ordinal))
            && consolidated.Diagnostics.Any(d => d.Code == "GID-S2")
            && sumOutcome;
    }

    [Property]
    public bool Migrate_AnyReport_NeverThrows_AndEndsInTheCurrentFormat(GovInfoReport report) =>
        ReportMigrator.ToCurrent(report).Report.Format == ReportFormat.Format2021;
}
