using System;
using System.IO;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Sources;
using GovInfoDisclosure.Schema.Import.Text;
using Xunit;
using static GovInfoDisclosure.Schema.Import.Tests.ImportAssert;

namespace GovInfoDisclosure.Schema.Import.Tests.Text;

/// <summary>
/// A report reposted in traditional script (繁體字), as Taiwan and Hong Kong mirrors repost them: the Pingwu sample
/// converted by OpenCC (cn→tw, eng/document-fixtures/traditional.sh). Its headings and labels are matched as their
/// simplified forms; the text is kept as printed. It was "not a report" before.
/// </summary>
public class TraditionalScriptTests
{
    private static string Repost() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "traditional", "2024-pingwu-county-government-office.tw.txt"));

    [Fact]
    public void Import_TraditionalRepost_EveryCellAsTheSimplifiedSample()
    {
        ImportResult sample = ReportImporter.Import(Fixtures.Text(Pingwu));

        ImportResult repost = ReportImporter.Import(Repost());

        Lacks(repost, ImportDiagnosticCodes.NotAReport);
        Assert.Empty(Sources.PdftotextImportTests.CellsThatDiffer(sample, repost));
        Assert.Equal(sample.Report!.Year, repost.Report!.Year);
        Assert.Equal(sample.Report.Format, repost.Report.Format);
        Assert.DoesNotContain(repost.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Import_TraditionalRepost_SaidOnce_TextKeptAsPrinted()
    {
        ImportResult repost = ReportImporter.Import(Repost());

        Diagnostic said = Single(repost, ImportDiagnosticCodes.TextTraditionalScript);
        Assert.Equal(DiagnosticSeverity.Info, said.Severity);
        Assert.Equal("平武縣人民政府辦公室", repost.Report!.Agency);
        Assert.Contains("公開", repost.Report.Narrative.Overview, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures.Samples), MemberType = typeof(Fixtures))]
    public void Import_SimplifiedSample_NotSaidTraditional(string name)
    {
        Lacks(ReportImporter.Import(Fixtures.Text(name)), ImportDiagnosticCodes.TextTraditionalScript);
    }

    [Theory]
    [InlineData('開', '开')]
    [InlineData('請', '请')]
    [InlineData('數', '数')]
    [InlineData('報', '报')]
    [InlineData('複', '复')]
    [InlineData('开', '开')]
    [InlineData('A', 'A')]
    public void ToSimplified_LabelCharacters(char traditional, char simplified)
    {
        Assert.Equal(simplified, TraditionalCharacters.ToSimplified(traditional));
    }

    [Fact]
    public void Normalize_TraditionalLabel_EqualsTheSimplifiedLabel()
    {
        Assert.Equal(LabelText.Normalize("一、本年新收政府信息公开申请数量"), LabelText.Normalize("一、本年新收政府信息公開申請數量"));
    }
}
