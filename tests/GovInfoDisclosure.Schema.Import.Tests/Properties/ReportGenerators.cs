using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;
using Labels = GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Tests.Properties;

/// <summary>
/// Generators of whole reports of both layouts: every cell a number, a blank or one of the marks reports print, optional
/// subtotal rows and column, and a narrative of realistic lines (sentences ending in 。, a sign-off of a body and a date).
/// </summary>
internal static class ReportGenerators
{
    private static readonly string[] Marks = { "/", "-", "—", "无" };

    private static readonly string[] Sentences =
    {
        "我局认真贯彻落实《中华人民共和国政府信息公开条例》,全面推进政务公开工作。",
        "(一)主动公开。全年主动公开政府信息41条,其中政策文件3件。",
        "(二)依申请公开。本年度共受理政府信息公开申请16件,均按时答复。",
        "1. 政府网站:在门户网站“政务公开”栏目发布信息11条。",
        "一是加强信息解读;二是优化互动回应机制。",
        "本年度未收取政府信息公开信息处理费。",
        "如对本报告有疑问,请与办公室联系(电话:0816-8822122)。",
        "本报告中所列数据的统计期限为1月1日至12月31日。",
        "公开的内容不够深、不够全面,事后公开较多,事前、事中公开少。",
        "数据来源 * 统计口径 _ 以报送为准 | 见附表 \\ 备查。",
        "# 号和 > 号等符号也可能出现在正文中。",
        "无",
        "2025年,我局没有因政府信息公开工作被申请行政复议、提起行政诉讼的情况。",
    };

    private static readonly string[] Agencies = { "平武县人民政府办公室", "临河区民政局", "临夏县信访局", "某市生态环境局" };

    public static Gen<GovInfoReport> Report() =>
        Gen.OneOf(Report2021().Select(r => (GovInfoReport)r), Report2019().Select(r => (GovInfoReport)r));

    public static Gen<Report2021> Report2021() => Whole(ReportFormat.Format2021).Select(r => (Report2021)r);

    public static Gen<Report2019> Report2019() => Whole(ReportFormat.Format2019).Select(r => (Report2019)r);

    /// <summary>
    /// A report of a format, its tables generated from the cell layout and built through the core's
    /// <see cref="ReportCellBuilder"/> (no hand-written report shape): each cell a count, signed count or amount as its
    /// column says, each optional subtotal row present one time in four, the 法人或其他组织小计 column one time in two.
    /// </summary>
    private static Gen<GovInfoReport> Whole(ReportFormat format)
    {
        CellLayout layout = CellLayout.For(format);
        string[] optionalRows = layout.Fields.Where(f => f.Row!.IsOptional).Select(RowPointer).Distinct().ToArray();
        return from meta in Meta()
               from narrative in Narrative()
               from subtotalColumn in ArbMap.Default.GeneratorFor<bool>()
               from rows in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true))), optionalRows.Length)
               from cells in Gen.CollectToArray(layout.Fields, CellFor)
               select Build(format, cells, subtotalColumn, optionalRows.Where((_, i) => rows[i]))
                   with { Agency = meta.Agency, Year = meta.Year, PublishedOn = meta.PublishedOn, Narrative = narrative };
    }

    private static GovInfoReport Build(ReportFormat format, ReportCell[] cells, bool subtotalColumn, IEnumerable<string> presentRows)
    {
        var builder = new ReportCellBuilder(format);
        if (subtotalColumn)
        {
            builder.AddOptionalColumn(Labels.ReportTable.Applications, "legalPersonSubtotal");
        }

        foreach (string row in presentRows)
        {
            builder.AddOptionalRow(row);
        }

        for (int i = 0; i < cells.Length; i++)
        {
            builder[i] = cells[i];
        }

        return builder.Build();
    }

    private static string RowPointer(Labels.FieldLabel field) => "/" + field.Table!.Key + "/" + field.Row!.Key;

    private static Gen<ReportCell> CellFor(Labels.FieldLabel field) => field.ValueKind switch
    {
        Labels.FieldValueKind.SignedCount => Signed().Select(ReportCell.From),
        Labels.FieldValueKind.Amount => Amount().Select(ReportCell.From),
        _ => Count().Select(ReportCell.From),
    };

    public static Gen<CountCell> Count() =>
        Gen.Frequency(
            (6, Gen.Choose(0, 60).Select(v => (CountCell)v)),
            (1, Gen.Choose(0, int.MaxValue).Select(v => (CountCell)v)),
            (2, Gen.Constant(CountCell.Blank)),
            (2, Gen.Elements(Marks).Select(CountCell.FromMark)));

    public static Gen<SignedCountCell> Signed() =>
        Gen.Frequency(
            (6, Gen.Choose(-1000, 1000).Select(v => (SignedCountCell)v)),
            (2, Gen.Constant(SignedCountCell.Blank)),
            (2, Gen.Elements(Marks).Select(SignedCountCell.FromMark)));

    public static Gen<AmountCell> Amount() =>
        Gen.Frequency(
            (3, Gen.Choose(0, 1_000_000).Select(v => (AmountCell)(v / 100m))),
            (2, Gen.Choose(0, 5000).Select(v => (AmountCell)v)),
            (2, Gen.Constant(AmountCell.Blank)),
            (2, Gen.Elements(Marks).Select(AmountCell.FromMark)));

    private static Gen<(string? Agency, int Year, CalendarDate? PublishedOn)> Meta() =>
        from agency in Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Gen.Elements(Agencies).Select(a => (string?)a)))
        from year in Gen.Choose(GovInfoReport.MinimumYear, GovInfoReport.MaximumYear)
        from signed in Gen.Frequency((1, Gen.Constant<CalendarDate?>(null)), (2, Date().Select(d => (CalendarDate?)d)))
        select (agency, year, signed);

    private static Gen<CalendarDate> Date() =>
        from year in Gen.Choose(2009, 2100)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        select new CalendarDate(year, month, day);

    private static Gen<string?> Text() =>
        Gen.Frequency(
            (1, Gen.Constant<string?>(null)),
            (2, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(Sentences), n)).Select(lines => (string?)string.Join("\n", lines))));

    private static Gen<string?> Closing() =>
        from name in Gen.Elements(Agencies)
        from date in Date()
        from shape in Gen.Choose(0, 3)
        let line = $"{date.Year}年{date.Month}月{date.Day}日"
        select shape switch
        {
            0 => null,
            1 => name + "\n" + line,
            2 => line,
            _ => name + "\n" + line + "\n图解:",
        };

    private static Gen<ReportNarrative?> Narrative() =>
        from texts in Gen.ArrayOf(Text(), 7)
        from closing in Closing()
        let narrative = new ReportNarrative
        {
            Preamble = texts[0],
            Overview = texts[1],
            ProactiveDisclosure = texts[2],
            Applications = texts[3],
            ReconsiderationAndLitigation = texts[4],
            ProblemsAndImprovements = texts[5],
            // 六 ends in a sentence before a sign-off, as reports do: "无" alone is fine, a bare name is not prose.
            OtherMatters = texts[6],
            Closing = closing,
        }
        select texts.All(t => t is null) && closing is null ? null : narrative;
}
