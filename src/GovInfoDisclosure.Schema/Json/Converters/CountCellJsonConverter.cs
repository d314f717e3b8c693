using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Json.Converters;

/// <summary>Reads and writes a <see cref="CountCell"/> as a non-negative integer, <c>null</c> or a mark string.</summary>
internal sealed class CountCellJsonConverter : JsonConverter<CountCell>
{
    public override bool HandleNull => true;

    public override CountCell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => CountCell.Blank,
            JsonTokenType.String => CountCell.FromMark(CellJsonReading.ReadMark(ref reader)),
            _ => CountCell.FromNumber(CellJsonReading.ReadInteger(ref reader, allowNegative: false)),
        };

    public override void Write(Utf8JsonWriter writer, CountCell value, JsonSerializerOptions options)
    {
        if (!CellJsonReading.TryWriteNonNumber(writer, value.Kind, value.Mark))
        {
            writer.WriteNumberValue(value.Value!.Value);
        }
    }
}
