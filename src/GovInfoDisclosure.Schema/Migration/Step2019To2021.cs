using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Schema.Migration;

/// <summary>
/// Legacy layout (国办公开办函〔2019〕60号) → current format (国办公开办函〔2021〕30号), following formats.md §4 row by row.
/// </summary>
/// <remarks>
/// The mapping is data (<see cref="Carries"/>), derived from the two label catalogues: a field at the same JSON Pointer
/// in both formats is the same quantity (sections, 表三 but for (六), 表四, the decision counts of 表二), and the
/// differences are listed below with the row of the specification's table that justifies them. A test checks that
/// every legacy field is carried or dropped exactly once and every current field is targeted exactly once. Applying it
/// copies cells between the two formats' catalogue-ordered cell arrays (the rule engine's flattening), so no value passes
/// through text.
/// </remarks>
internal sealed class Step2019To2021 : IMigrationStep
{
    private const string Documents = "/proactiveDisclosure/";
    private const string OtherHandling = "/applications/results/otherHandling";

    public Step2019To2021() => Carries = BuildCarries();

    public ReportFormat From => ReportFormat.Format2019;

    public ReportFormat To => ReportFormat.Format2021;

    public IReadOnlyList<FieldCarry> Carries { get; }

    public GovInfoReport Apply(GovInfoReport source, List<MigrationNote> notes)
    {
        var legacy = (Report2019)source;
        CellLayout from = CellLayout.Format2019;
        CellLayout to = CellLayout.Format2021;
        ReportCell[] sourceCells = new ReportCell[from.Count];
        ReportCells.Read(legacy, sourceCells);
        var targetCells = new ReportCell[to.Count]; // every cell absent until a carry fills it

        foreach (FieldCarry carry in Carries)
        {
            if (carry.Kind == CarryKind.NotCarried)
            {
                // A required field the legacy layout lacks stays blank; an optional one (a column the source does not
                // print) stays absent.
                if (to.TryGetIndex(carry.TargetPointer!, out int blank) && !to.Fields[blank].IsOptional)
                {
                    targetCells[blank] = ReportCell.Blank;
                    notes.Add(new MigrationNote(carry, null));
                }

                continue;
            }

            if (!from.TryGetIndex(carry.SourcePointer!, out int index))
            {
                // Not a cell: the envelope and the narrative, copied below as they are.
                if (EnvelopeJson(legacy, carry.SourcePointer!) is { } json)
                {
                    notes.Add(new MigrationNote(carry, json));
                }

                continue;
            }

            ReportCell value = sourceCells[index];
            if (value.IsAbsent)
            {
                continue; // an optional part the source does not have
            }

            if (carry.TargetPointer is not null)
            {
                targetCells[to.IndexOf(carry.TargetPointer)] = value;
            }

            notes.Add(new MigrationNote(carry, CellJson(value)));
        }

        var report = (Report2021)ReportCells.Build(ReportFormat.Format2021, targetCells);
        return report with { Agency = legacy.Agency, Year = legacy.Year, PublishedOn = legacy.PublishedOn, Narrative = legacy.Narrative };
    }

    private static string CellJson(ReportCell value) => value.Kind switch
    {
        CellKind.Number => value.Number.ToString(CultureInfo.InvariantCulture),
        CellKind.Mark => JsonString(value.Mark!),
        _ => "null",
    };

    private static string? EnvelopeJson(Report2019 legacy, string pointer)
    {
        ReportNarrative? n = legacy.Narrative;
        return pointer switch
        {
            "/agency" => legacy.Agency is { } agency ? JsonString(agency) : "null",
            "/year" => legacy.Year.ToString(CultureInfo.InvariantCulture),
            "/publishedOn" => legacy.PublishedOn is { } date ? JsonString(date.ToString()) : null,
            "/narrative/preamble" => Text(n?.Preamble),
            "/narrative/overview" => Text(n?.Overview),
            "/narrative/proactiveDisclosure" => Text(n?.ProactiveDisclosure),
            "/narrative/applications" => Text(n?.Applications),
            "/narrative/reconsiderationAndLitigation" => Text(n?.ReconsiderationAndLitigation),
            "/narrative/problemsAndImprovements" => Text(n?.ProblemsAndImprovements),
            "/narrative/otherMatters" => Text(n?.OtherMatters),
            "/narrative/closing" => Text(n?.Closing),
            _ => throw new InvalidOperationException($"The legacy field {pointer} is neither a cell nor an envelope field."),
        };

        static string? Text(string? text) => text is null ? null : JsonString(text);
    }

    private static string JsonString(string text)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStringValue(text);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static IReadOnlyList<FieldCarry> BuildCarries()
    {
        var carries = new List<FieldCarry>();
        var targeted = new HashSet<string>(StringComparer.Ordinal) { "/format" };

        foreach (FieldLabel field in LabelCatalogue.Format2019.Fields)
        {
            if (field.Pointer == "/format")
            {
                continue;
            }

            FieldCarry carry = Special(field) ?? (LabelCatalogue.Format2021.TryGetField(field.Pointer, out _)
                ? new FieldCarry(CarryKind.Exact, field.Pointer, field.Pointer, Same)
                : throw new InvalidOperationException($"The legacy field {field.Pointer} has no migration rule."));
            carries.Add(carry);
            if (carry.TargetPointer is not null)
            {
                targeted.Add(carry.TargetPointer);
            }
        }

        foreach (FieldLabel field in LabelCatalogue.Format2021.Fields)
        {
            if (!targeted.Contains(field.Pointer))
            {
                carries.Add(new FieldCarry(CarryKind.NotCarried, null, field.Pointer, NotCarriedReason(field.Pointer)));
            }
        }

        return carries.ToArray();
    }

    private static readonly BilingualText Same = new("两种格式中为同一项，照录。", "The same field in both formats: copied.");

    /// <summary>The legacy fields that do not carry to the same pointer (formats.md §4).</summary>
    private static FieldCarry? Special(FieldLabel field)
    {
        string p = field.Pointer;
        string column = p.Substring(p.LastIndexOf('/') + 1);

        if (p.StartsWith(OtherHandling + "/", StringComparison.Ordinal))
        {
            // §4 row 19: the single (六)其他处理 row is the total of the three current rows; the split is unknown.
            return new FieldCarry(CarryKind.Exact, p, OtherHandling + "/subtotal/" + column, new BilingualText(
                "旧版(六)其他处理为单行，等于新版(六)三个子项之和：录入小计(subtotal)，三个子项无法拆分，留空（§4 第19行）。",
                "The legacy single (六)其他处理 row is the total of the three current rows: it goes to the group subtotal; the three rows cannot be split and stay blank (§4 row 19)."));
        }

        if (!p.StartsWith(Documents, StringComparison.Ordinal))
        {
            return null;
        }

        string row = p.Substring(Documents.Length, p.LastIndexOf('/') - Documents.Length);
        return (row, column) switch
        {
            ("rules" or "normativeDocuments", "newlyMade") => new FieldCarry(CarryKind.Approximate, p, Documents + row + "/issued", new BilingualText(
                "本年新制作数量 → 本年制发件数：“制作”与“制发”近似而非等同，照录并标记为近似（§4 第5行）。",
                "本年新制作数量 (made this year) → 本年制发件数 (issued this year): related, not the same quantity; copied and flagged approximate (§4 row 5).")),
            ("rules" or "normativeDocuments", "newlyPublished") => Dropped(p,
                "本年新公开数量在新版中无对应项，仅保留于迁移记录（§4 第6行）。",
                "本年新公开数量 (newly published) has no counterpart in the current format; kept in the notes only (§4 row 6)."),
            ("rules" or "normativeDocuments", "publishedTotal") => Dropped(p,
                "对外公开总数量为累计数（含已废止文件），不等于现行有效件数，不予转入；仅作上限参考保留于迁移记录（§4 第7行）。",
                "对外公开总数量 is cumulative (repealed documents included), not 现行有效件数 (in force); not carried, kept in the notes as an upper-bound hint (§4 row 7)."),
            ("otherExternalServices", _) => Dropped(p,
                "新版无“其他对外管理服务事项”行，仅保留于迁移记录（§4 第10行）。",
                "The current format has no 其他对外管理服务事项 row; kept in the notes only (§4 row 10)."),
            ("administrativeFees", _) => Dropped(p,
                "旧版(八)为收费项目数量，新版为收费金额(万元)：项目数不能折算为金额，仅保留于迁移记录（§4 第15行）。",
                "The legacy (八) counts fee items, the current format states an amount in 万元: an item count is never an amount; kept in the notes only (§4 row 15)."),
            ("centralizedProcurement", _) => Dropped(p,
                "新版无第二十条第(九)项政府集中采购，仅保留于迁移记录（§4 第16行）。",
                "The current format has no 第二十条第(九)项 (centralised procurement) block; kept in the notes only (§4 row 16)."),
            (_, "previousYearItems" or "change") => Dropped(p,
                "新版删除了上一年项目数量和本年增/减两列，仅保留于迁移记录（§4 第12行）。",
                "The current format removed the columns 上一年项目数量 and 本年增/减; kept in the notes only (§4 row 12)."),
            _ => null,
        };
    }

    private static FieldCarry Dropped(string pointer, string zh, string en) => new(CarryKind.Dropped, pointer, null, new BilingualText(zh, en));

    private static BilingualText NotCarriedReason(string pointer)
    {
        if (pointer.EndsWith("/repealed", StringComparison.Ordinal))
        {
            return new BilingualText("本年废止件数为新版新增列，旧版无此数据：留空，不填0（§4 第8行）。",
                "本年废止件数 (repealed) is new in the current format; the legacy layout has no such figure: blank, not 0 (§4 row 8).");
        }

        if (pointer.EndsWith("/inForce", StringComparison.Ordinal))
        {
            return new BilingualText("现行有效件数无法由旧版对外公开总数量推出：留空（§4 第7行）。",
                "现行有效件数 (in force) cannot be derived from the legacy 对外公开总数量: blank (§4 row 7).");
        }

        if (pointer.StartsWith("/proactiveDisclosure/administrativeFees/", StringComparison.Ordinal))
        {
            return new BilingualText("本年收费金额(万元)无法由旧版收费项目数量推出：留空（§4 第15行）。",
                "本年收费金额 (fees in 万元) cannot be derived from the legacy fee item counts: blank (§4 row 15).");
        }

        return new BilingualText("旧版(六)其他处理未分三项：该项留空，总数见小计（§4 第19行）。",
            "The legacy (六)其他处理 row is not split in three: this row stays blank; the total is in the subtotal (§4 row 19).");
    }
}
