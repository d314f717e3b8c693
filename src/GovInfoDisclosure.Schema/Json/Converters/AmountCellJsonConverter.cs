using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Json.Converters;

/// <summary>Reads and writes an <see cref="AmountCell"/> (万元) as a non-negative number, <c>null</c> or a mark string.</summary>
internal sealed class AmountCellJsonConverter : JsonConverter<AmountCell>
{
    public override bool HandleNull => true;

    public override AmountCell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return AmountCell.Blank;
            case JsonTokenType.String:
                return AmountCell.FromMark(CellJsonReading.ReadMark(ref reader));
            case JsonTokenType.Number:
                if (!reader.TryGetDecimal(out decimal value) || !CellJsonReading.IsExactDecimalLiteral(reader))
                {
                    throw new JsonException("The amount is outside the range or the precision of a decimal number.");
                }

                if (value < 0)
                {
                    throw new JsonException("An amount cannot be negative.");
                }

                return AmountCell.FromNumber(value);
            default:
                throw CellJsonReading.WrongToken(reader.TokenType, "a non-negative number (万元)");
        }
    }

    public override void Write(Utf8JsonWriter writer, AmountCell value, JsonSerializerOptions options)
    {
        if (!CellJsonReading.TryWriteNonNumber(writer, value.Kind, value.Mark))
        {
            writer.WriteNumberValue(value.Value!.Value);
        }
    }
}
