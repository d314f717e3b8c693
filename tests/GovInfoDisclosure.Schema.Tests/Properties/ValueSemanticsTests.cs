using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Properties;

/// <summary>Equality laws (see <see cref="EqualityLaws"/>) for every public value type of the core.</summary>
public class ValueSemanticsTests
{
    private static readonly string[] Marks = { "/", "-", "无", "—" };

    private static readonly string[] Texts =
    {
        string.Empty, "a", "表三 自然人列：本年新收 11 + 上年结转 0 ≠ 办理结果总计 9 + 结转下年度 1（第一项加第二项之和应等于第三项加第四项之和）",
        new string('长', 2000), "Table 3, column natural persons: newly received 11 + carried over 0 ≠ total 9",
    };

    [Fact]
    public void Diagnostic_HashSetOfRealFailingReport_HoldsEveryDiagnostic()
    {
        IReadOnlyList<Diagnostic> diagnostics = FailingDiagnostics();

        var set = new HashSet<Diagnostic>(diagnostics);

        Assert.Equal(diagnostics.Count, set.Count);
        Assert.All(diagnostics, d => Assert.Contains(Copy(d), set));
    }

    [Fact]
    public void DocumentProblems_HashSetOfRealProblems_HoldsEveryProblem()
    {
        IReadOnlyList<Diagnostic> problems = RealProblems();

        var set = new HashSet<Diagnostic>(problems);

        Assert.NotEmpty(problems);
        Assert.Equal(problems.Distinct().Count(), set.Count);
    }

    [Fact]
    public void BilingualText_LongTexts_HashWithoutOverflow()
    {
        var text = new BilingualText(new string('长', 5000), new string('x', 5000));

        Assert.Equal(text.GetHashCode(), new BilingualText(new string('长', 5000), new string('x', 5000)).GetHashCode());
    }

    [Fact]
    public void ReportCell_Laws() => EqualityLaws.Check(
        Gen.OneOf(
            Gen.Elements(0m, 1m, 1.0m, -1m, 0.25m, decimal.MaxValue).Select(ReportCell.FromNumber),
            Gen.Elements(Marks).Select(ReportCell.FromMark),
            Gen.Elements(ReportCell.Blank, ReportCell.Absent)),
        c => c.IsAbsent ? default : c.IsBlank ? ReportCell.Blank : c.IsMark ? ReportCell.FromMark(new string(c.Mark!.ToCharArray())) : ReportCell.FromNumber(c.Number));

    [Fact]
    public void CountCell_Laws() => EqualityLaws.Check(CountCells(), c => c);

    [Fact]
    public void SignedCountCell_Laws() => EqualityLaws.Check(
        Gen.OneOf(
            Gen.Elements(int.MinValue, -1, 0, 1, int.MaxValue).Select(SignedCountCell.FromNumber),
            Gen.Elements(Marks).Select(SignedCountCell.FromMark),
            Gen.Constant(SignedCountCell.Blank)),
        c => c);

    [Fact]
    public void AmountCell_Laws() => EqualityLaws.Check(
        Gen.OneOf(
            Gen.Elements(0m, 1m, 1.0m, 1.00m, 0.0001m, decimal.MaxValue).Select(AmountCell.FromNumber),
            Gen.Elements(Marks).Select(AmountCell.FromMark),
            Gen.Constant(AmountCell.Blank)),
        c => c);

    [Fact]
    public void CalendarDate_Laws() => EqualityLaws.Check(
        Gen.Choose(0, 3).SelectMany(d => Gen.Elements(1, 12).Select(m => new CalendarDate(2024, m, 1 + d))),
        d => new CalendarDate(d.Year, d.Month, d.Day));

    [Fact]
    public void BilingualText_Laws() => EqualityLaws.Check(
        Gen.Elements(Texts).SelectMany(zh => Gen.Elements(Texts).Select(en => new BilingualText(zh, en))),
        t => new BilingualText(new string(t.Zh.ToCharArray()), new string(t.En.ToCharArray())));

    [Fact]
    public void BilingualText_Default_HasLaws() => EqualityLaws.Check(Gen.Constant(default(BilingualText)), t => t, maxTest: 5);

    [Fact]
    public void Diagnostic_Laws() => EqualityLaws.Check(Gen.Elements(FailingDiagnostics().ToArray()), Copy);

    [Fact]
    public void DocumentProblem_Laws() => EqualityLaws.Check(Gen.Elements(RealProblems().ToArray()), Copy);

    [Fact]
    public void Diagnostics_OfEveryStage_GoInOneSet()
    {
        var set = new HashSet<Diagnostic>(FailingDiagnostics());
        set.UnionWith(RealProblems());

        Assert.Equal(FailingDiagnostics().Count + RealProblems().Distinct().Count(), set.Count);
    }

    [Fact]
    public void ValidationOptions_Laws() => EqualityLaws.Check(
        Gen.Elements(false, true).SelectMany(b => Gen.Elements(false, true).Select(n => new ValidationOptions { BlankAsZero = b, CheckNarrative = n })),
        o => new ValidationOptions { BlankAsZero = o.BlankAsZero, CheckNarrative = o.CheckNarrative });

    [Fact]
    public void ReportReadOptions_Laws() => EqualityLaws.Check(
        Gen.Elements(1, 1024, int.MaxValue).Select(n => new ReportReadOptions { MaxDocumentBytes = n }),
        o => new ReportReadOptions { MaxDocumentBytes = o.MaxDocumentBytes });

    [Fact]
    public void FieldLabel_Laws() => EqualityLaws.Check(
        Gen.Elements(LabelCatalogue.Format2021.Fields.Concat(LabelCatalogue.Format2019.Fields).ToArray()),
        f => f); // reference equality: the catalogue is the only source of labels

    [Fact]
    public void Reports_Laws() => EqualityLaws.Check(
        Gen.Elements(ReportFormat.Format2021, ReportFormat.Format2019).SelectMany(ReportArbitraries.ForFormat),
        r => ReportJson.Deserialize(ReportJson.Serialize(r)),
        maxTest: 60);

    [Fact]
    public void ReportParts_Laws() => EqualityLaws.Check(
        ReportArbitraries.ForFormat(ReportFormat.Format2021).Select(r => ((Report2021)r).Applications),
        a => ((Report2021)ReportJson.Deserialize(ReportJson.Serialize(new Report2021 { Year = 2024, Applications = a }))).Applications,
        maxTest: 60);

    private static Gen<CountCell> CountCells() => Gen.OneOf(
        Gen.Elements(0, 1, 2, int.MaxValue).Select(CountCell.FromNumber),
        Gen.Elements(Marks).Select(CountCell.FromMark),
        Gen.Constant(CountCell.Blank));

    internal static IReadOnlyList<Diagnostic> FailingDiagnostics()
    {
        var report = (Report2021)Fixtures.Load(Fixtures.Pingwu);
        Applicants total = report.Applications.Results.Total;
        report = report with
        {
            Applications = report.Applications with
            {
                Results = report.Applications.Results with { Total = total with { NaturalPerson = 9, Total = CountCell.Blank } },
                CarriedOver = report.Applications.CarriedOver with { ResearchInstitution = CountCell.FromMark("/") },
            },
        };

        IReadOnlyList<Diagnostic> diagnostics = ReportValidator.Validate(report).Diagnostics;
        Assert.Contains(diagnostics, d => d.Outcome == DiagnosticOutcome.Fail);
        Assert.Contains(diagnostics, d => d.Outcome == DiagnosticOutcome.Indeterminate);
        return diagnostics;
    }

    private static IReadOnlyList<Diagnostic> RealProblems()
    {
        string valid = Fixtures.Json(Fixtures.Pingwu);
        var problems = new List<Diagnostic>();
        problems.AddRange(ReportJson.Read(valid.Replace("\"year\"", "\"yaer\"")).Problems);
        problems.AddRange(ReportJson.Read("{").Problems);
        problems.AddRange(ReportJson.Read(valid.Replace("\"naturalPerson\": 11", "\"naturalPerson\": -11")).Problems);
        return problems;
    }

    private static Diagnostic Copy(Diagnostic d) => new(
        new string(d.Code.ToCharArray()), d.Severity, d.Stage, d.Outcome, d.Paths.ToList(), d.UnknownPaths.ToList(), d.Expected, d.Actual,
        new BilingualText(d.Message.Zh + string.Empty, new string(d.Message.En.ToCharArray())),
        d.Arguments.ToList(), d.Location with { }, d.RawText is null ? null : new string(d.RawText.ToCharArray()));
}
