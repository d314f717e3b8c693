using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;

namespace GovInfoDisclosure.Schema.Json.Converters;

/// <summary>
/// Reads an optional column's cell (<c>CountCell?</c>): an absent property stays <see langword="null"/> (no such column),
/// while a JSON <c>null</c> is a present but blank cell. (System.Text.Json's own nullable handling would turn the blank
/// cell into "no column".)
/// </summary>
internal sealed class OptionalCountCellJsonConverter : JsonConverter<CountCell?>
{
    private static readonly CountCellJsonConverter Cell = new();

    public override bool HandleNull => true;

    public override CountCell? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Cell.Read(ref reader, typeof(CountCell), options);

    public override void Write(Utf8JsonWriter writer, CountCell? value, JsonSerializerOptions options) =>
        Cell.Write(writer, value ?? CountCell.Blank, options);
}
