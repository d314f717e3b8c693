using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Schema.Json.Converters;

/// <summary>Reads a string that, when present, is not empty or white space only (<c>null</c> stays <c>null</c>).</summary>
internal sealed class NonEmptyStringJsonConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a string.");
        }

        string value = reader.GetString()!;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new JsonException("The string must not be empty: write null when the source does not give it.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
