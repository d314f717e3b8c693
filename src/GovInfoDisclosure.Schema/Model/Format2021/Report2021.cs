using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Schema.Model.Format2021;

/// <summary>An annual report in the current format of 国办公开办函〔2021〕30号 (reports on 2021 and later).</summary>
/// <remarks>See <see cref="GovInfoReport"/> for the envelope, immutability and equality.</remarks>
public sealed record Report2021 : GovInfoReport
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override ReportFormat Format => ReportFormat.Format2021;

    /// <summary>二、主动公开政府信息情况: the proactive-disclosure table.</summary>
    [JsonRequired]
    public ProactiveDisclosure2021 ProactiveDisclosure { get; init; } = ProactiveDisclosure2021.Default;

    /// <summary>三、收到和处理政府信息公开申请情况: the application table.</summary>
    [JsonRequired]
    public ApplicationTable2021 Applications { get; init; } = ApplicationTable2021.Default;
}
