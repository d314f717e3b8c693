using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace ConsumerLibrary;

public static class ReportFactory
{
    /// <summary>Uses init setters and a with-expression, compiled against the netstandard2.0 asset.</summary>
    public static Report2021 Make()
    {
        var report = new Report2021 { Agency = "测试机关", Year = 2024 };
        var received = new Applicants { NaturalPerson = 2, CommercialEnterprise = CountCell.FromMark("/"), Total = 2 };
        return report with { Applications = report.Applications with { NewlyReceived = received } };
    }

    /// <summary>Uses an init setter of the Import package, compiled against its netstandard2.0 asset.</summary>
    public static GovInfoDisclosure.Schema.Import.ImportOptions ImportOptionsFor(int year) =>
        GovInfoDisclosure.Schema.Import.ImportOptions.Default with { Year = year };
}
