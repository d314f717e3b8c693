using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Json.Converters;

/// <summary>Reads and writes a <see cref="CalendarDate"/> as <c>"yyyy-MM-dd"</c>.</summary>
internal sealed class CalendarDateJsonConverter : JsonConverter<CalendarDate>
{
    public override CalendarDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !CalendarDate.TryParseIso(reader.GetString(), out CalendarDate date))
        {
            throw new JsonException("Expected a date written as \"yyyy-MM-dd\".");
        }

        return date;
    }

    public override void Write(Utf8JsonWriter writer, CalendarDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
