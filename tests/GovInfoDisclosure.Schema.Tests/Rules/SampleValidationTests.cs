using System.Linq;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using Xunit;

using GovInfoDisclosure.Schema.Tests.Support;

namespace GovInfoDisclosure.Schema.Tests.Rules;

public class SampleValidationTests
{
    [Theory]
    [MemberData(nameof(Fixtures.SampleNames), MemberType = typeof(Fixtures))]
    public void Validate_Sample_HasNoDiagnostic(string name)
    {
        ValidationResult result = ReportValidator.Validate(Fixtures.Load(name));

        Assert.True(result.IsValid);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Fixtures.SampleNames), MemberType = typeof(Fixtures))]
    public void Validate_SampleWithNarrativeChecks_HasNoError(string name)
    {
        ValidationResult result = ReportValidator.Validate(Fixtures.Load(name), new ValidationOptions { CheckNarrative = true });

        Assert.True(result.IsValid);

        // 临夏县信访局 2025 says 本年度制发规范性文件1份 and 废止规范性文件1份 while its 表二 prints 0 / 0 / 0 (GID-B9, warnings).
        string[] expected = name == "2025-linxia-county-petitions-bureau"
            ? new[] { "/proactiveDisclosure/normativeDocuments/issued", "/proactiveDisclosure/normativeDocuments/repealed" }
            : System.Array.Empty<string>();
        Assert.Equal(expected, result.Diagnostics.Where(d => d.Outcome == DiagnosticOutcome.Fail)
            .Select(d => { Assert.Equal("GID-B9", d.Code); Assert.Equal(DiagnosticSeverity.Warning, d.Severity); return d.Paths[1]; }));
    }

    [Fact]
    public void Validate_PingwuWithResultsTotalOff_FailsB1AndB2AndB3()
    {
        var report = (Report2021)Fixtures.Load(Fixtures.Pingwu);
        Applicants total = report.Applications.Results.Total;
        report = report with
        {
            Applications = report.Applications with { Results = report.Applications.Results with { Total = total with { NaturalPerson = 9 } } },
        };

        ValidationResult result = ReportValidator.Validate(report);

        Assert.False(result.IsValid);
        const string Cell = "/applications/results/total/naturalPerson";
        Assert.Equal(
            new[] { RuleCodes.ApplicationBalance, RuleCodes.ResultsTotal, RuleCodes.RowTotal },
            result.Diagnostics.Select(d => d.Code).ToArray());
        Assert.All(result.Diagnostics, d => Assert.Contains(Cell, d.Paths));
        Diagnostic balance = result.Diagnostics[0];
        Assert.Equal("表三 自然人列：本年新收 11 + 上年结转 0 ≠ 办理结果总计 9 + 结转下年度 1（第一项加第二项之和应等于第三项加第四项之和）", balance.Message.Zh);
        Assert.Equal(11m, balance.Expected);
        Assert.Equal(10m, balance.Actual);
        Assert.Equal(-1m, balance.Difference);
        Assert.Equal(
            new[] { "/applications/newlyReceived/naturalPerson", "/applications/carriedOver/naturalPerson", Cell, "/applications/carriedForward/naturalPerson" },
            balance.Paths);
    }

    [Fact]
    public void Validate_LegacyWithOtherHandlingChanged_FailsResultsTotalAndRowTotal()
    {
        var report = (Report2019)Fixtures.Load(Fixtures.Legacy);
        report = report with
        {
            Applications = report.Applications with
            {
                Results = report.Applications.Results with { OtherHandling = report.Applications.Results.OtherHandling with { LegalServiceAgency = 2 } },
            },
        };

        ValidationResult result = ReportValidator.Validate(report);

        Assert.Equal(new[] { RuleCodes.ResultsTotal, RuleCodes.RowTotal }, result.Diagnostics.Select(d => d.Code).ToArray());
        Assert.All(result.Diagnostics, d => Assert.Contains("/applications/results/otherHandling/legalServiceAgency", d.Paths));
        Assert.Equal(0m, result.Diagnostics[0].Actual);
        Assert.Equal(2m, result.Diagnostics[0].Expected);
    }
}
