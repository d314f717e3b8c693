using System.Collections.Generic;
using System.Linq;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Rules;

/// <summary>Examples of the cross-report rules (year over year, consolidation) and of the narrative rules.</summary>
public class CrossReportExampleTests
{
    private static Report2021 Pingwu2023 => RuleExamples.Pingwu with { Year = 2023 };

    [Fact]
    public void GidB6_CarryOverMatches_AcrossTheFormatChange()
    {
        Report2019 previous = RuleExamples.Legacy with { Year = 2020 };
        Report2021 current = RuleExamples.Linhe with { Year = 2021 };

        Assert.Same(ValidationResult.Empty, CrossReportValidator.CompareYears(previous, current));
    }

    [Fact]
    public void GidB6_CarryOverBroken_WarnsPerColumn()
    {
        Report2021 previous = Pingwu2023;
        Report2021 current = RuleExamples.Pingwu;

        // Pingwu 2024 carried over 0; pretend 2023 carried forward 1 natural-person application.
        previous = previous with
        {
            Applications = previous.Applications with { CarriedForward = previous.Applications.CarriedForward with { NaturalPerson = 1, Total = 2 } },
            ProactiveDisclosure = previous.ProactiveDisclosure with { NormativeDocuments = new DocumentCounts { Issued = 0, Repealed = 0, InForce = 6 } },
        };

        ValidationResult result = CrossReportValidator.CompareYears(previous, current);

        Assert.Equal(new[] { RuleCodes.CarryOverContinuity, RuleCodes.CarryOverContinuity }, result.Diagnostics.Select(d => d.Code).ToArray());
        Diagnostic d = result.Diagnostics[0];
        Assert.True(result.IsValid);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("表三 自然人列：上年结转 0 ≠ 上年报告 结转下年度 1（本年上年结转应等于上年结转下年度）", d.Message.Zh);
        Assert.Equal("Applications table, column Natural persons: Carried over from last year 0 ≠ last year's Carried forward to next year 1 "
            + "(this year's carried over should equal last year's carried forward)", d.Message.En);
        Assert.Equal(new[] { "current#/applications/carriedOver/naturalPerson", "previous#/applications/carriedForward/naturalPerson" }, d.Paths);
        Assert.Equal((1m, 0m), (d.Expected!.Value, d.Actual!.Value));
    }

    [Fact]
    public void GidA2_InForceDoesNotFollow()
    {
        // Pingwu 2024: 行政规范性文件 issued 3, repealed 2, in force 7 → last year should have had 6.
        Report2021 previous = Pingwu2023 with
        {
            ProactiveDisclosure = Pingwu2023.ProactiveDisclosure with { NormativeDocuments = new DocumentCounts { Issued = 0, Repealed = 0, InForce = 5 } },
            Applications = Pingwu2023.Applications with { CarriedForward = RuleExamples.Pingwu.Applications.CarriedOver },
        };

        Diagnostic d = Assert.Single(CrossReportValidator.CompareYears(previous, RuleExamples.Pingwu).Diagnostics);

        Assert.Equal(RuleCodes.InForceContinuity, d.Code);
        Assert.Equal("表二 行政规范性文件：现行有效件数 7 ≠ 上年报告 现行有效件数 5 + 本年制发件数 3 − 本年废止件数 2（现行有效件数应与上年衔接）", d.Message.Zh);
        Assert.Equal("Proactive disclosure table, row Administrative normative documents: In force 7 ≠ last year's In force 5 + Issued this year 3 − "
            + "Repealed this year 2 (documents in force should follow from last year)", d.Message.En);
        Assert.Equal(new[] { "current#/proactiveDisclosure/normativeDocuments/inForce", "previous#/proactiveDisclosure/normativeDocuments/inForce",
            "current#/proactiveDisclosure/normativeDocuments/issued", "current#/proactiveDisclosure/normativeDocuments/repealed" }, d.Paths);
        Assert.Equal((6m, 7m), (d.Expected!.Value, d.Actual!.Value));
    }

    [Fact]
    public void GidA3_MoreRepealedThanExisted()
    {
        Report2021 current = RuleExamples.Pingwu with
        {
            ProactiveDisclosure = RuleExamples.Pingwu.ProactiveDisclosure with { Rules = new DocumentCounts { Issued = 1, Repealed = 3, InForce = 0 } },
        };
        Report2021 previous = Pingwu2023 with
        {
            ProactiveDisclosure = Pingwu2023.ProactiveDisclosure with
            {
                Rules = new DocumentCounts { Issued = 0, Repealed = 0, InForce = 1 },
                NormativeDocuments = new DocumentCounts { Issued = 0, Repealed = 0, InForce = 6 },
            },
            Applications = Pingwu2023.Applications with { CarriedForward = RuleExamples.Pingwu.Applications.CarriedOver },
        };

        ValidationResult result = CrossReportValidator.CompareYears(previous, current);

        Assert.Equal(new[] { RuleCodes.InForceContinuity, RuleCodes.RepealedBound }, result.Diagnostics.Select(d => d.Code).ToArray());
        Diagnostic d = result.Diagnostics[1];
        Assert.Equal("表二 规章：本年废止件数 3 > 上年报告 现行有效件数 1 + 本年制发件数 1（废止件数不应超过可废止的件数）", d.Message.Zh);
        Assert.Equal("Proactive disclosure table, row Rules: Repealed this year 3 > last year's In force 1 + Issued this year 1 (more documents repealed than could be)", d.Message.En);
    }

    [Fact]
    public void GidLA4AndLA5_LegacyContinuity()
    {
        Report2019 current = RuleExamples.Legacy;
        Report2019 previous = current with
        {
            Year = 2019,
            ProactiveDisclosure = current.ProactiveDisclosure with
            {
                NormativeDocuments = current.ProactiveDisclosure.NormativeDocuments with { PublishedTotal = 4 },
                AdministrativeFees = new LegacyFeeItems { PreviousYearItems = 3, Change = SignedCountCell.FromNumber(-1) },
            },
            Applications = current.Applications with { CarriedForward = current.Applications.CarriedOver },
        };

        ValidationResult result = CrossReportValidator.CompareYears(previous, current);

        Assert.Equal(new[] { RuleCodes.ItemCountContinuity, RuleCodes.PublishedTotalCumulative }, result.Diagnostics.Select(d => d.Code).ToArray());
        Assert.Equal("表二 行政事业性收费：上一年项目数量 0 ≠ 上年报告 上一年项目数量 3 + 上年报告 本年增/减 -1（项目数量应与上年衔接）", result.Diagnostics[0].Message.Zh);
        Assert.Equal("Proactive disclosure table, row Administrative fee items: Items last year 0 ≠ last year's Items last year 3 + last year's Change this year -1 "
            + "(the item count should follow from last year)", result.Diagnostics[0].Message.En);
        Assert.Equal("表二 规范性文件：对外公开总数量 1 < 上年报告 对外公开总数量 4（累计数不应减少）", result.Diagnostics[1].Message.Zh);
        Assert.Equal("Proactive disclosure table, row Normative documents: Published in total 1 < last year's Published in total 4 (a cumulative count should not decrease)",
            result.Diagnostics[1].Message.En);
    }

    [Fact]
    public void GidX1_YearsNotConsecutive_IsIndeterminate()
    {
        Diagnostic d = Assert.Single(CrossReportValidator.CompareYears(RuleExamples.Pingwu with { Year = 2021 }, RuleExamples.Pingwu).Diagnostics);

        Assert.Equal(RuleCodes.ConsecutiveYears, d.Code);
        Assert.Equal(DiagnosticOutcome.Indeterminate, d.Outcome);
        Assert.Equal("报告年度为 2021 和 2024，不是相邻年度，未做跨年检查。", d.Message.Zh);
        Assert.Equal("The reports are on 2021 and 2024, not consecutive years: year-over-year rules were not evaluated.", d.Message.En);
        Assert.Equal(new[] { "previous#/year", "current#/year" }, d.Paths);
    }

    [Fact]
    public void GidS1_ConsolidatedCellDiffersFromTheSum()
    {
        Report2021 a = RuleExamples.Pingwu, b = RuleExamples.Linhe;
        var county = (Report2021)ReportConsolidation.Sum(new GovInfoReport[] { a, b }, "某县").Report!;
        county = county with { ProactiveDisclosure = county.ProactiveDisclosure with { AdministrativePenalty = new DecisionCount { Decisions = 2 } } };

        Diagnostic d = Assert.Single(CrossReportValidator.CheckConsolidated(county, new GovInfoReport?[] { a, b }).Diagnostics);

        Assert.Equal(RuleCodes.ConsolidatedCell, d.Code);
        Assert.Equal("汇总报告 表二 第二十条第(六)项 行政处罚 — 本年处理决定数量：2 ≠ 各部分之和 0（part1 0 + part2 0）。", d.Message.Zh);
        Assert.Equal("Consolidated report, Proactive disclosure — Administrative penalty — Decisions this year: 2 ≠ the sum of the parts 0 (part1 0 + part2 0).", d.Message.En);
        Assert.Equal(new[] { "consolidated#/proactiveDisclosure/administrativePenalty/decisions", "part1#/proactiveDisclosure/administrativePenalty/decisions",
            "part2#/proactiveDisclosure/administrativePenalty/decisions" }, d.Paths);
        Assert.Equal((0m, 2m), (d.Expected!.Value, d.Actual!.Value));
    }

    [Fact]
    public void GidS1_BlankInAPart_IsIndeterminateForThatCellOnly()
    {
        Report2021 a = RuleExamples.Pingwu;
        Report2021 b = RuleExamples.Linhe with
        {
            ProactiveDisclosure = RuleExamples.Linhe.ProactiveDisclosure with { AdministrativeFees = new FeeAmount { Amount = AmountCell.Blank } },
        };
        GovInfoReport county = ReportConsolidation.Sum(new GovInfoReport[] { a, RuleExamples.Linhe }).Report!;

        Diagnostic d = Assert.Single(CrossReportValidator.CheckConsolidated(county, new GovInfoReport?[] { a, b }).Diagnostics);

        Assert.Equal(DiagnosticOutcome.Indeterminate, d.Outcome);
        Assert.Equal(new[] { "part2#/proactiveDisclosure/administrativeFees/amount" }, d.UnknownPaths);
        Assert.Equal("汇总报告 表二 第二十条第(八)项 行政事业性收费 — 本年收费金额(单位:万元)：无法判断是否等于各部分之和，因为 part2 的值未知。", d.Message.Zh);
        Assert.Equal("Consolidated report, Proactive disclosure — Administrative fees — Fees collected this year (10,000 yuan): cannot decide whether it "
            + "equals the sum of the parts, because part2's cell is unknown.", d.Message.En);
    }

    [Fact]
    public void GidS2_MissingPart_MakesTheCheckIndeterminate()
    {
        Diagnostic d = Assert.Single(CrossReportValidator.CheckConsolidated(RuleExamples.Pingwu, new GovInfoReport?[] { RuleExamples.Pingwu, null }).Diagnostics);

        Assert.Equal(RuleCodes.MissingPart, d.Code);
        Assert.Equal(DiagnosticOutcome.Indeterminate, d.Outcome);
        Assert.Equal("缺少部分报告 part2，无法核对汇总报告。", d.Message.Zh);
        Assert.Equal("Parts part2 are missing: the consolidated report cannot be checked.", d.Message.En);
        Assert.Equal(new[] { "part2#" }, d.Paths);
    }

    [Fact]
    public void GidS3_DifferentFormats_CannotBeSummed()
    {
        ConsolidationResult result = ReportConsolidation.Sum(new GovInfoReport[] { RuleExamples.Pingwu, RuleExamples.Legacy });

        Assert.False(result.IsSuccess);
        Diagnostic format = result.Problems[0];
        Assert.Equal(RuleCodes.PartsNotSummable, format.Code);
        Assert.Equal("part2 的格式为 2019，与 2021 不同，无法相加。", format.Message.Zh);
        Assert.Equal("part2 is in format 2019, not 2021: reports of different formats cannot be summed.", format.Message.En);
        Assert.Equal(new[] { "part2#/format" }, format.Paths);
        Assert.Equal(new[] { "part2#/year" }, result.Problems[1].Paths);
    }

    [Fact]
    public void GidS3_SumBeyondIntMaxValue_LeavesTheCellBlank()
    {
        Report2021 big = RuleExamples.Pingwu with
        {
            ProactiveDisclosure = RuleExamples.Pingwu.ProactiveDisclosure with { AdministrativeLicensing = new DecisionCount { Decisions = int.MaxValue } },
        };

        ConsolidationResult result = ReportConsolidation.Sum(new GovInfoReport[] { big, big, RuleExamples.Pingwu });

        var sum = (Report2021)result.Report!;
        Diagnostic d = Assert.Single(result.Problems);
        Assert.Equal(RuleCodes.PartsNotSummable, d.Code);
        Assert.Equal(new[] { "/proactiveDisclosure/administrativeLicensing/decisions" }, d.Paths);
        Assert.Contains("4294967294", d.Message.Zh);
        Assert.Equal(CountCell.Blank, sum.ProactiveDisclosure.AdministrativeLicensing.Decisions);
        Assert.Equal(CountCell.FromNumber(48), sum.Applications.NewlyReceived.Total);
        Assert.Equal(CountCell.FromNumber(21), sum.ProactiveDisclosure.NormativeDocuments.InForce);
    }

    [Fact]
    public void GidS3_AmountsBeyondDecimalMaxValue_NeverThrow()
    {
        Report2021 rich = RuleExamples.Pingwu with
        {
            ProactiveDisclosure = RuleExamples.Pingwu.ProactiveDisclosure with { AdministrativeFees = new FeeAmount { Amount = decimal.MaxValue } },
        };

        ConsolidationResult sum = ReportConsolidation.Sum(new GovInfoReport[] { rich, rich });
        ValidationResult check = CrossReportValidator.CheckConsolidated(rich, new GovInfoReport?[] { rich, rich });

        Assert.Equal(new[] { "/proactiveDisclosure/administrativeFees/amount" }, Assert.Single(sum.Problems).Paths);
        Assert.Equal(AmountCell.Blank, ((Report2021)sum.Report!).ProactiveDisclosure.AdministrativeFees.Amount);
        Diagnostic d = Assert.Single(check.Diagnostics, x => x.Paths[0] == "consolidated#/proactiveDisclosure/administrativeFees/amount");
        Assert.Equal(DiagnosticOutcome.Fail, d.Outcome);
        Assert.Null(d.Expected);
    }

    [Fact]
    public void Sum_OfValidReports_IsValid_AndUnknownStaysUnknown()
    {
        Report2021 withBlank = RuleExamples.Pingwu.WithOutcomes(o => o with { Reconsideration = o.Reconsideration with { Pending = CountCell.Blank } });
        ConsolidationResult result = ReportConsolidation.Sum(new GovInfoReport[] { RuleExamples.Pingwu, withBlank, RuleExamples.Linhe }, "某县汇总");

        var sum = (Report2021)result.Report!;
        Assert.Empty(result.Problems);
        Assert.Equal("某县汇总", sum.Agency);
        Assert.Equal(2024, sum.Year);
        Assert.Equal(CountCell.Blank, sum.ReconsiderationAndLitigation.Reconsideration.Pending);
        Assert.Equal(CountCell.FromNumber(32), sum.Applications.NewlyReceived.Total);
        Assert.True(ReportValidator.Validate(sum).IsValid);
        Assert.Null(sum.Applications.Results.Withheld.Subtotal);

        ConsolidationResult asZero = ReportConsolidation.Sum(new GovInfoReport[] { RuleExamples.Pingwu, withBlank }, null, new ValidationOptions { BlankAsZero = true });
        Assert.Equal(CountCell.FromNumber(0), ((Report2021)asZero.Report!).ReconsiderationAndLitigation.Reconsideration.Pending);
    }

    [Fact]
    public void GidB7_OverdueFeeCountedButSectionSixSilent()
    {
        Report2021 report = RuleExamples.Pingwu.WithResults(r => r with
        {
            OtherHandling = r.OtherHandling with
            {
                OverdueCorrection = r.OtherHandling.OverdueFee,
                OverdueFee = r.OtherHandling.OverdueCorrection,
            },
        });
        report = report with { Narrative = report.Narrative! with { OtherMatters = "无其他需要报告的事项。" } };
        var narrative = new ValidationOptions { CheckNarrative = true };

        Diagnostic d = Assert.Single(ReportValidator.Validate(report, narrative).Diagnostics);

        Assert.Equal(RuleCodes.FeeStatement, d.Code);
        Assert.Equal("表三 其他处理·逾期未缴费 总计 为 2，但六、其他需要报告的事项未提及信息处理费。", d.Message.Zh);
        Assert.Equal("The application table counts 2 applications under Other handling: overdue fee, Total, but section 六 (other matters) says nothing "
            + "about the information-processing fee.", d.Message.En);
        Assert.Equal(new[] { "/applications/results/otherHandling/overdueFee/total", "/narrative/otherMatters" }, d.Paths);
        Assert.Empty(ReportValidator.Validate(report).Diagnostics);

        Report2021 mentioned = report with { Narrative = report.Narrative! with { OtherMatters = "本年度发出收费通知2件，实际收取信息处理费0元。" } };
        Assert.Empty(ReportValidator.Validate(mentioned, narrative).Diagnostics);

        // The typical negative statement of real reports contradicts a counted unpaid fee: no notice, no unpaid notice.
        Report2021 denied = report with { Narrative = report.Narrative! with { OtherMatters = "本年度未发出收费通知，未收取信息处理费。" } };
        Diagnostic contradiction = Assert.Single(ReportValidator.Validate(denied, narrative).Diagnostics);
        Assert.Equal(RuleCodes.FeeStatement, contradiction.Code);
        Assert.Equal("表三 其他处理·逾期未缴费 总计 为 2，但六、其他需要报告的事项称未发出收费通知。", contradiction.Message.Zh);
        Assert.Equal("The application table counts 2 applications under Other handling: overdue fee, Total, but section 六 (other matters) says that "
            + "no fee notice was issued.", contradiction.Message.En);

        // Saying that nothing was collected is no contradiction.
        Report2021 uncollected = report with { Narrative = report.Narrative! with { OtherMatters = "本年度发出收费通知2件，申请人逾期未缴费，未收取费用。" } };
        Assert.Empty(ReportValidator.Validate(uncollected, narrative).Diagnostics);
    }

    [Fact]
    public void GidB8_OverviewFigureDisagrees()
    {
        Report2021 report = RuleExamples.Pingwu;
        string overview = report.Narrative!.Overview!.Replace("全年共受理政府信息公开申请16件", "全年共受理政府信息公开申请十八件");
        report = report with { Narrative = report.Narrative with { Overview = overview } };

        Diagnostic d = Assert.Single(ReportValidator.Validate(report, new ValidationOptions { CheckNarrative = true }).Diagnostics);

        Assert.Equal(RuleCodes.OverviewFigures, d.Code);
        Assert.Equal("一、总体情况称本年新收 18 件，而表三 本年新收 总计 为 16。", d.Message.Zh);
        Assert.Equal("Section 一 (overview) states newly received 18, but Newly received, Total of the application table is 16.", d.Message.En);
        Assert.Equal(new[] { "/narrative/overview", "/applications/newlyReceived/total" }, d.Paths);
        Assert.Equal((16m, 18m), (d.Expected!.Value, d.Actual!.Value));
    }

    [Theory]
    [InlineData("2024年,全年共受理政府信息公开申请16件,其中自然人申请11件,办结15件,结转下年度办理1件。", 16L, null, 1L)]
    [InlineData("2025年,我局未收到任何形式的政府信息公开申请,也无上年结转政府信息公开申请。", 0L, 0L, null)]
    [InlineData("本年度新收政府信息公开申请二十一件，上年结转申请3件，结转至下年度继续办理两件。", 21L, 3L, 2L)]
    [InlineData("2024年度未收到依申请公开事项,未发生因依申请公开引发的行政复议或行政诉讼案件。", 0L, null, null)]
    [InlineData("全年共受理申请16件；另收到申请18件。", null, null, null)]
    [InlineData("我局持续深化政务公开，公开信息132条。", null, null, null)]
    public void OverviewMatcher_ReadsDocumentedPhrasesOnly(string text, long? received, long? over, long? forward)
    {
        // A table whose figures are 999 shows every figure the matcher read as a failure with that figure as "actual".
        Report2021 report = RuleExamples.Pingwu;
        var applications = report.Applications with
        {
            NewlyReceived = report.Applications.NewlyReceived with { Total = 999 },
            CarriedOver = report.Applications.CarriedOver with { Total = 999 },
            CarriedForward = report.Applications.CarriedForward with { Total = 999 },
        };
        report = report with { Applications = applications, Narrative = new ReportNarrative { Overview = text } };

        Dictionary<string, decimal?> read = ReportValidator.Validate(report, new ValidationOptions { CheckNarrative = true }).Diagnostics
            .Where(d => d.Code == RuleCodes.OverviewFigures)
            .ToDictionary(d => d.Paths[1], d => d.Actual);

        Assert.Equal(received, Get("newlyReceived"));
        Assert.Equal(over, Get("carriedOver"));
        Assert.Equal(forward, Get("carriedForward"));
        long? Get(string row) => read.TryGetValue("/applications/" + row + "/total", out decimal? v) ? (long?)v : null;
    }
}
