using System.Linq;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Json;

/// <summary>
/// <c>"format"</c> may stand anywhere in the root object. The reader takes a faster path when it comes first (as writers put
/// it); both paths must read the same report and find the same problems.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 150)]
public class ReportJsonFormatPositionTests
{
    /// <summary>The document with "format" moved to position <paramref name="position"/> of the root object.</summary>
    private static string MoveFormat(string json, int position)
    {
        JsonObject root = JsonNode.Parse(json)!.AsObject();
        var properties = root.Select(p => (p.Key, Value: p.Value?.DeepClone())).ToList();
        var format = properties.Single(p => p.Key == "format");
        properties.Remove(format);
        properties.Insert(position % (properties.Count + 1), format);
        var moved = new JsonObject();
        foreach (var (key, value) in properties)
        {
            moved[key] = value;
        }

        return moved.ToJsonString();
    }

    [Property]
    public bool FormatAnywhere_ReadsTheSameReport(GovInfoReport report, PositiveInt position) =>
        report.Equals(ReportJson.Read(MoveFormat(ReportJson.Serialize(report), position.Get)).Report);

    [Property]
    public Property FormatAnywhere_FindsTheSameProblems(GovInfoReport report, PositiveInt position)
    {
        // One negative count and one unknown property in any report.
        JsonObject root = JsonNode.Parse(ReportJson.Serialize(report))!.AsObject();
        JsonNodes.Set(root, "/applications/carriedForward/total", -3);
        JsonNodes.Set(root, "/reconsiderationAndLitigation/extra", 1);
        string first = root.ToJsonString();
        string moved = MoveFormat(first, position.Get);
        var expected = ReportJson.Read(first).Problems.Select(p => (p.Code, p.Location.Pointer)).ToArray();
        var actual = ReportJson.Read(moved).Problems.Select(p => (p.Code, p.Location.Pointer)).ToArray();
        return (expected.Length == 2 && expected.SequenceEqual(actual)).Label(string.Join(", ", actual));
    }

    [Fact]
    public void FormatLast_InTheSample_ReadsTheSameReport()
    {
        string json = Fixtures.Json(Fixtures.Pingwu);
        string last = MoveFormat(json, JsonNode.Parse(json)!.AsObject().Count - 1);
        Assert.EndsWith("\"format\":\"2021\"}", last);
        Assert.Equal(ReportJson.Read(json).Report, ReportJson.Read(last).Report);
    }
}
