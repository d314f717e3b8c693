using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Model.Format2021;

using GovInfoDisclosure.Schema.Tests.Support;

namespace GovInfoDisclosure.Schema.Tests.Rules;

/// <summary>Small reports for example tests, built from the samples with <c>with</c> expressions.</summary>
internal static class RuleExamples
{
    public static Report2021 Pingwu => (Report2021)Fixtures.Load(Fixtures.Pingwu);

    public static Report2021 Linhe => (Report2021)Fixtures.Load("2024-linhe-district-civil-affairs-bureau");

    public static Report2019 Legacy => (Report2019)Fixtures.Load(Fixtures.Legacy);

    public static Report2021 WithResults(this Report2021 report, System.Func<ApplicationResults2021, ApplicationResults2021> change) =>
        report with { Applications = report.Applications with { Results = change(report.Applications.Results) } };

    public static Report2019 WithResults(this Report2019 report, System.Func<ApplicationResults2019, ApplicationResults2019> change) =>
        report with { Applications = report.Applications with { Results = change(report.Applications.Results) } };

    public static T WithOutcomes<T>(this T report, System.Func<ReconsiderationAndLitigation, ReconsiderationAndLitigation> change)
        where T : GovInfoReport =>
        (T)(report with { ReconsiderationAndLitigation = change(report.ReconsiderationAndLitigation) });
}
