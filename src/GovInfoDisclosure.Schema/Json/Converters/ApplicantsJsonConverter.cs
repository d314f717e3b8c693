using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Json.Converters;

/// <summary>
/// Reads an <see cref="Applicants"/> row (the seven columns of 表三, and the optional 法人或其他组织小计) in one pass, with the
/// same contract as the source-generated metadata: every required column present, no unknown or repeated property, each
/// cell a non-negative integer, <c>null</c> or a mark.
/// </summary>
/// <remarks>
/// <para>
/// Why: the row is three quarters of a report's cells. The generated metadata reads a type with <c>init</c> properties through
/// its parameterized-constructor path, boxing every cell into an argument array; this reads the cells into locals. It is
/// registered only in the reader's options (<see cref="ReportJson"/>), never on the type, so that the schema generator still
/// sees the row's properties. A refused row throws <see cref="JsonException"/>, and the document inspector then explains
/// exactly what is wrong and where, as for any other refused document.
/// </para>
/// <para>Writing gives the same output as the generated metadata (property order, optional column only when present).</para>
/// </remarks>
internal sealed class ApplicantsJsonConverter : JsonConverter<Applicants>
{
    private const int RequiredMask = (1 << 7) - 1;

    // In the contract's order; index 7 is the optional column. A test checks them against the generated metadata.
    private static readonly byte[][] Names =
    {
        "naturalPerson"u8.ToArray(),
        "commercialEnterprise"u8.ToArray(),
        "researchInstitution"u8.ToArray(),
        "publicInterestOrganization"u8.ToArray(),
        "legalServiceAgency"u8.ToArray(),
        "otherOrganization"u8.ToArray(),
        "total"u8.ToArray(),
        "legalPersonSubtotal"u8.ToArray(),
    };

    /// <summary>The property names, in the contract's order (for the test that compares them with the metadata).</summary>
    public static string[] PropertyNames => Array.ConvertAll(Names, n => System.Text.Encoding.UTF8.GetString(n));

    public override Applicants Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object for a row of the application table, but found {CellJsonReading.Describe(reader.TokenType)}.");
        }

        CountCell natural = default, commercial = default, research = default, publicInterest = default, legalService = default, other = default, total = default;
        CountCell? legalPerson = null;
        int seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int index = Match(ref reader, seen);
            if (index < 0)
            {
                throw new JsonException("A row of the application table has an unknown property.");
            }

            if ((seen & (1 << index)) != 0)
            {
                throw new JsonException("A row of the application table has a property twice.");
            }

            seen |= 1 << index;
            reader.Read();
            CountCell cell = CountCellJsonConverter.ReadCell(ref reader);
            switch (index)
            {
                case 0: natural = cell; break;
                case 1: commercial = cell; break;
                case 2: research = cell; break;
                case 3: publicInterest = cell; break;
                case 4: legalService = cell; break;
                case 5: other = cell; break;
                case 6: total = cell; break;
                default: legalPerson = cell; break;
            }
        }

        if ((seen & RequiredMask) != RequiredMask)
        {
            throw new JsonException("A row of the application table lacks a required column.");
        }

        return new Applicants
        {
            NaturalPerson = natural,
            CommercialEnterprise = commercial,
            ResearchInstitution = research,
            PublicInterestOrganization = publicInterest,
            LegalServiceAgency = legalService,
            OtherOrganization = other,
            Total = total,
            LegalPersonSubtotal = legalPerson,
        };
    }

    public override void Write(Utf8JsonWriter writer, Applicants value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        Write(writer, 0, value.NaturalPerson);
        Write(writer, 1, value.CommercialEnterprise);
        Write(writer, 2, value.ResearchInstitution);
        Write(writer, 3, value.PublicInterestOrganization);
        Write(writer, 4, value.LegalServiceAgency);
        Write(writer, 5, value.OtherOrganization);
        Write(writer, 6, value.Total);
        if (value.LegalPersonSubtotal is { } legalPerson)
        {
            Write(writer, 7, legalPerson);
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, int index, CountCell cell)
    {
        writer.WritePropertyName(Names[index]);
        CountCellJsonConverter.WriteCell(writer, cell);
    }

    /// <summary>The index of the current property name, or -1; tries the next one in order first (the usual case).</summary>
    private static int Match(ref Utf8JsonReader reader, int seen)
    {
        int next = 0;
        while (next < Names.Length && (seen & (1 << next)) != 0)
        {
            next++;
        }

        if (next < Names.Length && reader.ValueTextEquals(Names[next]))
        {
            return next;
        }

        for (int i = 0; i < Names.Length; i++)
        {
            if (reader.ValueTextEquals(Names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
