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
}
