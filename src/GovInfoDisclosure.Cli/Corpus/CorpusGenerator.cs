using System;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Json;
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

        Applicants Row(int[] six, ref SplitMix64 r, bool leaf)
        {
            var row = new Applicants
            {
                NaturalPerson = six[0],
                CommercialEnterprise = six[1],
                ResearchInstitution = six[2],
                PublicInterestOrganization = six[3],
                LegalServiceAgency = six[4],
                OtherOrganization = six[5],
                Total = six[0] + six[1] + six[2] + six[3] + six[4] + six[5],
                LegalPersonSubtotal = legalPersonColumn ? six[1] + six[2] + six[3] + six[4] + six[5] : null,
            };

            // Only a leaf of the results is made unknown, so that a blank never hides a wrong total.
            if (leaf && unknownPercent > 0 && r.Percent(unknownPercent))
            {
                row = r.Percent(50)
                    ? row with { OtherOrganization = CountCell.Blank }
                    : row with { NaturalPerson = CountCell.FromMark(r.Pick(Marks)) };
            }

            return row;
        }

        Applicants? Subtotal(ref SplitMix64 r, int[][] group) => r.Percent(30) ? Row(Sum(group), ref r, leaf: false) : null;
        var withheldResults = new WithheldResults
        {
            StateSecret = Row(withheld[0], ref cells, true), ProhibitedByLaw = Row(withheld[1], ref cells, true),
            EndangersSafetyOrStability = Row(withheld[2], ref cells, true), ThirdPartyRights = Row(withheld[3], ref cells, true),
            InternalAffairs = Row(withheld[4], ref cells, true), ProcessInformation = Row(withheld[5], ref cells, true),
            LawEnforcementFiles = Row(withheld[6], ref cells, true), AdministrativeQuery = Row(withheld[7], ref cells, true),
            Subtotal = Subtotal(ref cells, withheld),
        };
        var unableResults = new UnableToProvideResults
        {
            NotHeld = Row(unable[0], ref cells, true), NeedsCreation = Row(unable[1], ref cells, true),
            UnclearAfterCorrection = Row(unable[2], ref cells, true), Subtotal = Subtotal(ref cells, unable),
        };
        var notProcessedResults = new NotProcessedResults
        {
            PetitionOrComplaint = Row(notProcessed[0], ref cells, true), Duplicate = Row(notProcessed[1], ref cells, true),
            Publication = Row(notProcessed[2], ref cells, true), ExcessiveRepeated = Row(notProcessed[3], ref cells, true),
            ConfirmationOfObtained = Row(notProcessed[4], ref cells, true), Subtotal = Subtotal(ref cells, notProcessed),
        };

        CaseOutcomes Outcomes(ref SplitMix64 r)
        {
            int a = r.Percent(70) ? 0 : r.Between(1, 4), b = r.Percent(85) ? 0 : r.Between(1, 2);
            int c = r.Percent(85) ? 0 : r.Between(1, 2), d = r.Percent(85) ? 0 : r.Between(1, 3);
            return new CaseOutcomes { Upheld = a, Corrected = b, OtherOutcome = c, Pending = d, Total = a + b + c + d };
        }

        var litigation = new ReconsiderationAndLitigation
        {
            Reconsideration = Outcomes(ref cells),
            LitigationWithoutReconsideration = Outcomes(ref cells),
            LitigationAfterReconsideration = Outcomes(ref cells),
        };

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

        if (!legacy)
        {
            return new Report2021
            {
                Agency = agency,
                Year = year,
                PublishedOn = publishedOn,
                Narrative = narrative,
                ProactiveDisclosure = new ProactiveDisclosure2021
                {
                    Rules = Documents2021(ref cells),
                    NormativeDocuments = Documents2021(ref cells),
                    AdministrativeLicensing = new DecisionCount { Decisions = cells.Between(0, 5000) },
                    AdministrativePenalty = new DecisionCount { Decisions = cells.Between(0, 800) },
                    AdministrativeEnforcement = new DecisionCount { Decisions = cells.Percent(40) ? 0 : cells.Between(1, 100) },
                    AdministrativeFees = new FeeAmount { Amount = cells.Percent(60) ? 0m : cells.Between(1, 99999) / 100m },
                },
                Applications = new ApplicationTable2021
                {
                    NewlyReceived = Row(received, ref cells, false),
                    CarriedOver = Row(over, ref cells, false),
                    Results = new ApplicationResults2021
                    {
                        Granted = Row(granted, ref cells, true), PartiallyGranted = Row(partial, ref cells, true),
                        Withheld = withheldResults, UnableToProvide = unableResults, NotProcessed = notProcessedResults,
                        OtherHandling = new OtherHandlingResults
                        {
                            OverdueCorrection = Row(other[0], ref cells, true), OverdueFee = Row(other[1], ref cells, true),
                            Other = Row(other[2], ref cells, true), Subtotal = Subtotal(ref cells, other),
                        },
                        Total = Row(total, ref cells, false),
                    },
                    CarriedForward = Row(forward, ref cells, false),
                },
                ReconsiderationAndLitigation = litigation,
            };
        }

        return new Report2019
        {
            Agency = agency,
            Year = year,
            PublishedOn = publishedOn,
            Narrative = narrative,
            ProactiveDisclosure = new ProactiveDisclosure2019
            {
                Rules = Documents2019(ref cells),
                NormativeDocuments = Documents2019(ref cells),
                AdministrativeLicensing = Items(ref cells),
                OtherExternalServices = Items(ref cells),
                AdministrativePenalty = Items(ref cells),
                AdministrativeEnforcement = Items(ref cells),
                AdministrativeFees = Fees(ref cells),
                CentralizedProcurement = new ProcurementSummary { Projects = cells.Between(0, 30), Amount = cells.Between(0, 99999) / 10m },
            },
            Applications = new ApplicationTable2019
            {
                NewlyReceived = Row(received, ref cells, false),
                CarriedOver = Row(over, ref cells, false),
                Results = new ApplicationResults2019
                {
                    Granted = Row(granted, ref cells, true), PartiallyGranted = Row(partial, ref cells, true),
                    Withheld = withheldResults, UnableToProvide = unableResults, NotProcessed = notProcessedResults,
                    OtherHandling = Row(other[0], ref cells, true), Total = Row(total, ref cells, false),
                },
                CarriedForward = Row(forward, ref cells, false),
            },
            ReconsiderationAndLitigation = litigation,
        };
    }

    private static DocumentCounts Documents2021(ref SplitMix64 r) =>
        new() { Issued = r.Between(0, 20), Repealed = r.Between(0, 5), InForce = r.Between(0, 200) };

    private static LegacyDocumentCounts Documents2019(ref SplitMix64 r)
    {
        int publishedTotal = r.Between(0, 200);
        return new LegacyDocumentCounts { NewlyMade = r.Between(0, 20), NewlyPublished = Math.Min(r.Between(0, 20), publishedTotal), PublishedTotal = publishedTotal };
    }

    private static LegacyItemCounts Items(ref SplitMix64 r)
    {
        int previous = r.Between(0, 300);
        return new LegacyItemCounts { PreviousYearItems = previous, Change = r.Between(0, 300) - previous, Decisions = r.Between(0, 5000) };
    }

    private static LegacyFeeItems Fees(ref SplitMix64 r)
    {
        int previous = r.Between(0, 10);
        return new LegacyFeeItems { PreviousYearItems = previous, Change = r.Between(0, 10) - previous };
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

    /// <summary>Breaks one error-severity rule by changing one total.</summary>
    private static GovInfoReport BreakRule(GovInfoReport report, ref SplitMix64 random)
    {
        int by = random.Between(1, 9);
        CountCell Bump(CountCell cell) => cell.TryGetNumber(out int n) ? n + by : by;
        ReconsiderationAndLitigation litigation = report.ReconsiderationAndLitigation;
        switch (random.Next(4))
        {
            case 0:
                return report with { ReconsiderationAndLitigation = litigation with { Reconsideration = litigation.Reconsideration with { Total = Bump(litigation.Reconsideration.Total) } } };
            case 1:
                return report switch
                {
                    Report2021 r => r with { Applications = r.Applications with { CarriedForward = r.Applications.CarriedForward with { NaturalPerson = Bump(r.Applications.CarriedForward.NaturalPerson) } } },
                    Report2019 r => r with { Applications = r.Applications with { CarriedForward = r.Applications.CarriedForward with { NaturalPerson = Bump(r.Applications.CarriedForward.NaturalPerson) } } },
                    _ => report,
                };
            case 2:
                return report switch
                {
                    Report2021 r => r with { Applications = r.Applications with { NewlyReceived = r.Applications.NewlyReceived with { Total = Bump(r.Applications.NewlyReceived.Total) } } },
                    Report2019 r => r with { Applications = r.Applications with { NewlyReceived = r.Applications.NewlyReceived with { Total = Bump(r.Applications.NewlyReceived.Total) } } },
                    _ => report,
                };
            default:
                return report switch
                {
                    Report2021 r => r with { Applications = r.Applications with { Results = r.Applications.Results with { Total = r.Applications.Results.Total with { CommercialEnterprise = Bump(r.Applications.Results.Total.CommercialEnterprise) } } } },
                    Report2019 r => r with { Applications = r.Applications with { Results = r.Applications.Results with { Total = r.Applications.Results.Total with { CommercialEnterprise = Bump(r.Applications.Results.Total.CommercialEnterprise) } } } },
                    _ => report,
                };
        }
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
