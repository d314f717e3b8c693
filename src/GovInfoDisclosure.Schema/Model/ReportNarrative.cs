using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Json.Converters;

namespace GovInfoDisclosure.Schema.Model;

/// <summary>The prose of a report: its six sections (一 to 六) and the text around them.</summary>
/// <remarks>
/// Sections 二, 三 and 四 are tables; their properties here hold only prose printed in those sections besides the table
/// (some bodies add a sentence such as "我局无行政权力…"). Every property is <see langword="null"/> when the source has no
/// such text; a text is never empty. Texts are verbatim, lines joined with <c>"\n"</c>, without the section heading itself.
/// Equality is ordinal equality of every text.
/// </remarks>
public sealed record ReportNarrative
{
    /// <summary>Text before 一、总体情况: title, legal basis, statistical period, where to download the report.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? Preamble { get; init; }

    /// <summary>一、总体情况: the overview (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? Overview { get; init; }

    /// <summary>二、主动公开政府信息情况: prose of the section besides its table.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? ProactiveDisclosure { get; init; }

    /// <summary>三、收到和处理政府信息公开申请情况: prose of the section besides its table.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? Applications { get; init; }

    /// <summary>四、政府信息公开行政复议、行政诉讼情况: prose of the section besides its table.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? ReconsiderationAndLitigation { get; init; }

    /// <summary>五、存在的主要问题及改进情况: main problems and improvements.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? ProblemsAndImprovements { get; init; }

    /// <summary>六、其他需要报告的事项: other matters, including the 信息处理费 (information-processing fee) statement.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? OtherMatters { get; init; }

    /// <summary>The sign-off after section 六: the issuing body and the date (落款), without website boilerplate.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(NonEmptyStringJsonConverter))]
    public string? Closing { get; init; }
}
