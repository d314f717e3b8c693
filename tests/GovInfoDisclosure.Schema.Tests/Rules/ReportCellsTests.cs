using System.Globalization;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Engine;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Rules;

/// <summary>The flattening of a report follows the label catalogue exactly: checked through the canonical JSON.</summary>
public class ReportCellsTests
{
    [Theory]
    [InlineData(ReportFormat.Format2019)]
    [InlineData(ReportFormat.Format2021)]
    public void Build_DistinctValues_LandAtTheCataloguePointers(ReportFormat format)
    {
        CellMap map = CellMap.For(format);
        CellValue[] cells = Distinct(map);

        GovInfoReport report = ReportCells.Build(format, cells, "机关", 2020);
        JsonNode document = JsonNode.Parse(ReportJson.Serialize(report))!;

        for (int i = 0; i < map.Count; i++)
        {
            FieldLabel field = map.Cells[i];
            JsonNode? node = document;
            foreach (string token in field.Pointer.Substring(1).Split('/'))
            {
                node = node![token];
            }

            string expected = field.ValueKind == FieldValueKind.Amount
                ? cells[i].Amount.ToString(CultureInfo.InvariantCulture)
                : cells[i].Number.ToString(CultureInfo.InvariantCulture);
            Assert.True(node is not null, field.Pointer);
            Assert.Equal(expected, node!.ToJsonString());
        }
    }

    [Theory]
    [InlineData(ReportFormat.Format2019)]
    [InlineData(ReportFormat.Format2021)]
    public void Fill_OfBuild_GivesTheCellsBack(ReportFormat format)
    {
        CellMap map = CellMap.For(format);
        CellValue[] cells = Distinct(map);
        cells[3] = ReportGenerators.Mark("/");
        int subtotalRow = map.IndexOf("/applications/results/withheld/subtotal/naturalPerson");
        for (int i = subtotalRow; i < subtotalRow + 8; i++)
        {
            cells[i] = default;
        }

        cells[map.IndexOf("/applications/newlyReceived/legalPersonSubtotal")] = default;

        var back = new CellValue[map.Count];
        ReportCells.Fill(ReportCells.Build(format, cells, null, 2020), back);

        for (int i = 0; i < map.Count; i++)
        {
            Assert.Equal(cells[i].State, back[i].State);
            Assert.Equal(cells[i].Number, back[i].Number);
            Assert.Equal(cells[i].Amount, back[i].Amount);
            Assert.Equal(cells[i].Mark, back[i].Mark);
        }
    }

    private static CellValue[] Distinct(CellMap map)
    {
        var cells = new CellValue[map.Count];
        for (int i = 0; i < map.Count; i++)
        {
            cells[i] = map.Cells[i].ValueKind switch
            {
                FieldValueKind.Amount => new CellValue { State = CellState.Number, Amount = (i + 1) / 4m },
                FieldValueKind.SignedCount => ReportGenerators.Number(-(i + 1)),
                _ => ReportGenerators.Number(i + 1),
            };
        }

        return cells;
    }
}
