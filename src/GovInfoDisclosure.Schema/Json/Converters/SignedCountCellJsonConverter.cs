using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Json.Converters;

/// <summary>Reads and writes a <see cref="SignedCountCell"/> as an integer, <c>null</c> or a mark string.</summary>
internal sealed class SignedCountCellJsonConverter : JsonConverter<SignedCountCell>
{
    public override bool HandleNull => true;

    public override SignedCountCell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => SignedCountCell.Blank,
            JsonTokenType.String => SignedCountCell.FromMark(CellJsonReading.ReadMark(ref reader)),
            _ => SignedCountCell.FromNumber(CellJsonReading.ReadInteger(ref reader, allowNegative: true)),
        };

    public override void Write(Utf8JsonWriter writer, SignedCountCell value, JsonSerializerOptions options)
    {
        if (!CellJsonReading.TryWriteNonNumber(writer, value.Kind, value.Mark))
        {
            writer.WriteNumberValue(value.Value!.Value);
        }
    }
}
