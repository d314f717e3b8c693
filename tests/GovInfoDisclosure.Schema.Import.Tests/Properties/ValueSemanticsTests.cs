using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Tests.Properties;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Properties;

/// <summary>Equality laws for the public value types of the Import package.</summary>
public class ValueSemanticsTests
{
    [Fact]
    public void ImportOptions_Laws() => EqualityLaws.Check(
        from kind in Gen.Elements<ImportSourceKind?>(null, ImportSourceKind.PlainText, ImportSourceKind.KiroGovCompareJson)
        from format in Gen.Elements<ReportFormat?>(null, ReportFormat.Format2019, ReportFormat.Format2021)
        from year in Gen.Elements<int?>(null, 2024)
        from agency in Gen.Elements<string?>(null, "平武县人民政府办公室")
        from zero in Gen.Elements(false, true)
        select new ImportOptions { SourceKind = kind, Format = format, Year = year, Agency = agency, TreatNoneStatementAsZero = zero },
        o => new ImportOptions
        {
            SourceKind = o.SourceKind, Format = o.Format, Year = o.Year, Agency = o.Agency is null ? null : new string(o.Agency.ToCharArray()),
            TreatNoneStatementAsZero = o.TreatNoneStatementAsZero, MaxInputChars = o.MaxInputChars,
        });

    [Fact]
    public void ReportRenderOptions_Laws() => EqualityLaws.Check(
        from official in Gen.Elements(false, true)
        from narrative in Gen.Elements(false, true)
        select new ReportRenderOptions { OfficialLayoutOnly = official, IncludeNarrative = narrative },
        o => new ReportRenderOptions { OfficialLayoutOnly = o.OfficialLayoutOnly, IncludeNarrative = o.IncludeNarrative });

    [Fact]
    public void ExtraRow_Laws() => EqualityLaws.Check(
        from table in Gen.Elements(ReportTable.ProactiveDisclosure, ReportTable.Applications)
        from line in Gen.Elements(1, 40)
        from label in Gen.Elements("其他主动公开文件", "合计")
        from cells in Gen.Elements(new[] { "1", "2" }, new[] { "1" }, System.Array.Empty<string>())
        select new ExtraRow(table, line, label, cells),
        r => new ExtraRow(r.Table, r.Line, new string(r.Label.ToCharArray()), new List<string>(r.Cells)));
}
