using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Model.Format2021;
using Xunit;
using static GovInfoDisclosure.Schema.Import.Tests.ImportAssert;

namespace GovInfoDisclosure.Schema.Import.Tests.Sources;

/// <summary>Markdown, clean and as PDF-to-Markdown converters damage it.</summary>
public class MarkdownImportTests
{
    [Fact]
    public void Import_DamagedMarkdown_ReadsTablesAndHeadings()
    {
        // No separator rows, rows without the leading pipe, <br> in a header, a label wrapped onto its own line, bold
        // headings, a table split by a page break that repeats the header.
        const string markdown = """
            **临夏县信访局2025年度政府信息公开工作年度报告**

            **一、总体情况**

            2025年,我局高度重视政府信息公开工作。

            ## 二、主动公开政府信息情况

            | 第二十条第(一)项 | | | |
            | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            规章 | 0 | 0 | 0
            | 行政规范性文件 | 1 | 1 | 4 |

            | 第二十条第(五)项 | |
            |:--|--:|
            | 信息内容 | 本年处理决定<br>数量 |
            | 行政许可 | 2 |

            ## 三、收到和处理政府信息公开申请情况

            | (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 自然人 | 商业<br>企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
            | 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
            | (二)部分公开(区分处理的,只计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
            这一情形,不计其他情形)

            | (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
            | 四、结转下年度继续办理 | 0 | 1 | 0 | 0 | 0 | 0 | 1 |

            ## 四、政府信息公开行政复议、行政诉讼情况

            | 行政复议 | 行政诉讼 |
            | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |

            ## 五、存在的主要问题及改进情况

            信息公开内容深度不够。

            ## 六、其他需要报告的事项

            本年度未收取信息处理费。
            """;

        ImportResult result = ReportImporter.Import(markdown);

        Assert.Equal(ImportSourceKind.Markdown, result.SourceKind);
        Report2021 report = Current(result);
        NoErrors(result);
        Assert.Equal(("临夏县信访局", 2025), (report.Agency, report.Year));
        Assert.Equal(new DocumentCounts { Issued = 0, Repealed = 0, InForce = 0 }, report.ProactiveDisclosure.Rules);
        Assert.Equal(4, report.ProactiveDisclosure.NormativeDocuments.InForce.Value);
        Assert.Equal(2, report.ProactiveDisclosure.AdministrativeLicensing.Decisions.Value);
        Assert.Equal(4, report.Applications.NewlyReceived.Total.Value);
        Assert.Equal(1, report.Applications.Results.PartiallyGranted.NaturalPerson.Value);
        Assert.Equal(1, report.Applications.CarriedForward.CommercialEnterprise.Value);
        Assert.Equal(1, report.ReconsiderationAndLitigation.LitigationWithoutReconsideration.Upheld.Value);
        Has(result, ImportDiagnosticCodes.LabelTruncated, "/applications/results/partiallyGranted");
        Has(result, ImportDiagnosticCodes.RowMissing, "/applications/carriedOver");
        Assert.Equal("2025年,我局高度重视政府信息公开工作。", report.Narrative!.Overview);
    }
}
