using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Schema.Model.Format2019;

/// <summary>An annual report in the legacy layout of 国办公开办函〔2019〕60号 (reports on 2019 and 2020).</summary>
/// <remarks>See <see cref="GovInfoReport"/> for the envelope, immutability and equality.</remarks>
public sealed record Report2019 : GovInfoReport
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override ReportFormat Format => ReportFormat.Format2019;

    /// <summary>二、主动公开政府信息情况: the legacy proactive-disclosure table.</summary>
    [JsonRequired]
    public ProactiveDisclosure2019 ProactiveDisclosure { get; init; } = ProactiveDisclosure2019.Default;

    /// <summary>三、收到和处理政府信息公开申请情况: the application table.</summary>
    [JsonRequired]
    public ApplicationTable2019 Applications { get; init; } = ApplicationTable2019.Default;
}
