using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using Xunit;
using static GovInfoDisclosure.Schema.Import.Tests.ImportAssert;

namespace GovInfoDisclosure.Schema.Import.Tests;

/// <summary>Import then validate in one call, with one verdict: valid, invalid, incomplete or unreadable.</summary>
public class ImportValidationTests
{
    private const string NewlyReceived = "一、本年新收政府信息公开申请数量 |\n11 |\n5 |\n0 |\n0 |\n0 |\n0 |\n16 |";

    /// <summary>Pingwu with one cell of 一、本年新收 lost in flattening: the row (11, 5, …, 16) cannot be read.</summary>
    private static string UnreadNewlyReceived() => Edit(Pingwu, NewlyReceived, "一、本年新收政府信息公开申请数量 |\n11 |\n5 |\n0 |\n0 |\n0 |\n16 |");

    [Theory]
    [MemberData(nameof(Fixtures.Samples), MemberType = typeof(Fixtures))]
    public void Samples_AreValid(string name)
    {
        ImportValidationResult result = ImportValidation.ImportAndValidate(Fixtures.Text(name));
        Assert.Equal(ReportVerdict.Valid, result.Verdict);
        Assert.Empty(result.UnreadCells);
        Assert.NotNull(result.Validation);
    }

    [Fact]
    public void SixHeadingsAndNoTables_IsIncomplete_NotValid()
    {
        string text = "某县某局2024年政府信息公开工作年度报告\n一、总体情况\n本年度依法公开。\n二、主动公开政府信息情况\n见网站。\n"
            + "三、收到和处理政府信息公开申请情况\n略。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";

        ImportValidationResult result = ImportValidation.ImportAndValidate(text);

        Assert.NotNull(result.Report);
        Assert.Equal(ReportVerdict.Incomplete, result.Verdict);
        Assert.True(result.Validation!.IsValid); // the rules alone find nothing wrong: every one is indeterminate
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.TableMissing && d.Location.Pointer == "/applications");
        Assert.Contains("/applications", result.UnreadCells);

        // Blank-as-zero cannot make it valid: the cells were not printed blank, they were not read.
        ImportValidationResult zero = ImportValidation.ImportAndValidate(text, null, new ValidationOptions { BlankAsZero = true });
        Assert.Equal(ReportVerdict.Incomplete, zero.Verdict);
        Assert.DoesNotContain(zero.Diagnostics, d => d.Stage == DiagnosticStage.Rule && d.Outcome == DiagnosticOutcome.Fail);
    }

    [Fact]
    public void UnreadRow_IsIncomplete_AndItsIndeterminateRulesAreGroupedUnderIt()
    {
        ImportValidationResult result = ImportValidation.ImportAndValidate(UnreadNewlyReceived());

        Assert.Equal(ReportVerdict.Incomplete, result.Verdict);
        Diagnostic cause = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.RowAmbiguous);
        Assert.Equal((DiagnosticStage.Import, "/applications/newlyReceived", 7m, 6m), (cause.Stage, cause.Location.Pointer, cause.Expected!.Value, cause.Actual!.Value));
        Assert.Equal(new[] { "/applications/newlyReceived" }, result.UnreadCells);

        IndeterminateGroup group = Assert.Single(result.IndeterminateGroups, g => g.Cause is not null);
        Assert.Same(cause, group.Cause);
        Assert.NotEmpty(group.Diagnostics);
        Assert.All(group.Diagnostics, d => Assert.Contains(d.UnknownPaths, p => p.StartsWith("/applications/newlyReceived/")));
        Assert.Contains(group.Diagnostics, d => d.Code == RuleCodes.ApplicationBalance);
        Assert.Equal(result.Validation!.IndeterminateCount, result.IndeterminateGroups.Sum(g => g.Diagnostics.Count));
    }

    /// <summary>Issue 11: --blank-as-zero turned cells the import could not read into zeros and reported false GID-B errors.</summary>
    [Fact]
    public void BlankAsZero_NeverReadsAnUnreadRowAsZero()
    {
        ImportValidationResult result = ImportValidation.ImportAndValidate(UnreadNewlyReceived(), null, new ValidationOptions { BlankAsZero = true });

        Assert.Equal(ReportVerdict.Incomplete, result.Verdict);
        Assert.DoesNotContain(result.Diagnostics, d => d.Stage == DiagnosticStage.Rule && d.Outcome == DiagnosticOutcome.Fail);
        Diagnostic balance = result.Validation!.Diagnostics.First(d => d.Code == RuleCodes.ApplicationBalance);
        Assert.Equal(DiagnosticOutcome.Indeterminate, balance.Outcome);
        Assert.Equal(new[] { "/applications/newlyReceived/naturalPerson" }, balance.UnknownPaths);
    }

    [Fact]
    public void BrokenArithmetic_OnCellsRead_IsInvalid()
    {
        ImportValidationResult result = ImportValidation.ImportAndValidate(Edit(Pingwu, NewlyReceived, NewlyReceived.Replace("16 |", "17 |")));
        Assert.Equal(ReportVerdict.Invalid, result.Verdict);
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCodes.RowTotal && d.Paths[0] == "/applications/newlyReceived/total");
    }

    [Fact]
    public void NotAReport_IsUnreadable_WithoutValidation()
    {
        ImportValidationResult result = ImportValidation.ImportAndValidate("会议纪要\n今天天气很好。\n");
        Assert.Equal(ReportVerdict.Unreadable, result.Verdict);
        Assert.Null(result.Validation);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.NotAReport);
    }

    /// <summary>The library and the command line give the same verdict on the same published report.</summary>
    [Fact]
    public void Verdict_IsTheOneGovinfoValidateGives()
    {
        var cases = new Dictionary<string, string>
        {
            ["valid.txt"] = Fixtures.Text(Pingwu),
            ["unread.txt"] = UnreadNewlyReceived(),
            ["broken.txt"] = Edit(Pingwu, NewlyReceived, NewlyReceived.Replace("16 |", "17 |")),
        };
        string directory = Directory.CreateTempSubdirectory("govinfo-verdict-").FullName;
        try
        {
            foreach ((string file, string text) in cases)
            {
                string path = Path.Combine(directory, file);
                File.WriteAllText(path, text);
                ImportValidationResult library = ImportValidation.ImportAndValidate(text);
                var output = new StringWriter();
                var console = new GovInfoDisclosure.Cli.CliConsole(output, new StringWriter(), () => new MemoryStream(), directory);
                int exit = GovInfoDisclosure.Cli.CommandLine.Run(new[] { "validate", "--json", path }, console);
                using JsonDocument line = JsonDocument.Parse(output.ToString().Trim());
                Assert.Equal(library.Verdict.ToJsonName(), line.RootElement.GetProperty("verdict").GetString());
                Assert.Equal(library.Verdict == ReportVerdict.Valid ? 0 : 1, exit);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Import findings, JSON problems and rule diagnostics are one type: one set holds them all.</summary>
    [Fact]
    public void DiagnosticsOfImportDocumentAndRules_GoIntoOneHashSet()
    {
        ImportValidationResult result = ImportValidation.ImportAndValidate(UnreadNewlyReceived());
        IReadOnlyList<Diagnostic> problems = ReportJson.Read(System.Text.Encoding.UTF8.GetBytes("{\"format\": \"2021\", \"year\": -1}")).Problems;

        var all = new HashSet<Diagnostic>(result.Diagnostics.Concat(problems));

        Assert.Equal(result.Diagnostics.Distinct().Count() + problems.Count, all.Count);
        Assert.Contains(all, d => d.Stage == DiagnosticStage.Import);
        Assert.Contains(all, d => d.Stage == DiagnosticStage.Rule);
        Assert.Contains(all, d => d.Stage == DiagnosticStage.Document);
        Assert.All(ImportValidation.ImportAndValidate(UnreadNewlyReceived()).Diagnostics, d => Assert.Contains(d, all));
    }
}
