using System.Linq;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Rules;

/// <summary>One example per rule code: a report that breaks exactly that rule, with its message in both languages.</summary>
public class RuleExampleTests
{
    private const string A = "/applications/";

    private static Diagnostic Single(ValidationResult result, string code)
    {
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        return diagnostic;
    }

    [Fact]
    public void GidB1_BalanceBroken_NamesTheFourCells()
    {
        // Carried forward and results total move together: only the balance breaks.
        Report2021 report = RuleExamples.Pingwu;
        report = report with { Applications = report.Applications with { CarriedOver = report.Applications.CarriedOver with { ResearchInstitution = 2, Total = 2 } } };

        ValidationResult result = ReportValidator.Validate(report);

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(RuleCodes.ApplicationBalance, d.Code));
        Diagnostic d = result.Diagnostics[0];
        Assert.Equal("表三 科研机构列：本年新收 0 + 上年结转 2 ≠ 办理结果总计 0 + 结转下年度 0（第一项加第二项之和应等于第三项加第四项之和）", d.Message.Zh);
        Assert.Equal("Applications table, column Research institutions: Newly received 0 + Carried over from last year 2 ≠ Results total 0 + "
            + "Carried forward to next year 0 (items one and two must add up to items three and four)", d.Message.En);
        Assert.Equal(new[] { A + "newlyReceived/researchInstitution", A + "carriedOver/researchInstitution", A + "results/total/researchInstitution",
            A + "carriedForward/researchInstitution" }, d.Paths);
        Assert.Equal((2m, 0m, -2m), (d.Expected!.Value, d.Actual!.Value, d.Difference!.Value));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(DiagnosticOutcome.Fail, d.Outcome);
        Assert.Equal(A + "carriedOver/total", result.Diagnostics[1].Paths[1]);
    }

    [Fact]
    public void GidB2_ResultsTotalBroken_SumsGroupsByName()
    {
        Report2021 report = RuleExamples.Pingwu.WithResults(r => r with
        {
            Total = r.Total with { NaturalPerson = 11, Total = 16 },
            Granted = r.Granted with { NaturalPerson = 2, Total = 2 },
        });
        report = report with { Applications = report.Applications with { CarriedForward = report.Applications.CarriedForward with { NaturalPerson = 0, Total = 0 } } };
        report = report.WithResults(r => r with { Granted = r.Granted with { NaturalPerson = 1, Total = 1 } });

        Diagnostic[] d = ReportValidator.Validate(report).Diagnostics.Where(x => x.Code == RuleCodes.ResultsTotal).ToArray();

        Assert.Equal(2, d.Length);
        Assert.Equal("表三 自然人列：办理结果总计 11 ≠ 予以公开 1 + 部分公开 0 + (三)不予公开 5 + (四)无法提供 2 + (五)不予处理 0 + (六)其他处理 2（(七)总计应等于各项办理结果之和）", d[0].Message.Zh);
        Assert.Equal("Applications table, column Natural persons: Results total 11 ≠ Granted 1 + Partially granted 0 + Withheld 5 + Unable to provide 2 + "
            + "Not processed 0 + Other handling 2 (the total must equal the sum of the results)", d[0].Message.En);
        Assert.Equal(22, d[0].Paths.Count);
        Assert.Equal(A + "results/total/naturalPerson", d[0].Paths[0]);
        Assert.Equal((10m, 11m), (d[0].Expected!.Value, d[0].Actual!.Value));
    }

    [Fact]
    public void GidB2_LeavesUnknownAndSubtotalKnown_UsesTheSubtotal()
    {
        // A legacy (六) migrated to the current format: the leaves are blank, only the subtotal is known.
        Report2021 report = RuleExamples.Pingwu.WithResults(r => r with
        {
            OtherHandling = new OtherHandlingResults
            {
                Subtotal = r.OtherHandling.OverdueCorrection with { NaturalPerson = 3, Total = 3 },
            },
        });

        ValidationResult result = ReportValidator.Validate(report);

        Assert.Equal(2, result.Diagnostics.Count(d => d.Outcome == DiagnosticOutcome.Fail));
        Diagnostic fail = result.Diagnostics.First(d => d.Outcome == DiagnosticOutcome.Fail);
        Assert.Equal(RuleCodes.ResultsTotal, fail.Code);
        Assert.Contains(A + "results/otherHandling/subtotal/naturalPerson", fail.Paths);
        Assert.DoesNotContain(A + "results/otherHandling/overdueCorrection/naturalPerson", fail.Paths);
        Assert.Contains("(六)其他处理小计 3", fail.Message.Zh);
        Assert.Contains("Other handling, subtotal 3", fail.Message.En);
        // The breakdown is unknown: the subtotal check is indeterminate, never failed.
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCodes.GroupSubtotal && d.Outcome == DiagnosticOutcome.Indeterminate);
    }

    [Fact]
    public void GidB2G_SubtotalDisagreesWithLeaves()
    {
        Report2021 report = RuleExamples.Pingwu.WithResults(r => r with
        {
            Withheld = r.Withheld with { Subtotal = r.Withheld.StateSecret with { NaturalPerson = 4, Total = 4 } },
        });

        ValidationResult result = ReportValidator.Validate(report);

        Assert.Equal(new[] { RuleCodes.GroupSubtotal, RuleCodes.GroupSubtotal }, result.Diagnostics.Select(x => x.Code).ToArray());
        Assert.Equal("/applications/results/withheld/subtotal/total", result.Diagnostics[1].Paths[0]);
        Diagnostic d = result.Diagnostics[0];
        Assert.Equal("表三 自然人列：(三)不予公开小计 4 ≠ 不予公开·国家秘密 0 + 不予公开·法律法规禁止 0 + 不予公开·危及三安全一稳定 3 + 不予公开·第三方合法权益 0 + "
            + "不予公开·内部事务信息 2 + 不予公开·过程性信息 0 + 不予公开·行政执法案卷 0 + 不予公开·行政查询事项 0（小计应等于组内各项之和）", d.Message.Zh);
        Assert.StartsWith("Applications table, column Natural persons: Withheld, subtotal 4 ≠ Withheld: state secret 0 + ", d.Message.En);
        Assert.EndsWith(" (the subtotal must equal the sum of the group)", d.Message.En);
        Assert.Equal((5m, 4m), (d.Expected!.Value, d.Actual!.Value));
        Assert.Equal(A + "results/withheld/subtotal/naturalPerson", d.Paths[0]);
        Assert.Equal(9, d.Paths.Count);
    }

    [Fact]
    public void GidB3_RowTotalBroken()
    {
        Report2021 report = RuleExamples.Pingwu.WithResults(r => r with { Granted = r.Granted with { Total = 2 } });
        report = report.WithResults(r => r with { Total = r.Total with { Total = 16 } });
        report = report with { Applications = report.Applications with { NewlyReceived = report.Applications.NewlyReceived with { Total = 17 } } };

        ValidationResult result = ReportValidator.Validate(report);

        Diagnostic d = result.Diagnostics.First(x => x.Code == RuleCodes.RowTotal);
        Assert.Equal("表三 本年新收行：总计 17 ≠ 自然人 11 + 商业企业 5 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0（总计应等于各申请人列之和）", d.Message.Zh);
        Assert.Equal("Applications table, row Newly received: Total 17 ≠ Natural persons 11 + Commercial enterprises 5 + Research institutions 0 + "
            + "Public-interest organisations 0 + Legal service agencies 0 + Other organisations 0 (the total must equal the sum of the applicant columns)", d.Message.En);
        Assert.Equal(new[] { RuleCodes.RowTotal, RuleCodes.RowTotal, RuleCodes.RowTotal }, result.Diagnostics.Select(x => x.Code).ToArray());
    }

    [Fact]
    public void GidB3P_LegalPersonSubtotalBroken()
    {
        Report2021 report = RuleExamples.Pingwu;
        report = report with { Applications = report.Applications with { NewlyReceived = report.Applications.NewlyReceived with { LegalPersonSubtotal = 4 } } };

        ValidationResult result = ReportValidator.Validate(report);

        Diagnostic d = Assert.Single(result.Diagnostics, x => x.Outcome == DiagnosticOutcome.Fail);
        Assert.Equal(RuleCodes.LegalPersonSubtotal, d.Code);

        Assert.Equal("表三 本年新收行：法人或其他组织小计 4 ≠ 商业企业 5 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0（小计应等于五个法人或其他组织列之和）", d.Message.Zh);
        Assert.Equal("Applications table, row Newly received: Legal persons and other organisations, subtotal 4 ≠ Commercial enterprises 5 + Research institutions 0 + "
            + "Public-interest organisations 0 + Legal service agencies 0 + Other organisations 0 (the subtotal must equal the five organisation columns)", d.Message.En);
        Assert.Equal(A + "newlyReceived/legalPersonSubtotal", d.Paths[0]);
    }

    [Fact]
    public void GidB3P_ColumnInOneRowOnly_TheBalanceInThatColumnIsIndeterminate()
    {
        Report2021 report = RuleExamples.Pingwu;
        report = report with { Applications = report.Applications with { NewlyReceived = report.Applications.NewlyReceived with { LegalPersonSubtotal = 5 } } };

        Diagnostic d = Single(ReportValidator.Validate(report), RuleCodes.ApplicationBalance);

        Assert.Equal(DiagnosticOutcome.Indeterminate, d.Outcome);
        Assert.Equal(new[] { A + "carriedOver/legalPersonSubtotal", A + "results/total/legalPersonSubtotal", A + "carriedForward/legalPersonSubtotal" }, d.UnknownPaths);
        Assert.Contains("上年结转（缺）", d.Message.Zh);
        Assert.Contains("Carried over from last year (missing)", d.Message.En);
    }

    [Fact]
    public void GidB5_NegativeCount_IsRefusedByTheReaderAndTheCellType()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ReportJson.Serialize(RuleExamples.Pingwu))!;
        node["applications"]!["carriedOver"]!["naturalPerson"] = -3;
        string json = node.ToJsonString();

        ReportReadResult read = ReportJson.Read(json);

        Assert.False(read.IsSuccess);
        Diagnostic problem = Assert.Single(read.Problems);
        Assert.Equal(RuleCatalogue.Get(RuleCodes.NonNegativeCells).EnforcedBy, problem.Code);
        Assert.Equal(A + "carriedOver/naturalPerson", problem.Location.Pointer);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => CountCell.FromNumber(-1));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => AmountCell.FromNumber(-0.5m));
    }

    [Theory]
    [InlineData(RuleCodes.ReconsiderationTotal, "reconsideration", "表四 行政复议：总计 2 ≠ 结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 0（总计应等于四种结果之和）",
        "Administrative reconsideration and litigation table, row Administrative reconsideration: Total 2 ≠ Upheld 1 + Corrected 0 + Other outcome 0 + Pending 0 (the total must equal the four outcomes)")]
    [InlineData(RuleCodes.LitigationWithoutReconsiderationTotal, "litigationWithoutReconsideration", "表四 未经复议直接起诉：总计 2 ≠ 结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 0（总计应等于四种结果之和）",
        "Administrative reconsideration and litigation table, row Litigation without reconsideration: Total 2 ≠ Upheld 1 + Corrected 0 + Other outcome 0 + Pending 0 (the total must equal the four outcomes)")]
    [InlineData(RuleCodes.LitigationAfterReconsiderationTotal, "litigationAfterReconsideration", "表四 复议后起诉：总计 2 ≠ 结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 0（总计应等于四种结果之和）",
        "Administrative reconsideration and litigation table, row Litigation after reconsideration: Total 2 ≠ Upheld 1 + Corrected 0 + Other outcome 0 + Pending 0 (the total must equal the four outcomes)")]
    public void GidC1ToC3_OutcomeTotalBroken(string code, string block, string zh, string en)
    {
        var broken = new CaseOutcomes { Upheld = 1, Corrected = 0, OtherOutcome = 0, Pending = 0, Total = 2 };
        Report2019 report = RuleExamples.Legacy.WithOutcomes(o => block switch
        {
            "reconsideration" => o with { Reconsideration = broken },
            "litigationWithoutReconsideration" => o with { LitigationWithoutReconsideration = broken },
            _ => o with { LitigationAfterReconsideration = broken },
        });

        Diagnostic d = Single(ReportValidator.Validate(report), code);

        Assert.Equal(zh, d.Message.Zh);
        Assert.Equal(en, d.Message.En);
        Assert.Equal($"/reconsiderationAndLitigation/{block}/total", d.Paths[0]);
        Assert.Equal((1m, 2m), (d.Expected!.Value, d.Actual!.Value));
    }

    [Fact]
    public void GidLA1_NewlyPublishedAboveTotal_IsAWarning()
    {
        Report2019 report = RuleExamples.Legacy;
        report = report with
        {
            ProactiveDisclosure = report.ProactiveDisclosure with { NormativeDocuments = report.ProactiveDisclosure.NormativeDocuments with { NewlyPublished = 3 } },
        };

        ValidationResult result = ReportValidator.Validate(report);

        Diagnostic d = Single(result, RuleCodes.NewlyPublishedBound);
        Assert.True(result.IsValid);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("表二 规范性文件：本年新公开数量 3 > 对外公开总数量 1（本年新公开数量通常不超过对外公开总数量）", d.Message.Zh);
        Assert.Equal("Proactive disclosure table, row Normative documents: Newly published this year 3 > Published in total 1 "
            + "(newly published normally does not exceed the published total)", d.Message.En);
        Assert.Equal(new[] { "/proactiveDisclosure/normativeDocuments/newlyPublished", "/proactiveDisclosure/normativeDocuments/publishedTotal" }, d.Paths);
    }

    [Fact]
    public void GidLA3_ItemCountBelowZero()
    {
        Report2019 report = RuleExamples.Legacy;
        report = report with
        {
            ProactiveDisclosure = report.ProactiveDisclosure with
            {
                AdministrativePenalty = report.ProactiveDisclosure.AdministrativePenalty with { PreviousYearItems = 2, Change = -5 },
            },
        };

        ValidationResult result = ReportValidator.Validate(report);

        Diagnostic d = Single(result, RuleCodes.ItemCountNonNegative);
        Assert.False(result.IsValid);
        Assert.Equal("表二 行政处罚：上一年项目数量 2 + 本年增/减 -5 < 0（本年末项目数量不能为负）", d.Message.Zh);
        Assert.Equal("Proactive disclosure table, row Administrative penalty: Items last year 2 + Change this year -5 < 0 "
            + "(the item count at the end of the year cannot be negative)", d.Message.En);
        Assert.Equal((0m, -3m, -3m), (d.Expected!.Value, d.Actual!.Value, d.Difference!.Value));
    }

    [Fact]
    public void Indeterminate_MarkAndBlank_AreListedByLabel()
    {
        Report2021 report = RuleExamples.Pingwu.WithOutcomes(o => o with
        {
            Reconsideration = o.Reconsideration with { Pending = CountCell.FromMark("/"), Corrected = CountCell.Blank },
        });

        Diagnostic d = Single(ReportValidator.Validate(report), RuleCodes.ReconsiderationTotal);

        Assert.Equal(DiagnosticOutcome.Indeterminate, d.Outcome);
        Assert.Equal("表四 行政复议：无法判断 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结，因为 结果纠正（空）、尚未审结（“/”） 的值未知。", d.Message.Zh);
        Assert.Equal("Administrative reconsideration and litigation table, row Administrative reconsideration: cannot decide Total = Upheld + Corrected + "
            + "Other outcome + Pending, because Corrected (blank), Pending (mark \"/\") is unknown.", d.Message.En);
        Assert.Equal(new[] { "/reconsiderationAndLitigation/reconsideration/corrected", "/reconsiderationAndLitigation/reconsideration/pending" }, d.UnknownPaths);
        Assert.Equal(5, d.Paths.Count);
        Assert.True(ReportValidator.Validate(report).IsValid);
    }

    [Fact]
    public void BlankAsZero_ReadsBlanksButNotMarks()
    {
        Report2021 report = RuleExamples.Pingwu.WithOutcomes(o => o with
        {
            Reconsideration = o.Reconsideration with { Corrected = CountCell.Blank, Total = 1 },
            LitigationAfterReconsideration = o.LitigationAfterReconsideration with { Pending = CountCell.FromMark("-") },
        });

        ValidationResult result = ReportValidator.Validate(report, new ValidationOptions { BlankAsZero = true });

        Assert.Equal(new[] { RuleCodes.ReconsiderationTotal, RuleCodes.LitigationAfterReconsiderationTotal }, result.Diagnostics.Select(d => d.Code).ToArray());
        Assert.Equal(DiagnosticOutcome.Fail, result.Diagnostics[0].Outcome);
        Assert.Contains("结果纠正 0（空，按0计）", result.Diagnostics[0].Message.Zh);
        Assert.Contains("Corrected 0 (blank, read as 0)", result.Diagnostics[0].Message.En);
        Assert.Equal(DiagnosticOutcome.Indeterminate, result.Diagnostics[1].Outcome);
    }

    [Fact]
    public void BlankAsZero_GroupPrintedAsOneRow_KeepsItsBreakdownUnknown()
    {
        Report2021 report = RuleExamples.Pingwu.WithResults(r => r with
        {
            OtherHandling = new OtherHandlingResults { Subtotal = r.OtherHandling.OverdueCorrection },
        });

        ValidationResult result = ReportValidator.Validate(report, new ValidationOptions { BlankAsZero = true });

        // The three blank leaf rows stay unknown: their row totals and the group subtotal are indeterminate, nothing fails.
        Assert.True(result.IsValid);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticOutcome.Indeterminate, d.Outcome));
        Assert.Equal(7, result.Diagnostics.Count(d => d.Code == RuleCodes.GroupSubtotal));
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == RuleCodes.RowTotal));
        Assert.Equal(10, result.Diagnostics.Count);
    }
}
