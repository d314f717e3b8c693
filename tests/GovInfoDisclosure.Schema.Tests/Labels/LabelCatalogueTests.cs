using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Labels;

public class LabelCatalogueTests
{
    public static IEnumerable<object[]> Formats => new[] { new object[] { ReportFormat.Format2021 }, new object[] { ReportFormat.Format2019 } };

    private static GovInfoReport EmptyReport(ReportFormat format) =>
        format == ReportFormat.Format2021 ? new Report2021 { Year = 2024 } : new Report2019 { Year = 2020 };

    /// <summary>Every JSON leaf of a fully populated document, as pointers.</summary>
    private static IEnumerable<string> Leaves(JsonNode? node, string pointer)
    {
        if (node is JsonObject obj)
        {
            foreach (KeyValuePair<string, JsonNode?> member in obj)
            {
                foreach (string leaf in Leaves(member.Value, pointer + "/" + member.Key))
                {
                    yield return leaf;
                }
            }
        }
        else
        {
            yield return pointer;
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryCatalogueField_IsAPropertyOfTheModel_AndBack(ReportFormat format)
    {
        LabelCatalogue catalogue = LabelCatalogue.For(format);

        // Give every field a distinct value through JSON, read it into the records, write it back.
        JsonNode node = JsonNode.Parse(ReportJson.Serialize(EmptyReport(format)))!;
        int value = 1;
        foreach (FieldLabel field in catalogue.Fields)
        {
            JsonNode? json = field.ValueKind switch
            {
                FieldValueKind.Format => (int)format + string.Empty,
                FieldValueKind.Text => "text " + field.Pointer,
                FieldValueKind.Year => 2020,
                FieldValueKind.Date => "2021-01-31",
                _ => value++,
            };
            JsonNodes.Set(node, field.Pointer, json);
        }

        ReportReadResult result = ReportJson.Read(node.ToJsonString());
        Assert.True(result.IsSuccess, string.Join("\n", result.Problems));
        JsonNode written = JsonNode.Parse(ReportJson.Serialize(result.Report!))!;

        Assert.Equal(catalogue.Fields.Select(f => f.Pointer).OrderBy(p => p, System.StringComparer.Ordinal),
            Leaves(written, string.Empty).OrderBy(p => p, System.StringComparer.Ordinal));
        foreach (FieldLabel field in catalogue.Fields)
        {
            Assert.True(JsonNode.DeepEquals(JsonNodes.Get(node, field.Pointer), JsonNodes.Get(written, field.Pointer)), field.Pointer);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void RequiredFields_AreExactlyThoseOfAnEmptyReport(ReportFormat format)
    {
        JsonNode written = JsonNode.Parse(ReportJson.Serialize(EmptyReport(format)))!;
        Assert.Equal(
            LabelCatalogue.For(format).Fields.Where(f => !f.IsOptional).Select(f => f.Pointer),
            Leaves(written, string.Empty));
    }

    [Theory]
    [InlineData(ReportFormat.Format2021, 10, 25, 15)]
    [InlineData(ReportFormat.Format2019, 22, 23, 15)]
    public void OfficialCells_HaveTheSpecifiedCounts(ReportFormat format, int proactive, int applicationRows, int reconsideration)
    {
        LabelCatalogue catalogue = LabelCatalogue.For(format);
        FieldLabel[] official = catalogue.Fields.Where(f => f.IsCell && !f.IsOptional).ToArray();
        Assert.Equal(proactive, official.Count(f => f.Table!.Table == ReportTable.ProactiveDisclosure));
        Assert.Equal(applicationRows * 7, official.Count(f => f.Table!.Table == ReportTable.Applications));
        Assert.Equal(reconsideration, official.Count(f => f.Table!.Table == ReportTable.ReconsiderationAndLitigation));
        Assert.Equal(applicationRows, catalogue.GetTable(ReportTable.Applications).Rows.Count(r => r.OfficialNumber is not null));
        Assert.Equal(Enumerable.Range(1, applicationRows), catalogue.GetTable(ReportTable.Applications).Rows.Where(r => r.OfficialNumber is not null).Select(r => r.OfficialNumber!.Value));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Pointers_AreUnique_AndOrderIsPosition(ReportFormat format)
    {
        LabelCatalogue catalogue = LabelCatalogue.For(format);
        Assert.Equal(catalogue.Fields.Count, catalogue.Fields.Select(f => f.Pointer).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, catalogue.Fields.Count), catalogue.Fields.Select(f => f.Order));
        foreach (FieldLabel field in catalogue.Fields)
        {
            Assert.True(catalogue.TryGetField(field.Pointer, out FieldLabel found));
            Assert.Same(field, found);
            Assert.False(string.IsNullOrWhiteSpace(field.Chinese));
            Assert.False(string.IsNullOrWhiteSpace(field.English));
        }

        Assert.False(catalogue.TryGetField("/applications/nope", out _));
    }

    [Fact]
    public void Labels_AreTheOfficialOnes()
    {
        LabelCatalogue current = LabelCatalogue.Format2021;
        Assert.True(current.TryGetField("/applications/results/withheld/endangersSafetyOrStability/naturalPerson", out FieldLabel cell));
        Assert.Equal(new[] { "三、本年度办理结果", "(三)不予公开", "3.危及“三安全一稳定”" }, cell.Row!.ChinesePath);
        Assert.Equal("自然人", cell.Column!.Chinese);
        Assert.Equal("表三", cell.Table!.ShortChinese);
        Assert.Equal(7, cell.Row.OfficialNumber);
        Assert.Equal("表三 三、本年度办理结果 (三)不予公开 3.危及“三安全一稳定” — 自然人", cell.Chinese);

        Assert.True(current.TryGetField("/applications/results/otherHandling/overdueFee/total", out FieldLabel fee));
        Assert.Equal(22, fee.Row!.OfficialNumber);
        Assert.Equal("总计", fee.Column!.Chinese);
        Assert.Equal(7, fee.Column.OfficialNumber);

        Assert.True(current.TryGetField("/proactiveDisclosure/administrativeFees/amount", out FieldLabel amount));
        Assert.Equal("本年收费金额(单位:万元)", amount.Column!.Chinese);
        Assert.Equal(FieldValueKind.Amount, amount.ValueKind);
        Assert.Equal("第二十条第(八)项", amount.Row!.BlockCaption);

        Assert.Equal("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", current.GetTable(ReportTable.Applications).HeaderNote);
        Assert.Equal(
            new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" },
            current.Sections.Select(s => s.Chinese));
    }

    [Fact]
    public void LegacyLabels_DifferWhereTheLayoutDiffers()
    {
        LabelCatalogue legacy = LabelCatalogue.Format2019;
        Assert.True(legacy.TryGetField("/applications/results/otherHandling/naturalPerson", out FieldLabel other));
        Assert.Equal(21, other.Row!.OfficialNumber);
        Assert.Equal("(六)其他处理", other.Row.Chinese);
        Assert.True(legacy.TryGetField("/applications/results/total/total", out FieldLabel total));
        Assert.Equal(22, total.Row!.OfficialNumber);
        Assert.True(legacy.TryGetField("/proactiveDisclosure/administrativeLicensing/change", out FieldLabel change));
        Assert.Equal(FieldValueKind.SignedCount, change.ValueKind);
        Assert.Equal("本年增/减", change.Column!.Chinese);
        Assert.True(legacy.TryGetField("/proactiveDisclosure/normativeDocuments/newlyMade", out FieldLabel made));
        Assert.Equal("规范性文件", made.Row!.Chinese);
        Assert.Equal("本年新制作数量", made.Column!.Chinese);
        Assert.False(legacy.TryGetField("/applications/results/otherHandling/subtotal/total", out _));
        Assert.False(legacy.TryGetField("/proactiveDisclosure/rules/issued", out _));
    }

    [Fact]
    public void OptionalFields_AreTheLocalAdditions()
    {
        Assert.All(LabelCatalogue.Format2021.Fields.Where(f => f.IsCell && f.IsOptional),
            f => Assert.True(f.Pointer.EndsWith("/legalPersonSubtotal") || f.Pointer.Contains("/subtotal/"), f.Pointer));
        // 法人或其他组织小计 on each of the 25 official and 4 subtotal rows, plus the 4 subtotal rows' 7 official columns.
        Assert.Equal(29 + (4 * 7), LabelCatalogue.Format2021.Fields.Count(f => f.IsCell && f.IsOptional));
    }
}
