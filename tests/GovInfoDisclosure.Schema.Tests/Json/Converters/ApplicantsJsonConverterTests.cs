using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Json.Converters;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Json.Converters;

/// <summary>
/// The reading-only converter of a 表三 row must keep the contract of the generated metadata exactly: the same names, the
/// same reports, the same refusals. Reading with <c>"format"</c> first uses it; with <c>"format"</c> elsewhere the generated
/// metadata reads the row, so the two readings of one document are compared.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 200)]
public class ApplicantsJsonConverterTests
{
    private static readonly JsonSerializerOptions WithConverter = new(ReportJson.SerializerOptions) { Converters = { new ApplicantsJsonConverter() } };

    [Fact]
    public void Names_AreTheGeneratedMetadatas_InOrder()
    {
        JsonTypeInfo generated = ReportJson.SerializerOptions.GetTypeInfo(typeof(Applicants));
        Assert.Equal(generated.Properties.Select(p => p.Name), ApplicantsJsonConverter.PropertyNames);
    }

    [Property]
    public bool Write_IsTheGeneratedMetadatas(GovInfoReport report) =>
        JsonSerializer.Serialize(report, (JsonTypeInfo<GovInfoReport>)WithConverter.GetTypeInfo(typeof(GovInfoReport))) == ReportJson.Serialize(report);

    /// <summary>The document with "format" moved to the end: read by the generated metadata.</summary>
    private static string FormatLast(string json)
    {
        int start = json.IndexOf("\"format\":", StringComparison.Ordinal);
        int end = json.IndexOf(',', start);
        string format = json.Substring(start, end - start);
        string rest = json.Remove(start, end - start + 1);
        return rest.Substring(0, rest.LastIndexOf('}')) + "," + format + "}";
    }

    private static readonly string[] RowEdits =
    {
        "remove naturalPerson", "remove total", "add naturalPersons", "duplicate total", "escape naturalPerson", "reverse", "array",
        "null", "number", "string", "legalPerson null", "legalPerson mark", "legalPerson negative", "cell fraction", "cell negative",
        "cell blank string", "cell object", "cell true", "empty object",
    };

    private static readonly string[] Rows =
    {
        "/applications/newlyReceived", "/applications/results/withheld/stateSecret", "/applications/results/total",
        "/applications/results/withheld/subtotal", "/applications/carriedForward",
    };

    [Property(MaxTest = 400)]
    public Property AnEditedRow_IsReadTheSameWayByBothPaths(GovInfoReport report, PositiveInt rowPick, PositiveInt editPick)
    {
        string row = Rows[rowPick.Get % Rows.Length];
        string edit = RowEdits[editPick.Get % RowEdits.Length];
        JsonObject root = JsonNode.Parse(ReportJson.Serialize(report))!.AsObject();
        string raw = "__RAW__";
        JsonNode? target = JsonNodes.Get(root, row);
        if (target is not JsonObject cells)
        {
            cells = new JsonObject { ["naturalPerson"] = 1, ["commercialEnterprise"] = 0, ["researchInstitution"] = 0, ["publicInterestOrganization"] = 0, ["legalServiceAgency"] = 0, ["otherOrganization"] = 0, ["total"] = 1 };
        }

        string replacement;
        switch (edit)
        {
            case "remove naturalPerson": cells.Remove("naturalPerson"); replacement = cells.ToJsonString(); break;
            case "remove total": cells.Remove("total"); replacement = cells.ToJsonString(); break;
            case "add naturalPersons": cells["naturalPersons"] = 1; replacement = cells.ToJsonString(); break;
            case "duplicate total": replacement = cells.ToJsonString().TrimEnd('}') + ",\"total\":1}"; break;
            case "escape naturalPerson": replacement = cells.ToJsonString().Replace("\"naturalPerson\"", "\"\\u006eaturalPerson\""); break;
            case "reverse": replacement = "{" + string.Join(",", cells.Reverse().Select(p => JsonSerializer.Serialize(p.Key, ReportJson.SerializerOptions.GetTypeInfo(typeof(string))) + ":" + (p.Value?.ToJsonString() ?? "null"))) + "}"; break;
            case "array": replacement = "[1,2]"; break;
            case "null": replacement = "null"; break;
            case "number": replacement = "7"; break;
            case "string": replacement = "\"/\""; break;
            case "legalPerson null": cells["legalPersonSubtotal"] = null; replacement = cells.ToJsonString(); break;
            case "legalPerson mark": cells["legalPersonSubtotal"] = "/"; replacement = cells.ToJsonString(); break;
            case "legalPerson negative": cells["legalPersonSubtotal"] = -1; replacement = cells.ToJsonString(); break;
            case "cell fraction": cells["researchInstitution"] = 1.5m; replacement = cells.ToJsonString(); break;
            case "cell negative": cells["total"] = -2; replacement = cells.ToJsonString(); break;
            case "cell blank string": cells["otherOrganization"] = " "; replacement = cells.ToJsonString(); break;
            case "cell object": cells["otherOrganization"] = new JsonObject(); replacement = cells.ToJsonString(); break;
            case "cell true": cells["naturalPerson"] = true; replacement = cells.ToJsonString(); break;
            default: replacement = "{}"; break;
        }

        JsonNodes.Set(root, row, raw);
        string formatFirst = root.ToJsonString().Replace("\"" + raw + "\"", replacement);
        Assert.StartsWith("{\"format\":", formatFirst);
        ReportReadResult fast = ReportJson.Read(formatFirst);
        ReportReadResult generated = ReportJson.Read(FormatLast(formatFirst));
        bool same = Equals(fast.Report, generated.Report)
            && fast.Problems.Select(p => (p.Code, p.Location.Pointer)).SequenceEqual(generated.Problems.Select(p => (p.Code, p.Location.Pointer)));

        // Problems come from the inspector, never from an exception of the fast path.
        bool explained = fast.Problems.All(p => !p.Message.En.StartsWith("The document is not a valid report:", StringComparison.Ordinal));
        return (same && explained).Label($"{row} {edit}: {string.Join("; ", fast.Problems)} | {string.Join("; ", generated.Problems)}");
    }
}
