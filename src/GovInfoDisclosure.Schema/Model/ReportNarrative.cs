using System;
using System.Text;
using System.Threading;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Json.Converters;

namespace GovInfoDisclosure.Schema.Model;

/// <summary>The prose of a report: its six sections (一 to 六) and the text around them.</summary>
/// <remarks>
/// <para>
/// Sections 二, 三 and 四 are tables; their properties here hold only prose printed in those sections besides the table
/// (some bodies add a sentence such as "我局无行政权力…"). Every property is <see langword="null"/> when the source has no
/// such text; a text is never empty. Texts are verbatim, lines joined with <c>"\n"</c>, without the section heading itself.
/// </para>
/// <para>
/// Equality is ordinal equality of every text. A narrative read from JSON keeps each text as its validated UTF-8 until the
/// property is first read (most readers of a report never look at its prose); the value is the same either way, and a
/// narrative is safe to read from several threads at once.
/// </para>
/// </remarks>
public sealed record ReportNarrative
{
    // Each text is null, a string, or (read from JSON, not yet asked for) its UTF-8 bytes, already checked to be valid
    // UTF-8 and not empty. The first read of the property replaces the bytes by the string; threads that race there
    // decode the same bytes and all return the one string that was stored first.
    private object? _preamble;
    private object? _overview;
    private object? _proactiveDisclosure;
    private object? _applications;
    private object? _reconsiderationAndLitigation;
    private object? _problemsAndImprovements;
    private object? _otherMatters;
    private object? _closing;

    /// <summary>Text before 一、总体情况: title, legal basis, statistical period, where to download the report.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? Preamble { get => Text(ref _preamble); init => _preamble = value; }

    /// <summary>一、总体情况: the overview (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? Overview { get => Text(ref _overview); init => _overview = value; }

    /// <summary>二、主动公开政府信息情况: prose of the section besides its table.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? ProactiveDisclosure { get => Text(ref _proactiveDisclosure); init => _proactiveDisclosure = value; }

    /// <summary>三、收到和处理政府信息公开申请情况: prose of the section besides its table.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? Applications { get => Text(ref _applications); init => _applications = value; }

    /// <summary>四、政府信息公开行政复议、行政诉讼情况: prose of the section besides its table.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? ReconsiderationAndLitigation { get => Text(ref _reconsiderationAndLitigation); init => _reconsiderationAndLitigation = value; }

    /// <summary>五、存在的主要问题及改进情况: main problems and improvements.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? ProblemsAndImprovements { get => Text(ref _problemsAndImprovements); init => _problemsAndImprovements = value; }

    /// <summary>六、其他需要报告的事项: other matters, including the 信息处理费 (information-processing fee) statement.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? OtherMatters { get => Text(ref _otherMatters); init => _otherMatters = value; }

    /// <summary>The sign-off after section 六: the issuing body and the date (落款), without website boilerplate.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? Closing { get => Text(ref _closing); init => _closing = value; }

    /// <summary>Whether every text of <paramref name="other"/> is ordinally equal to the same text of this narrative.</summary>
    /// <param name="other">The other narrative.</param>
    /// <returns><see langword="true"/> when both have the same texts (both <see langword="null"/> where one is absent).</returns>
    public bool Equals(ReportNarrative? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && SameText(ref _preamble, ref other._preamble)
            && SameText(ref _overview, ref other._overview)
            && SameText(ref _proactiveDisclosure, ref other._proactiveDisclosure)
            && SameText(ref _applications, ref other._applications)
            && SameText(ref _reconsiderationAndLitigation, ref other._reconsiderationAndLitigation)
            && SameText(ref _problemsAndImprovements, ref other._problemsAndImprovements)
            && SameText(ref _otherMatters, ref other._otherMatters)
            && SameText(ref _closing, ref other._closing));

    /// <summary>A hash code of the texts, consistent with <see cref="Equals(ReportNarrative?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Preamble);
        hash.Add(Overview);
        hash.Add(ProactiveDisclosure);
        hash.Add(Applications);
        hash.Add(ReconsiderationAndLitigation);
        hash.Add(ProblemsAndImprovements);
        hash.Add(OtherMatters);
        hash.Add(Closing);
        return hash.ToHashCode();
    }

    /// <summary>
    /// A narrative of texts read from JSON, each <see langword="null"/> or valid, non-empty UTF-8 (the reader checked it),
    /// in the order of the properties. The texts are decoded when first read.
    /// </summary>
    internal static ReportNarrative FromUtf8(byte[]?[] texts) => new()
    {
        _preamble = texts[0],
        _overview = texts[1],
        _proactiveDisclosure = texts[2],
        _applications = texts[3],
        _reconsiderationAndLitigation = texts[4],
        _problemsAndImprovements = texts[5],
        _otherMatters = texts[6],
        _closing = texts[7],
    };

    /// <summary>
    /// How many texts are still held as UTF-8, not yet decoded (for the tests of the lazy reading). A method, not a
    /// property, so that the schema generator, which reflects over every property, does not see it.
    /// </summary>
    internal int CountPendingTexts()
    {
        int pending = 0;
        foreach (object? text in new[] { _preamble, _overview, _proactiveDisclosure, _applications, _reconsiderationAndLitigation, _problemsAndImprovements, _otherMatters, _closing })
        {
            pending += text is byte[] ? 1 : 0;
        }

        return pending;
    }

    /// <summary>The text of a field: its string, decoded from its UTF-8 and kept the first time it is asked for.</summary>
    private static string? Text(ref object? field)
    {
        object? value = Volatile.Read(ref field);
        if (value is not byte[] utf8)
        {
            return (string?)value;
        }

        string decoded = Encoding.UTF8.GetString(utf8);

        // Another thread may have stored its string first: every caller returns the one stored.
        return Interlocked.CompareExchange(ref field, decoded, utf8) is string stored ? stored : decoded;
    }

    /// <summary>Whether two fields hold the same text; two texts still in UTF-8 are compared without decoding them.</summary>
    private static bool SameText(ref object? a, ref object? b)
    {
        object? x = Volatile.Read(ref a);
        object? y = Volatile.Read(ref b);
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        if (x is byte[] xUtf8 && y is byte[] yUtf8)
        {
            // UTF-8 is a bijection on valid text: the same bytes exactly when the same UTF-16 (ordinal) text.
            return xUtf8.AsSpan().SequenceEqual(yUtf8);
        }

        return string.Equals(Text(ref a), Text(ref b), StringComparison.Ordinal);
    }
}
