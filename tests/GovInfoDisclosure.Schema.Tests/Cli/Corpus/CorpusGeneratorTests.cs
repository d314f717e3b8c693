using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovInfoDisclosure.Cli.Corpus;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli.Corpus;

public class CorpusGeneratorTests
{
    private static DocumentVerdict VerdictOf(string line)
    {
        ReportReadResult read = ReportJson.Read(Encoding.UTF8.GetBytes(line));
        if (read.Report is { } report)
        {
            return ReportValidator.Validate(report).IsValid ? DocumentVerdict.Valid : DocumentVerdict.Invalid;
        }

        return GovInfoDisclosure.Cli.Commands.ProblemClass.IsUnreadable(read.Problems) ? DocumentVerdict.Unreadable : DocumentVerdict.Invalid;
    }

    private static DocumentVerdict Expected(GeneratedKind kind) => kind switch
    {
        GeneratedKind.Valid => DocumentVerdict.Valid,
        GeneratedKind.Unreadable => DocumentVerdict.Unreadable,
        _ => DocumentVerdict.Invalid,
    };

    [Fact]
    public void EveryLine_GetsTheVerdictItWasMadeFor()
    {
        var generator = new CorpusGenerator(seed: 7, brokenPercent: 60);
        var wrong = new List<string>();
        for (int i = 0; i < 3000; i++)
        {
            (string line, GeneratedKind kind) = generator.Line(i);
            DocumentVerdict verdict = VerdictOf(line);
            if (verdict != Expected(kind))
            {
                wrong.Add($"line {i}: made {kind}, judged {verdict}: {line.Substring(0, System.Math.Min(line.Length, 300))}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(10)));
    }

    [Fact]
    public void SameSeed_SameLines_AndAShorterCorpusIsAPrefix()
    {
        var a = new CorpusGenerator(seed: 42, brokenPercent: 30);
        var b = new CorpusGenerator(seed: 42, brokenPercent: 30);
        var c = new CorpusGenerator(seed: 43, brokenPercent: 30);

        // Line i depends on the seed and i only, not on the lines before it.
        Assert.Equal(a.Line(500), b.Line(500));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => a.Line(i)), Enumerable.Range(0, 50).Select(i => b.Line(i)));
        Assert.NotEqual(Enumerable.Range(0, 50).Select(i => a.Line(i).Line), Enumerable.Range(0, 50).Select(i => c.Line(i).Line));
    }

    [Fact]
    public void Corpus_IsVaried()
    {
        var generator = new CorpusGenerator(seed: 1, brokenPercent: 30);
        var lines = Enumerable.Range(0, 2000).Select(i => generator.Line(i)).ToList();
        var kinds = lines.GroupBy(l => l.Kind).ToDictionary(g => g.Key, g => g.Count());

        // About 70 % valid, then 5 : 3 : 2 of the rest.
        Assert.InRange(kinds[GeneratedKind.Valid], 1250, 1550);
        Assert.InRange(kinds[GeneratedKind.RuleBroken], 200, 400);
        Assert.InRange(kinds[GeneratedKind.ContractBroken], 100, 260);
        Assert.InRange(kinds[GeneratedKind.Unreadable], 60, 180);
        Assert.All(lines, l => Assert.DoesNotContain('\n', l.Line));

        var valid = lines.Where(l => l.Kind == GeneratedKind.Valid).Select(l => ReportJson.Read(l.Line).GetReportOrThrow()).ToList();
        Assert.Contains(valid, r => r.Format == ReportFormat.Format2019);
        Assert.Contains(valid, r => r.Format == ReportFormat.Format2021);
        Assert.Contains(valid, r => ReportValidator.Validate(r).IndeterminateCount > 0);
        Assert.Contains(valid, r => r.Agency is null);
        var codes = lines.Where(l => l.Kind != GeneratedKind.Valid)
            .SelectMany(l => ReportJson.Read(l.Line) is { Report: { } r } ? ReportValidator.Validate(r).Diagnostics.Select(d => d.Code) : ReportJson.Read(l.Line).Problems.Select(p => p.Code))
            .ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "GID-B1", "GID-C1", JsonProblemCodes.Negative, JsonProblemCodes.NotAnInteger, JsonProblemCodes.UnknownProperty, JsonProblemCodes.MissingProperty,
            JsonProblemCodes.EmptyString, JsonProblemCodes.InvalidDate, JsonProblemCodes.OutOfRange, JsonProblemCodes.DuplicateProperty,
            JsonProblemCodes.Syntax, JsonProblemCodes.UnknownFormat, JsonProblemCodes.MissingFormat, JsonProblemCodes.WrongType, JsonProblemCodes.TooDeep,
        }, codes);
    }

    [Fact]
    public void BrokenPercent_OutOfRange_IsRefused()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new CorpusGenerator(1, 101));
        Assert.All(Enumerable.Range(0, 200), i => Assert.Equal(GeneratedKind.Valid, new CorpusGenerator(5, 0).Line(i).Kind));
        Assert.All(Enumerable.Range(0, 200), i => Assert.NotEqual(GeneratedKind.Valid, new CorpusGenerator(5, 100).Line(i).Kind));
    }
}
