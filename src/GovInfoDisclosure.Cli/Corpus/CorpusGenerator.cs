using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>
/// Generates a synthetic corpus of report documents, one compact JSON document per line, deterministically from a seed:
/// valid reports of both formats (with blank and marked cells, optional subtotal rows and columns), reports with a broken
/// rule, documents that break the JSON contract, and documents that are not reports at all.
/// </summary>
/// <remarks>
/// Line <c>i</c> depends only on the seed and <c>i</c>, so a shorter corpus is a prefix of a longer one with the same seed.
/// Valid reports are valid by construction: leaves are drawn, every total is computed here. Thread-safe (no state).
/// </remarks>
internal sealed class CorpusGenerator
{
    private static readonly string[] Places = { "平武县", "华容区", "临夏县", "临河区", "某市", "某自治州", "新区", "江北县", "东城区", "西山镇" };

    private static readonly string[] Bodies = { "人民政府办公室", "信访局", "民政局", "自然资源局", "教育局", "卫生健康局", "人力资源和社会保障局", "住房和城乡建设局", "市场监督管理局", "人民政府" };

    private static readonly string[] Marks = { "/", "-", "无", "—" };

    /// <summary>The applicant columns of 表三 in catalogue order (the optional 法人或其他组织小计 apart).</summary>
    private static readonly string[] ApplicantColumns =
        { "naturalPerson", "commercialEnterprise", "researchInstitution", "publicInterestOrganization", "legalServiceAgency", "otherOrganization", "total" };

    private const string LegalPersonSubtotal = "legalPersonSubtotal";

    private static readonly char[] NotJsonStarts = { '#', '%', '&', '<', '@', '~', '平' };

    private static readonly JsonTypeInfo<GovInfoReport> Compact = CreateCompact();

    private static readonly JsonSerializerOptions NodeOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ulong _seed;
    private readonly int _brokenPercent;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed: the same seed gives the same corpus.</param>
    /// <param name="brokenPercent">The share of lines that are not valid reports, 0 to 100; they are split about 5 : 3 : 2
    /// between broken rules, broken JSON contract and unreadable documents.</param>
    public CorpusGenerator(ulong seed, int brokenPercent)
    {
        if (brokenPercent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(brokenPercent), brokenPercent, "A percentage from 0 to 100.");
        }

        _seed = seed;
        _brokenPercent = brokenPercent;
    }

    /// <summary>The line at <paramref name="index"/>: a document without line end, and what it is meant to be.</summary>
    public (string Line, GeneratedKind Kind) Line(long index)
    {
        SplitMix64 random = SplitMix64.ForItem(_seed, index);
        GeneratedKind kind = GeneratedKind.Valid;
        if (random.Next(100) < _brokenPercent)
        {
            int which = random.Next(10);
            kind = which < 5 ? GeneratedKind.RuleBroken : which < 8 ? GeneratedKind.ContractBroken : GeneratedKind.Unreadable;
        }

        GovInfoReport report = Report(ref random, index);
        switch (kind)
        {
            case GeneratedKind.RuleBroken:
                return (Serialize(BreakRule(report, ref random)), kind);
            case GeneratedKind.ContractBroken:
                return (BreakContract(Serialize(report), ref random), kind);
            case GeneratedKind.Unreadable:
                return (MakeUnreadable(Serialize(report), ref random), kind);
            default:
                return (Serialize(report), kind);
        }
    }

    /// <summary>A valid report: leaves drawn, every total computed.</summary>
    public static GovInfoReport Report(ref SplitMix64 random, long index)
    {
        bool legacy = random.Percent(15);
        bool legalPersonColumn = random.Percent(10);

        // A few reports leave cells blank or print a mark: their rules are indeterminate, the report stays valid.
        int unknownPercent = random.Percent(15) ? random.Between(1, 10) : 0;
        SplitMix64 cells = new(random.NextUInt64());

        int[] Six(ref SplitMix64 r)
        {
            var row = new int[6];
            row[0] = r.Percent(45) ? 0 : r.Between(1, 40);
            for (int c = 1; c < 6; c++)
            {
                row[c] = r.Percent(85) ? 0 : r.Between(1, 5);
            }

            return row;
        }

        int[] granted = Six(ref cells), partial = Six(ref cells);
        int[][] withheld = { Six(ref cells), Six(ref cells), Six(ref cells), Six(ref cells), Six(ref cells), Six(ref cells), Six(ref cells), Six(ref cells) };
        int[][] unable = { Six(ref cells), Six(ref cells), Six(ref cells) };
        int[][] notProcessed = { Six(ref cells), Six(ref cells), Six(ref cells), Six(ref cells), Six(ref cells) };
        int[][] other = legacy ? new[] { Six(ref cells) } : new[] { Six(ref cells), Six(ref cells), Six(ref cells) };
        int[] total = Sum(granted, partial, Sum(withheld), Sum(unable), Sum(notProcessed), Sum(other));
        int[] forward = Six(ref cells);
        int[] over = Six(ref cells);
        var received = new int[6];
        for (int c = 0; c < 6; c++)
        {
            over[c] = Math.Min(over[c], total[c] + forward[c]);
            received[c] = total[c] + forward[c] - over[c];
        }

        ReportCell[] Row(int[] six, ref SplitMix64 r, bool leaf)
        {
            var row = new ReportCell[ApplicantColumns.Length + 1];
            for (int c = 0; c < 6; c++)
            {
                row[c] = ReportCell.FromNumber(six[c]);
            }

            row[6] = ReportCell.FromNumber(six[0] + six[1] + six[2] + six[3] + six[4] + six[5]);
            row[7] = ReportCell.FromNumber(six[1] + six[2] + six[3] + six[4] + six[5]);

            // Only a leaf of the results is made unknown, so that a blank never hides a wrong total.
            if (leaf && unknownPercent > 0 && r.Percent(unknownPercent))
            {
                if (r.Percent(50))
                {
                    row[5] = ReportCell.Blank;
                }
                else
                {
                    row[0] = ReportCell.FromMark(r.Pick(Marks));
                }
            }

            return row;
        }

        ReportCell[]? Subtotal(ref SplitMix64 r, int[][] group) => r.Percent(30) ? Row(Sum(group), ref r, leaf: false) : null;
        // The report is assembled cell by cell through the core's builder; the draws keep the order they always had, so a
        // seed gives the same corpus.
        const string A = "/applications";
        const string R = A + "/results";
        const string P = "/proactiveDisclosure";
        var builder = new ReportCellBuilder(legacy ? ReportFormat.Format2019 : ReportFormat.Format2021);
        if (legalPersonColumn)
        {
            builder.AddOptionalColumn(ReportTable.Applications, LegalPersonSubtotal);
        }

        Put(builder, R + "/withheld/stateSecret", Row(withheld[0], ref cells, true));
        Put(builder, R + "/withheld/prohibitedByLaw", Row(withheld[1], ref cells, true));
        Put(builder, R + "/withheld/endangersSafetyOrStability", Row(withheld[2], ref cells, true));
        Put(builder, R + "/withheld/thirdPartyRights", Row(withheld[3], ref cells, true));
        Put(builder, R + "/withheld/internalAffairs", Row(withheld[4], ref cells, true));
        Put(builder, R + "/withheld/processInformation", Row(withheld[5], ref cells, true));
        Put(builder, R + "/withheld/lawEnforcementFiles", Row(withheld[6], ref cells, true));
        Put(builder, R + "/withheld/administrativeQuery", Row(withheld[7], ref cells, true));
        Put(builder, R + "/withheld/subtotal", Subtotal(ref cells, withheld));
        Put(builder, R + "/unableToProvide/notHeld", Row(unable[0], ref cells, true));
        Put(builder, R + "/unableToProvide/needsCreation", Row(unable[1], ref cells, true));
        Put(builder, R + "/unableToProvide/unclearAfterCorrection", Row(unable[2], ref cells, true));
        Put(builder, R + "/unableToProvide/subtotal", Subtotal(ref cells, unable));
        Put(builder, R + "/notProcessed/petitionOrComplaint", Row(notProcessed[0], ref cells, true));
        Put(builder, R + "/notProcessed/duplicate", Row(notProcessed[1], ref cells, true));
        Put(builder, R + "/notProcessed/publication", Row(notProcessed[2], ref cells, true));
        Put(builder, R + "/notProcessed/excessiveRepeated", Row(notProcessed[3], ref cells, true));
        Put(builder, R + "/notProcessed/confirmationOfObtained", Row(notProcessed[4], ref cells, true));
        Put(builder, R + "/notProcessed/subtotal", Subtotal(ref cells, notProcessed));

        foreach (string kind in new[] { "reconsideration", "litigationWithoutReconsideration", "litigationAfterReconsideration" })
        {
            int a = cells.Percent(70) ? 0 : cells.Between(1, 4), b = cells.Percent(85) ? 0 : cells.Between(1, 2);
            int c = cells.Percent(85) ? 0 : cells.Between(1, 2), d = cells.Percent(85) ? 0 : cells.Between(1, 3);
            string row = "/reconsiderationAndLitigation/" + kind;
            builder[row + "/upheld"] = ReportCell.FromNumber(a);
            builder[row + "/corrected"] = ReportCell.FromNumber(b);
            builder[row + "/otherOutcome"] = ReportCell.FromNumber(c);
            builder[row + "/pending"] = ReportCell.FromNumber(d);
            builder[row + "/total"] = ReportCell.FromNumber(a + b + c + d);
        }

        string? agency = random.Percent(3) ? null : random.Pick(Places) + random.Pick(Bodies);
        int year = legacy ? random.Between(2019, 2020) : random.Between(2021, 2025);
        CalendarDate? publishedOn = random.Percent(60) ? new CalendarDate(year + 1, 1, random.Between(1, 31)) : null;
        int received0 = received[0] + received[1] + received[2] + received[3] + received[4] + received[5];
        ReportNarrative? narrative = random.Percent(50)
            ? new ReportNarrative
            {
                Overview = string.Create(CultureInfo.InvariantCulture,
                    $"{year}年，{agency ?? "本机关"}认真贯彻落实《中华人民共和国政府信息公开条例》。全年共收到政府信息公开申请{received0}件。（合成报告第 {index} 号）"),
            }
            : null;

        void Count(string pointer, int value) => builder[pointer] = ReportCell.FromNumber(value);

        if (!legacy)
        {
            foreach (string documents in new[] { "/rules", "/normativeDocuments" })
            {
                Count(P + documents + "/issued", cells.Between(0, 20));
                Count(P + documents + "/repealed", cells.Between(0, 5));
                Count(P + documents + "/inForce", cells.Between(0, 200));
            }

            Count(P + "/administrativeLicensing/decisions", cells.Between(0, 5000));
            Count(P + "/administrativePenalty/decisions", cells.Between(0, 800));
            Count(P + "/administrativeEnforcement/decisions", cells.Percent(40) ? 0 : cells.Between(1, 100));
            builder[P + "/administrativeFees/amount"] = ReportCell.FromNumber(cells.Percent(60) ? 0m : cells.Between(1, 99999) / 100m);
        }
        else
        {
            foreach (string documents in new[] { "/rules", "/normativeDocuments" })
            {
                int publishedTotal = cells.Between(0, 200);
                Count(P + documents + "/newlyMade", cells.Between(0, 20));
                Count(P + documents + "/newlyPublished", Math.Min(cells.Between(0, 20), publishedTotal));
                Count(P + documents + "/publishedTotal", publishedTotal);
            }

            foreach (string item in new[] { "/administrativeLicensing", "/otherExternalServices", "/administrativePenalty", "/administrativeEnforcement" })
            {
                int previous = cells.Between(0, 300);
                Count(P + item + "/previousYearItems", previous);
                Count(P + item + "/change", cells.Between(0, 300) - previous);
                Count(P + item + "/decisions", cells.Between(0, 5000));
            }

            int previousFees = cells.Between(0, 10);
            Count(P + "/administrativeFees/previousYearItems", previousFees);
            Count(P + "/administrativeFees/change", cells.Between(0, 10) - previousFees);
            Count(P + "/centralizedProcurement/projects", cells.Between(0, 30));
            builder[P + "/centralizedProcurement/amount"] = ReportCell.FromNumber(cells.Between(0, 99999) / 10m);
        }

        Put(builder, A + "/newlyReceived", Row(received, ref cells, false));
        Put(builder, A + "/carriedOver", Row(over, ref cells, false));
        Put(builder, R + "/granted", Row(granted, ref cells, true));
        Put(builder, R + "/partiallyGranted", Row(partial, ref cells, true));
        if (!legacy)
        {
            Put(builder, R + "/otherHandling/overdueCorrection", Row(other[0], ref cells, true));
            Put(builder, R + "/otherHandling/overdueFee", Row(other[1], ref cells, true));
            Put(builder, R + "/otherHandling/other", Row(other[2], ref cells, true));
            Put(builder, R + "/otherHandling/subtotal", Subtotal(ref cells, other));
        }
        else
        {
            Put(builder, R + "/otherHandling", Row(other[0], ref cells, true));
        }

        Put(builder, R + "/total", Row(total, ref cells, false));
        Put(builder, A + "/carriedForward", Row(forward, ref cells, false));
        return builder.Build() with { Agency = agency, Year = year, PublishedOn = publishedOn, Narrative = narrative };
    }

    /// <summary>Writes a row of 表三 (the applicant columns) into the builder; a <see langword="null"/> row stays absent.</summary>
    private static void Put(ReportCellBuilder builder, string row, ReportCell[]? r)
    {
        if (r is null)
        {
            return;
        }

        if (builder.Layout.Catalogue.TryGetField(row + "/total", out FieldLabel field) && field.Row!.IsOptional)
        {
            builder.AddOptionalRow(row);
        }

        for (int c = 0; c < ApplicantColumns.Length; c++)
        {
            builder[row + "/" + ApplicantColumns[c]] = r[c];
        }

        if (builder.HasOptionalColumn(ReportTable.Applications, LegalPersonSubtotal))
        {
            builder[row + "/" + LegalPersonSubtotal] = r[ApplicantColumns.Length];
        }
    }

    private static int[] Sum(params int[][] rows)
    {
        var sum = new int[6];
        foreach (int[] row in rows)
        {
            for (int c = 0; c < 6; c++)
            {
                sum[c] += row[c];
            }
        }

        return sum;
    }

    /// <summary>Breaks one error-severity rule by changing one total (through the core's cell walker, the same for both formats).</summary>
    private static GovInfoReport BreakRule(GovInfoReport report, ref SplitMix64 random)
    {
        int by = random.Between(1, 9);
        string pointer = random.Next(4) switch
        {
            0 => "/reconsiderationAndLitigation/reconsideration/total",
            1 => "/applications/carriedForward/naturalPerson",
            2 => "/applications/newlyReceived/total",
            _ => "/applications/results/total/commercialEnterprise",
        };
        ReportCell[] cells = ReportCells.Read(report).ToArray();
        int index = CellLayout.For(report.Format).IndexOf(pointer);
        cells[index] = ReportCell.FromNumber(cells[index].TryGetNumber(out decimal n) ? n + by : by);
        return ReportCells.With(report, cells);
    }

    /// <summary>Breaks the JSON contract in one place; the document stays JSON with a known format.</summary>
    private static string BreakContract(string json, ref SplitMix64 random)
    {
        JsonObject root = JsonNode.Parse(json)!.AsObject();
        JsonObject applications = root["applications"]!.AsObject();
        JsonObject litigation = root["reconsiderationAndLitigation"]!.AsObject();
        switch (random.Next(8))
        {
            case 0:
                applications["newlyReceived"]!["naturalPerson"] = -random.Between(1, 9);
                break;
            case 1:
                litigation["reconsideration"]!["upheld"] = 1.5m;
                break;
            case 2:
                applications["carriedOver"]!.AsObject()["naturalPersons"] = 1;
                break;
            case 3:
                applications["carriedForward"]!.AsObject().Remove("total");
                break;
            case 4:
                litigation["litigationWithoutReconsideration"]!["pending"] = " ";
                break;
            case 5:
                root["publishedOn"] = "2025-02-30";
                break;
            case 6:
                // A number beyond long: JsonNode cannot hold it, so it goes in as text.
                applications["carriedOver"]!["total"] = "__BEYOND_LONG__";
                return root.ToJsonString(NodeOptions).Replace("\"__BEYOND_LONG__\"", "123456789012345678901234567890");
            default:
                // A duplicated property: JsonNode cannot hold it either.
                string text = root.ToJsonString(NodeOptions);
                return text.Replace("\"year\":", "\"year\":2024,\"year\":");
        }

        return root.ToJsonString(NodeOptions);
    }

    /// <summary>Makes a document that is not a report: truncated, not JSON, not an object, no or an unknown format, too deep.</summary>
    private static string MakeUnreadable(string json, ref SplitMix64 random)
    {
        switch (random.Next(7))
        {
            case 0:
                return json.Substring(0, random.Between(1, json.Length - 1));
            case 1:
                return "{\"format\":\"2030\"" + json.Substring(json.IndexOf(',', StringComparison.Ordinal));
            case 2:
                return "{" + json.Substring(json.IndexOf(',', StringComparison.Ordinal) + 1);
            case 3:
                return "[" + json + "]";
            case 4:
                // Printable ASCII and CJK after a character no JSON text starts with: text, but not JSON.
                var garbage = new StringBuilder().Append(random.Pick(NotJsonStarts));
                int length = random.Between(1, 200);
                for (int i = 0; i < length; i++)
                {
                    garbage.Append(random.Percent(70) ? (char)random.Between(0x21, 0x7E) : (char)random.Between(0x4E00, 0x9FA5));
                }

                return garbage.ToString();
            case 5:
                int depth = random.Between(ReportJson.MaxDepth, 60);
                return json.Substring(0, json.Length - 1) + ",\"deep\":" + new string('[', depth) + new string(']', depth) + "}";
            default:
                return "{}";
        }
    }

    private static string Serialize(GovInfoReport report) => JsonSerializer.Serialize(report, Compact);

    private static JsonTypeInfo<GovInfoReport> CreateCompact()
    {
        var options = new JsonSerializerOptions(ReportJson.SerializerOptions) { WriteIndented = false };
        return (JsonTypeInfo<GovInfoReport>)options.GetTypeInfo(typeof(GovInfoReport));
    }
}
