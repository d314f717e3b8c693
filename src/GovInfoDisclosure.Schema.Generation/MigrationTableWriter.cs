using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Migration;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Generation;

/// <summary>Exports the legacy → current migration table as data, for implementations in other languages.</summary>
internal static class MigrationTableWriter
{
    public const string FileName = "migration-2019-to-2021.json";

    public static string Write()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("description", "How each field of a legacy (\"2019\") report moves to the current format (\"2021\"): exact = copy; approximate = copy and flag; notCarried = the target stays null (blank), or absent when targetOptional; dropped = no target, keep the source value in the notes. The legacy (六)其他处理 row goes to the group subtotal. Apply in order; skip a source that is absent (an optional part).");
            writer.WriteString("from", "2019");
            writer.WriteString("to", "2021");
            writer.WriteStartArray("carries");
            foreach (FieldCarry carry in ReportMigrator.GetCarries(ReportFormat.Format2019))
            {
                writer.WriteStartObject();
                writer.WriteString("kind", carry.Kind switch
                {
                    CarryKind.Exact => "exact",
                    CarryKind.Approximate => "approximate",
                    CarryKind.NotCarried => "notCarried",
                    _ => "dropped",
                });
                writer.WriteString("source", carry.SourcePointer);
                writer.WriteString("target", carry.TargetPointer);
                if (carry.Kind == CarryKind.NotCarried)
                {
                    LabelCatalogue.Format2021.TryGetField(carry.TargetPointer!, out FieldLabel target);
                    writer.WriteBoolean("targetOptional", target.IsOptional);
                }

                writer.WriteStartObject("reason");
                writer.WriteString("zh", carry.Reason.Zh);
                writer.WriteString("en", carry.Reason.En);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
