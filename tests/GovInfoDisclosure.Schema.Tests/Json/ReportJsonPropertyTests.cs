using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Tests.Support;

namespace GovInfoDisclosure.Schema.Tests.Json;

/// <summary>Laws of the canonical JSON, over generated reports of both formats with numbers, blanks and marks.</summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 200)]
public class ReportJsonPropertyTests
{
    [Property]
    public bool RoundTrip_IsIdentity(GovInfoReport report) =>
        report.Equals(ReportJson.Deserialize(ReportJson.Serialize(report)));

    [Property]
    public bool Serialize_IsStable(GovInfoReport report)
    {
        string once = ReportJson.Serialize(report);
        return once == ReportJson.Serialize(ReportJson.Deserialize(once));
    }

    [Property]
    public bool Utf8AndStringForms_Agree(GovInfoReport report) =>
        ReportJson.SerializeToUtf8Bytes(report).SequenceEqual(System.Text.Encoding.UTF8.GetBytes(ReportJson.Serialize(report)));

    [Property]
    public bool Equality_IsReflexiveSymmetricAndHashConsistent(GovInfoReport a, GovInfoReport b)
    {
        GovInfoReport copy = ReportJson.Deserialize(ReportJson.Serialize(a));
        return a.Equals(copy) && copy.Equals(a) && a.GetHashCode() == copy.GetHashCode()
            && a.Equals(b) == b.Equals(a);
    }

    [Property(MaxTest = 500)]
    public bool Read_NeverThrows_OnArbitraryText(string? text) =>
        ReportJson.Read(text ?? string.Empty) is { } result && (result.IsSuccess || result.Problems.Count > 0);

    [Property(MaxTest = 500)]
    public bool Read_NeverThrows_OnArbitraryBytes(byte[]? bytes) =>
        ReportJson.Read(bytes ?? System.Array.Empty<byte>()) is { } result && (result.IsSuccess || result.Problems.Count > 0);

    [Property]
    public bool Read_NeverThrows_OnTruncatedDocuments(GovInfoReport report, PositiveInt cut)
    {
        string json = ReportJson.Serialize(report);
        ReportReadResult result = ReportJson.Read(json.Substring(0, cut.Get % json.Length));
        return !result.IsSuccess && result.Problems.All(p => p.Code == JsonProblemCodes.Syntax);
    }
}
