using System;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Json;

/// <summary>Reads and writes reports as the canonical JSON document (see <c>docs/json-format.md</c>).</summary>
/// <remarks>
/// <para>
/// Reading never throws on bad input: <see cref="Read(ReadOnlySpan{byte}, ReportReadOptions?)"/> returns either the
/// report or every problem found, each with a stable code and the JSON Pointer of the offending value. The document's
/// <c>"format"</c> property selects <see cref="Model.Format2021.Report2021"/> or <see cref="Model.Format2019.Report2019"/>.
/// </para>
/// <para>
/// Writing produces the canonical text: the contract's property order, two-space indentation, <c>"\n"</c> line ends,
/// Chinese text unescaped, no trailing newline. Reading then writing a canonical document gives the same bytes.
/// </para>
/// <para>All members are thread-safe; the serializer options are immutable.</para>
/// </remarks>
public static class ReportJson
{
    /// <summary>The deepest nesting of objects and arrays accepted. Report documents nest five levels at most.</summary>
    public const int MaxDepth = 16;

    private static readonly GovInfoJsonContext Context = CreateContext(allowOutOfOrderFormat: true);

    /// <summary>
    /// The same contract for the common case of <c>"format"</c> as the first property: System.Text.Json then reads the
    /// document in one forward pass instead of buffering the root object to look for the discriminator, and the rows of
    /// 表三 are read without boxing (together about 40 % faster on a real report; see <c>docs/benchmarks.md</c>). Used for
    /// reading only.
    /// </summary>
    private static readonly GovInfoJsonContext FormatFirstContext = CreateContext(allowOutOfOrderFormat: false);

    /// <summary>The serializer options of the canonical document (read-only), for tools that need the same settings.</summary>
    public static System.Text.Json.JsonSerializerOptions SerializerOptions => Context.Options;

    /// <summary>The source-generated metadata of <see cref="GovInfoReport"/> with the canonical options.</summary>
    public static JsonTypeInfo<GovInfoReport> ReportTypeInfo => Context.GovInfoReport;

    /// <summary>Reads a report from UTF-8 JSON. A leading byte-order mark is ignored.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="ReportReadOptions.Default"/>.</param>
    /// <returns>The report, or the problems that make the document unreadable.</returns>
    public static ReportReadResult Read(ReadOnlySpan<byte> utf8Json, ReportReadOptions? options = null)
    {
        if (CheckSize(utf8Json.Length, options) is { } tooLarge)
        {
            return ReportReadResult.Failure(new[] { tooLarge });
        }

        ReadOnlySpan<byte> bom = new byte[] { 0xEF, 0xBB, 0xBF };
        if (utf8Json.StartsWith(bom))
        {
            utf8Json = utf8Json.Slice(bom.Length);
        }

        Exception failure;
        try
        {
            JsonTypeInfo<GovInfoReport> typeInfo = FormatComesFirst(utf8Json) ? FormatFirstContext.GovInfoReport : Context.GovInfoReport;
            GovInfoReport? report = JsonSerializer.Deserialize(utf8Json, typeInfo);
            if (report is not null)
            {
                return ReportReadResult.Success(report);
            }

            failure = new JsonException("The document is null.");
        }
        catch (JsonException ex)
        {
            failure = ex;
        }
        catch (NotSupportedException ex)
        {
            // System.Text.Json reports an abstract type without a "format" discriminator this way.
            failure = ex;
        }
        catch (InvalidOperationException ex)
        {
            failure = ex;
        }

        // The fast path failed: inspect the document to say exactly what and where.
        var problems = DocumentInspector.Inspect(utf8Json);
        return ReportReadResult.Failure(problems.Count > 0 ? problems : new[] { FromException(failure) });
    }

    /// <summary>Reads a report from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="ReportReadOptions.Default"/>.</param>
    /// <returns>The report, or the problems that make the document unreadable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// A lone surrogate in the text (a <see cref="char"/> that is half of a pair) is a <see cref="JsonProblemCodes.Syntax"/>
    /// problem at its place, as the same value escaped (<c>\ud800</c>) or as bytes in a file — never silently U+FFFD.
    /// </remarks>
    public static ReportReadResult Read(string json, ReportReadOptions? options = null)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        // Every char is at least one UTF-8 byte: a string that is too long is too large before encoding anything.
        if ((CheckSize(json.Length, options) ?? CheckSize(Encoding.UTF8.GetByteCount(json), options)) is { } tooLarge)
        {
            return ReportReadResult.Failure(new[] { tooLarge });
        }

        return Read(EncodeKeepingLoneSurrogates(json), options);
    }

    /// <summary>
    /// UTF-8 of the text, except that a lone surrogate (which has no UTF-8) becomes its 3-byte generalised encoding
    /// (e.g. ED A0 80 for U+D800), which is not UTF-8: the reader then reports a located syntax problem at it, exactly as
    /// for those bytes in a file or a <c>\ud800</c> escape — never a silent U+FFFD.
    /// </summary>
    private static byte[] EncodeKeepingLoneSurrogates(string text)
    {
        int lone = -1;
        for (int i = 0; i < text.Length && lone < 0; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                lone = i;
            }
        }

        if (lone < 0)
        {
            return Encoding.UTF8.GetBytes(text);
        }

        var bytes = new System.IO.MemoryStream(text.Length + 16);
        int start = 0;
        for (int i = lone; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            byte[] before = Encoding.UTF8.GetBytes(text.Substring(start, i - start));
            bytes.Write(before, 0, before.Length);
            int c = text[i];
            bytes.WriteByte((byte)(0xE0 | (c >> 12)));
            bytes.WriteByte((byte)(0x80 | ((c >> 6) & 0x3F)));
            bytes.WriteByte((byte)(0x80 | (c & 0x3F)));
            start = i + 1;
        }

        byte[] rest = Encoding.UTF8.GetBytes(text.Substring(start));
        bytes.Write(rest, 0, rest.Length);
        return bytes.ToArray();
    }

    /// <summary>Reads a report from UTF-8 JSON, throwing when the document is not a well-formed report.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="ReportReadOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportJsonException">The document is not a well-formed report; the exception lists every problem.</exception>
    public static GovInfoReport Deserialize(ReadOnlySpan<byte> utf8Json, ReportReadOptions? options = null) =>
        Read(utf8Json, options).GetReportOrThrow();

    /// <summary>Reads a report from JSON text, throwing when the document is not a well-formed report.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="ReportReadOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReportJsonException">The document is not a well-formed report; the exception lists every problem.</exception>
    public static GovInfoReport Deserialize(string json, ReportReadOptions? options = null) =>
        Read(json, options).GetReportOrThrow();

    /// <summary>Writes a report as canonical JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The canonical document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required part of the report is <see langword="null"/> (see <see cref="Cells.ReportCells.ThrowIfIncomplete"/>).</exception>
    public static string Serialize(GovInfoReport report)
    {
        Cells.ReportCells.ThrowIfIncomplete(report);

        return JsonSerializer.Serialize(report, Context.GovInfoReport);
    }

    /// <summary>Writes a report as canonical JSON, UTF-8 encoded.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The canonical document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required part of the report is <see langword="null"/> (see <see cref="Cells.ReportCells.ThrowIfIncomplete"/>).</exception>
    public static byte[] SerializeToUtf8Bytes(GovInfoReport report)
    {
        Cells.ReportCells.ThrowIfIncomplete(report);

        return JsonSerializer.SerializeToUtf8Bytes(report, Context.GovInfoReport);
    }

    private static GovInfoJsonContext CreateContext(bool allowOutOfOrderFormat)
    {
        var options = new System.Text.Json.JsonSerializerOptions(GovInfoJsonContext.Default.Options)
        {
            // Reports are Chinese text: keep it readable. The output is a data file, never embedded in HTML unescaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowOutOfOrderMetadataProperties = allowOutOfOrderFormat,
        };
        if (!allowOutOfOrderFormat)
        {
            // The reading-only context reads the rows of 表三 without boxing their cells (see ApplicantsJsonConverter), and
            // keeps the prose as UTF-8 until a caller reads it (see ReportNarrativeJsonConverter).
            options.Converters.Add(new Converters.ApplicantsJsonConverter());
            options.Converters.Add(new Converters.ReportNarrativeJsonConverter());
        }

        return new GovInfoJsonContext(options);
    }

    /// <summary>Whether the root is an object whose first property is <c>"format"</c> (a cheap look at two tokens).</summary>
    private static bool FormatComesFirst(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = ReportJson.MaxDepth });
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject
                && reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("format"u8);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// The <see cref="JsonProblemCodes.TooLarge"/> problem for a document of <paramref name="byteCount"/> bytes, or
    /// <see langword="null"/> when the size is within the limit. Lets a caller refuse a file before reading it.
    /// </summary>
    /// <param name="byteCount">The size of the document in UTF-8 bytes.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="ReportReadOptions.Default"/>.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static Diagnostic? CheckSize(long byteCount, ReportReadOptions? options = null)
    {
        int limit = (options ?? ReportReadOptions.Default).MaxDocumentBytes;
        return byteCount <= limit
            ? null
            : JsonProblems.Create(
                JsonProblemCodes.TooLarge,
                string.Empty,
                new[] { Text("actual", byteCount.ToString(System.Globalization.CultureInfo.InvariantCulture)), Text("expected", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                expected: limit,
                actual: byteCount);
    }

    private static Diagnostic FromException(Exception exception)
    {
        var json = exception as JsonException;
        string pointer = json?.Path is { } path ? JsonPointer.FromJsonPath(path) : string.Empty;
        return JsonProblems.Create(
            JsonProblemCodes.WrongType,
            pointer,
            new[] { new DiagnosticArgument("expectedType", new BilingualText("有效的年度报告", "a valid report")), Text("actualType", exception.Message) },
            json?.LineNumber + 1,
            json?.BytePositionInLine);
    }

    private static DiagnosticArgument Text(string name, string value) => new(name, new BilingualText(value, value));
}
