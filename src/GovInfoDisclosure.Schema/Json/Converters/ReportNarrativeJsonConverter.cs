using System;
using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Json.Converters;

/// <summary>
/// Reads a <see cref="ReportNarrative"/> keeping each text as its UTF-8 bytes (unescaped and checked to be valid UTF-8,
/// as <see cref="Utf8JsonReader.GetString"/> would check it), so that the prose, most of a report's bytes, is decoded to
/// strings only when a caller reads it. The contract is the generated metadata's: an object of the eight optional texts,
/// each <c>null</c> or a string that is not empty or white space only, no unknown or repeated property.
/// </summary>
/// <remarks>
/// <para>
/// Why: turning about 9 KB of Chinese UTF-8 into strings was a quarter of the time of reading a report, and validation
/// (unless asked for the narrative checks) never reads the prose. Like <see cref="ApplicantsJsonConverter"/> it is
/// registered only in the reader's options (<see cref="ReportJson"/>), never on the type, so that the schema generator and
/// the writer still see the properties. A refused narrative throws (<see cref="JsonException"/>, or the reader's
/// <see cref="InvalidOperationException"/> for invalid UTF-8 or an unpaired surrogate escape, exactly as the generated
/// metadata does), and the document inspector then explains exactly what is wrong and where.
/// </para>
/// <para>Writing gives the same output as the generated metadata (property order, absent texts left out).</para>
/// </remarks>
internal sealed class ReportNarrativeJsonConverter : JsonConverter<ReportNarrative>
{
    /// <summary>Texts this long or shorter are unescaped on the stack.</summary>
    private const int StackLimit = 256;

    // In the contract's order (the order of ReportNarrative's properties). A test checks them against the generated metadata.
    private static readonly byte[][] Names =
    {
        "preamble"u8.ToArray(),
        "overview"u8.ToArray(),
        "proactiveDisclosure"u8.ToArray(),
        "applications"u8.ToArray(),
        "reconsiderationAndLitigation"u8.ToArray(),
        "problemsAndImprovements"u8.ToArray(),
        "otherMatters"u8.ToArray(),
        "closing"u8.ToArray(),
    };

    /// <summary>The property names, in the contract's order (for the test that compares them with the metadata).</summary>
    public static string[] PropertyNames => Array.ConvertAll(Names, n => System.Text.Encoding.UTF8.GetString(n));

    public override ReportNarrative Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object for the narrative, but found {CellJsonReading.Describe(reader.TokenType)}.");
        }

        var texts = new byte[]?[Names.Length];
        int seen = 0;
        int last = -1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int index = Match(ref reader, last);
            if (index < 0)
            {
                throw new JsonException("The narrative has an unknown property.");
            }

            if ((seen & (1 << index)) != 0)
            {
                throw new JsonException("The narrative has a property twice.");
            }

            seen |= 1 << index;
            last = index;
            reader.Read();
            texts[index] = reader.TokenType switch
            {
                JsonTokenType.Null => null,
                JsonTokenType.String => ReadText(ref reader),
                _ => throw new JsonException("Expected a string."),
            };
        }

        return ReportNarrative.FromUtf8(texts);
    }

    public override void Write(Utf8JsonWriter writer, ReportNarrative value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        Write(writer, 0, value.Preamble);
        Write(writer, 1, value.Overview);
        Write(writer, 2, value.ProactiveDisclosure);
        Write(writer, 3, value.Applications);
        Write(writer, 4, value.ReconsiderationAndLitigation);
        Write(writer, 5, value.ProblemsAndImprovements);
        Write(writer, 6, value.OtherMatters);
        Write(writer, 7, value.Closing);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The unescaped UTF-8 of the current string token, refusing the empty or white-space-only text as
    /// <see cref="NonEmptyStringJsonConverter"/> does. <see cref="Utf8JsonReader.CopyString(Span{byte})"/> checks the
    /// UTF-8 and the surrogate escapes and throws as <see cref="Utf8JsonReader.GetString"/> does.
    /// </summary>
    internal static byte[] ReadText(ref Utf8JsonReader reader)
    {
        int length = checked((int)(reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length));
        byte[] utf8;
        if (!reader.ValueIsEscaped)
        {
            // The unescaped text is the token's bytes: copy them once, into the array kept.
            utf8 = new byte[length];
            reader.CopyString(utf8);
        }
        else if (length <= StackLimit)
        {
            Span<byte> buffer = stackalloc byte[StackLimit];
            utf8 = buffer.Slice(0, reader.CopyString(buffer)).ToArray();
        }
        else
        {
            // Unescaping never lengthens a text: the token's length is enough.
            byte[] rented = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                utf8 = rented.AsSpan(0, reader.CopyString(rented)).ToArray();
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        if (IsWhiteSpaceOnly(utf8))
        {
            throw new JsonException("The string must not be empty: write null when the source does not give it.");
        }

        return utf8;
    }

    /// <summary>
    /// Whether valid UTF-8 text is empty or only white space, as <see cref="string.IsNullOrWhiteSpace"/> says of the
    /// decoded string. Every white-space character is in the Basic Multilingual Plane (a surrogate pair is never white space).
    /// </summary>
    internal static bool IsWhiteSpaceOnly(ReadOnlySpan<byte> utf8)
    {
        int i = 0;
        while (i < utf8.Length)
        {
            byte lead = utf8[i];
            char c;
            if (lead < 0x80)
            {
                c = (char)lead;
                i++;
            }
            else if (lead < 0xE0)
            {
                c = (char)(((lead & 0x1F) << 6) | (utf8[i + 1] & 0x3F));
                i += 2;
            }
            else if (lead < 0xF0)
            {
                c = (char)(((lead & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F));
                i += 3;
            }
            else
            {
                return false;
            }

            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Write(Utf8JsonWriter writer, int index, string? text)
    {
        if (text is not null)
        {
            writer.WriteString(Names[index], text);
        }
    }

    /// <summary>The index of the current property name, or -1; tries the names after the last one read first (the usual order).</summary>
    private static int Match(ref Utf8JsonReader reader, int last)
    {
        for (int n = 1; n <= Names.Length; n++)
        {
            int i = (last + n) % Names.Length;
            if (reader.ValueTextEquals(Names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
