using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cells;

/// <summary>The one cell walker follows the label catalogue exactly: checked through the canonical JSON.</summary>
public class ReportCellsTests
{
    [Theory]
    [InlineData(ReportFormat.Format2019)]
    [InlineData(ReportFormat.Format2021)]
    public void Build_DistinctValues_LandAtTheCataloguePointers(ReportFormat format)
    {
        CellLayout layout = CellLayout.For(format);
        ReportCell[] cells = Distinct(layout);

        GovInfoReport report = ReportCells.Build(format, cells) with { Agency = "机关", Year = 2020 };
        JsonNode document = JsonNode.Parse(ReportJson.Serialize(report))!;

        for (int i = 0; i < layout.Count; i++)
        {
            FieldLabel field = layout.Fields[i];
            JsonNode? node = document;
            foreach (string token in field.Pointer.Substring(1).Split('/'))
            {
                node = node![token];
            }

            Assert.True(node is not null, field.Pointer);
            Assert.Equal(cells[i].Number.ToString(CultureInfo.InvariantCulture), node!.ToJsonString());
        }
    }

    [Theory]
    [InlineData(ReportFormat.Format2019)]
    [InlineData(ReportFormat.Format2021)]
    public void Read_OfBuild_GivesTheCellsBack(ReportFormat format)
    {
        CellLayout layout = CellLayout.For(format);
        ReportCell[] cells = Distinct(layout);
        cells[3] = ReportCell.FromMark("/");
        cells[4] = ReportCell.Blank;
        int subtotalRow = layout.IndexOf("/applications/results/withheld/subtotal/naturalPerson");
        for (int i = subtotalRow; i < subtotalRow + 8; i++)
        {
            cells[i] = ReportCell.Absent;
        }

        cells[layout.IndexOf("/applications/newlyReceived/legalPersonSubtotal")] = ReportCell.Absent;

        ImmutableArray<ReportCell> back = ReportCells.Read(ReportCells.Build(format, cells));

        Assert.Equal(cells, back.ToArray());
    }

    [Theory]
    [MemberData(nameof(Fixtures.SampleNames), MemberType = typeof(Fixtures))]
    public void Build_OfRead_IsTheSampleWithoutItsEnvelope(string name)
    {
        GovInfoReport sample = Fixtures.Load(name);

        GovInfoReport rebuilt = ReportCells.Build(sample.Format, ReportCells.Read(sample).AsSpan())
            with { Agency = sample.Agency, Year = sample.Year, PublishedOn = sample.PublishedOn, Narrative = sample.Narrative };

        Assert.Equal(sample, rebuilt);
    }

    [Fact]
    public void Layout_IndexIsCatalogueOrderMinusFirstOrder()
    {
        foreach (CellLayout layout in new[] { CellLayout.Format2019, CellLayout.Format2021 })
        {
            FieldLabel[] cellFields = layout.Catalogue.Fields.Where(f => f.IsCell).ToArray();
            Assert.Equal(cellFields, layout.Fields.ToArray());
            for (int i = 0; i < layout.Count; i++)
            {
                Assert.Equal(layout.FirstOrder + i, layout.Fields[i].Order);
                Assert.Equal(i, layout.IndexOf(layout.Fields[i].Pointer));
                Assert.Equal(i, layout.IndexOf(layout.Fields[i]));
            }

            Assert.Equal(-1, layout.IndexOf("/agency"));
            Assert.False(layout.TryGetIndex("/applications/nothing", out _));
        }
    }

    [Fact]
    public void Layout_Counts_AreTheOnesDocsCellsMdStates()
    {
        Assert.Equal((2021, 257), (2021, CellLayout.Format2021.Count));
        Assert.Equal((2019, 245), (2019, CellLayout.Format2019.Count));
    }

    [Fact]
    public void Read_SpanTooShort_IsArgumentException()
    {
        var cells = new ReportCell[CellLayout.Format2021.Count - 1];

        ArgumentException ex = Assert.Throws<ArgumentException>(() => ReportCells.Read(new Report2021 { Year = 2024 }, cells));
        Assert.Equal("cells", ex.ParamName);
    }

    [Fact]
    public void Build_WrongCellCountOrMisfit_IsArgumentException()
    {
        CellLayout layout = CellLayout.Format2021;
        Assert.Equal("cells", Assert.Throws<ArgumentException>(() => ReportCells.Build(ReportFormat.Format2021, new ReportCell[3])).ParamName);

        var cells = new ReportCell[layout.Count];
        cells[layout.IndexOf("/applications/newlyReceived/total")] = ReportCell.FromNumber(1.5m);
        ArgumentException misfit = Assert.Throws<ArgumentException>(() => ReportCells.Build(ReportFormat.Format2021, cells));
        Assert.Contains("/applications/newlyReceived/total", misfit.Message);

        cells[layout.IndexOf("/applications/newlyReceived/total")] = ReportCell.FromNumber(-1);
        Assert.Throws<ArgumentException>(() => ReportCells.Build(ReportFormat.Format2021, cells));
    }

    [Fact]
    public void Builder_OptionalRowsAndColumns_PresentOnlyWhenAdded()
    {
        var builder = new ReportCellBuilder(ReportFormat.Format2021);
        builder["/applications/newlyReceived/naturalPerson"] = ReportCell.FromNumber(7);
        builder["/applications/results/withheld/subtotal/total"] = ReportCell.FromNumber(3); // row never added: left out
        builder["/applications/results/unableToProvide/subtotal/total"] = ReportCell.FromNumber(2);
        builder.AddOptionalRow("/applications/results/unableToProvide/subtotal");

        var report = (Report2021)builder.Build();

        Assert.Equal(7, report.Applications.NewlyReceived.NaturalPerson.Value);
        Assert.True(report.Applications.NewlyReceived.Total.IsBlank);
        Assert.Null(report.Applications.NewlyReceived.LegalPersonSubtotal);
        Assert.Null(report.Applications.Results.Withheld.Subtotal);
        Assert.Equal(2, report.Applications.Results.UnableToProvide.Subtotal!.Total.Value);
        Assert.True(report.Applications.Results.UnableToProvide.Subtotal.NaturalPerson.IsBlank);

        builder.AddOptionalColumn(ReportTable.Applications, "legalPersonSubtotal");
        report = (Report2021)builder.Build();
        Assert.Equal(CountCell.Blank, report.Applications.CarriedOver.LegalPersonSubtotal);
        Assert.Null(report.Applications.Results.Withheld.Subtotal);
    }

    [Fact]
    public void Builder_UnknownPointer_IsArgumentException()
    {
        var builder = new ReportCellBuilder(ReportFormat.Format2019);

        Assert.Equal("pointer", Assert.Throws<ArgumentException>(() => builder["/applications/results/otherHandling/other/total"] = ReportCell.Blank).ParamName);
        Assert.Equal(ReportCell.Blank, builder["/applications/results/otherHandling/total"]);
    }

    [Theory]
    [InlineData((ReportFormat)0)]
    [InlineData((ReportFormat)2020)]
    public void UndefinedFormat_IsArgumentOutOfRange(ReportFormat format)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CellLayout.For(format));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportCells.Build(format, Array.Empty<ReportCell>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportCellBuilder(format));
    }

    [Fact]
    public void ReportCell_KindsAndConversions()
    {
        Assert.True(default(ReportCell).IsAbsent);
        Assert.Equal(ReportCell.Absent, default);
        Assert.NotEqual(ReportCell.Absent, ReportCell.Blank);
        Assert.Equal(ReportCell.FromNumber(1m), ReportCell.FromNumber(1.0m));
        Assert.Equal(CountCell.Blank, ReportCell.Absent.ToCount());
        Assert.Equal(ReportCell.Absent, ReportCell.From((CountCell?)null));
        Assert.Equal(ReportCell.FromMark("无"), ReportCell.From(CountCell.FromMark("无")));
        Assert.Equal(SignedCountCell.FromNumber(-3), ReportCell.FromNumber(-3).ToSignedCount());
        Assert.Equal(AmountCell.FromNumber(0.25m), ReportCell.FromNumber(0.25m).ToAmount());
        Assert.Throws<InvalidOperationException>(() => ReportCell.FromNumber(-1).ToCount());
        Assert.Throws<InvalidOperationException>(() => ReportCell.FromNumber(int.MaxValue + 1m).ToCount());
        Assert.Throws<ArgumentException>(() => ReportCell.FromMark(" "));
        Assert.Equal("0.25", ReportCell.FromNumber(0.25m).ToString());
        Assert.Equal(string.Empty, ReportCell.Absent.ToString());
    }

    private static ReportCell[] Distinct(CellLayout layout)
    {
        var cells = new ReportCell[layout.Count];
        for (int i = 0; i < layout.Count; i++)
        {
            cells[i] = layout.Fields[i].ValueKind switch
            {
                FieldValueKind.Amount => ReportCell.FromNumber((i + 1) / 4m),
                FieldValueKind.SignedCount => ReportCell.FromNumber(-(i + 1)),
                _ => ReportCell.FromNumber(i + 1),
            };
        }

        return cells;
    }
}
