using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Json.Converters;

/// <summary>Reads the reported year, an integer within <see cref="GovInfoReport.MinimumYear"/>…<see cref="GovInfoReport.MaximumYear"/>.</summary>
internal sealed class ReportYearJsonConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int year))
        {
            throw new JsonException("The year must be an integer.");
        }

        if (year < GovInfoReport.MinimumYear || year > GovInfoReport.MaximumYear)
        {
            throw new JsonException($"The year must lie between {GovInfoReport.MinimumYear} and {GovInfoReport.MaximumYear}.");
        }

        return year;
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
