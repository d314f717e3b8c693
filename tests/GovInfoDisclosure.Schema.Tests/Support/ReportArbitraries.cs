using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Tests.Support;

/// <summary>
/// FsCheck generators of arbitrary well-formed reports of both formats, driven by the label catalogue: every cell is a
/// number (including values near <see cref="int.MaxValue"/>), a blank or a mark; optional rows and columns and
/// narrative texts come and go. Arithmetic is NOT consistent: these are for the JSON laws, not the rules.
/// </summary>
public static class ReportArbitraries
{
    private static readonly string[] Marks = { "/", "-", "—", "--", "无", "N/A", "不适用", "0", " / " };

    private static readonly string[] Texts =
    {
        "本年度未收取信息处理费。", "第一行\n第二行", "引号“三安全一稳定”与\"ASCII\"", "tab\tand \\ backslash", "emoji 😀 and 𠀀",
        "<b>&amp;</b>", "\u2028line separator", "平武县人民政府办公室",
    };

    public static Arbitrary<GovInfoReport> Reports() =>
        Gen.Elements(ReportFormat.Format2021, ReportFormat.Format2019).SelectMany(ForFormat).ToArbitrary();

    public static Gen<GovInfoReport> ForFormat(ReportFormat format)
    {
        LabelCatalogue catalogue = LabelCatalogue.For(format);
        // Optional parts are switched on and off as a whole: a subtotal row, a column, a narrative text.
        string[] optionalGroups = catalogue.Fields.Where(f => f.IsOptional).Select(GroupOf).Distinct().ToArray();
        Gen<bool[]> present = Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), optionalGroups.Length);
        Gen<JsonNode?[]> values = Gen.CollectToArray(catalogue.Fields, f => ValueFor(f, format));

        return present.SelectMany(on => values.Select(v =>
        {
            var enabled = new HashSet<string>(optionalGroups.Where((_, i) => on[i]));
            var root = new JsonObject();
            for (int i = 0; i < catalogue.Fields.Count; i++)
            {
                FieldLabel field = catalogue.Fields[i];
                if (!field.IsOptional || enabled.Contains(GroupOf(field)))
                {
                    JsonNodes.Set(root, field.Pointer, v[i]?.DeepClone());
                }
            }

            return ReportJson.Deserialize(root.ToJsonString());
        }));
    }

    private static string GroupOf(FieldLabel field) =>
        field.Row is { IsOptional: true } row ? row.Key
        : field.Column is { IsOptional: true } column ? field.Row!.Key + "#" + column.Key
        : field.Pointer;

    private static Gen<JsonNode?> ValueFor(FieldLabel field, ReportFormat format) => field.ValueKind switch
    {
        FieldValueKind.Format => Gen.Constant<JsonNode?>(((int)format).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        FieldValueKind.Year => Gen.Choose(GovInfoReport.MinimumYear, GovInfoReport.MaximumYear).Select(y => (JsonNode?)y),
        FieldValueKind.Date => Gen.Choose(0, 40000).Select(d => (JsonNode?)new DateTime(2008, 1, 1).AddDays(d).ToString("yyyy-MM-dd")),
        FieldValueKind.Text => Gen.Frequency((1, Gen.Constant<JsonNode?>(null)), (4, Gen.Elements(Texts).Select(t => (JsonNode?)t))),
        FieldValueKind.Count => Cell(Gen.Frequency((8, Gen.Choose(0, 1000)), (1, Gen.Choose(int.MaxValue - 10, int.MaxValue))).Select(n => (JsonNode?)n)),
        FieldValueKind.SignedCount => Cell(Gen.Frequency((8, Gen.Choose(-1000, 1000)), (1, Gen.Elements(int.MinValue, int.MaxValue))).Select(n => (JsonNode?)n)),
        FieldValueKind.Amount => Cell(Gen.Choose(0, 10_000_000).Select(n => (JsonNode?)(n / 10000m))),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static Gen<JsonNode?> Cell(Gen<JsonNode?> number) => Gen.Frequency(
        (8, number),
        (1, Gen.Constant<JsonNode?>(null)),
        (1, Gen.Elements(Marks).Select(m => (JsonNode?)m)));
}
