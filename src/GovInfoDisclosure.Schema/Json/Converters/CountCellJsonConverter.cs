using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Json.Converters;

/// <summary>Reads and writes a <see cref="CountCell"/> as a non-negative integer, <c>null</c> or a mark string.</summary>
internal sealed class CountCellJsonConverter : JsonConverter<CountCell>
{
    public override bool HandleNull => true;

    /// <summary>Reads a cell at the current token (shared with <see cref="ApplicantsJsonConverter"/>).</summary>
    public static CountCell ReadCell(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => CountCell.Blank,
            JsonTokenType.String => CountCell.FromMark(CellJsonReading.ReadMark(ref reader)),
            _ => CountCell.FromNumber(CellJsonReading.ReadInteger(ref reader, allowNegative: false)),
        };

    /// <summary>Writes a cell as a value (shared with <see cref="ApplicantsJsonConverter"/>).</summary>
    public static void WriteCell(Utf8JsonWriter writer, CountCell value)
    {
        if (!CellJsonReading.TryWriteNonNumber(writer, value.Kind, value.Mark))
        {
            writer.WriteNumberValue(value.Value!.Value);
        }
    }

    public override CountCell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCell(ref reader);

    public override void Write(Utf8JsonWriter writer, CountCell value, JsonSerializerOptions options) => WriteCell(writer, value);
}
