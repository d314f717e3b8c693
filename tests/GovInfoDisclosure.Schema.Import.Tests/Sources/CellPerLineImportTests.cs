using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Json;
using Xunit;
using static GovInfoDisclosure.Schema.Import.Tests.ImportAssert;

namespace GovInfoDisclosure.Schema.Import.Tests.Sources;

/// <summary>
/// Page text with one cell per line ending in <c> |</c>, in its two real styles: a lone <c>|</c> opening every row (the
/// Huarong sample), and a lone <c>|</c> as a blank cell with rows narrower than the table closed by a run of pipes
/// (Fixtures/real/22, a 区统计局 2023 page). The second style is made here from the sample by dropping its row marks, so
/// both styles of one report can be compared cell by cell.
/// </summary>
public class CellPerLineImportTests
{
    /// <summary>The Huarong sample without the lone <c>|</c> that opens each row after a run of pipes or prose.</summary>
    private static string WithoutRowMarks()
    {
        List<string> lines = Fixtures.Text(Huarong).Replace("\r\n", "\n").Split('\n').ToList();
        var kept = new List<string>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            bool lone = lines[i].Trim() == "|";
            string before = i > 0 ? lines[i - 1].Trim() : string.Empty;
            bool afterPipes = before.Length >= 2 && before.All(c => c == '|');
            bool afterProse = before.Length > 0 && !before.EndsWith('|');
            if (lone && (afterPipes || afterProse))
            {
                continue;
            }

            kept.Add(lines[i]);
        }

        return string.Join("\n", kept);
    }

    private static JsonNode Document(ImportResult result) => JsonNode.Parse(ReportJson.Serialize(result.Report!))!;

    [Fact]
    public void Import_WithoutRowMarks_SameDocumentAsTheSample()
    {
        ImportResult sample = ReportImporter.Import(Fixtures.Text(Huarong));
        ImportResult unmarked = ReportImporter.Import(WithoutRowMarks());

        Assert.True(JsonNode.DeepEquals(Document(sample), Document(unmarked)));
        Lacks(unmarked, ImportDiagnosticCodes.RowAmbiguous);
        Lacks(unmarked, ImportDiagnosticCodes.RowUnlabelled);
    }

    [Fact]
    public void Import_LonePipeBetweenCells_IsABlankCellOfTheRow()
    {
        string text = WithoutRowMarks().Replace("一、本年新收政府信息公开申请数量 |\n0 |\n0 |", "一、本年新收政府信息公开申请数量 |\n|\n0 |");

        ImportResult result = ReportImporter.Import(text);

        JsonNode row = Document(result)["applications"]!["newlyReceived"]!;
        Assert.Null(row["naturalPerson"]);
        Assert.Equal(0, row["commercialEnterprise"]!.GetValue<int>());
        Assert.Equal(0, row["total"]!.GetValue<int>());
        Lacks(result, ImportDiagnosticCodes.RowAmbiguous);
    }

    [Theory]
    [InlineData("|\n||")] // the blank total, then the pipes closing the row
    [InlineData("|\n|")] // the blank total, then the one pipe closing a row one cell narrower than the table
    public void Import_BlankLastCell_BeforeTheRowsEnd_IsBlank(string ending)
    {
        string row = "二、上年结转政府信息公开申请数量 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n";
        string text = WithoutRowMarks().Replace(row + "0 |\n||", row + ending);

        ImportResult result = ReportImporter.Import(text);

        JsonNode carried = Document(result)["applications"]!["carriedOver"]!;
        Assert.Null(carried["total"]);
        Assert.Equal(0, carried["otherOrganization"]!.GetValue<int>());
        Lacks(result, ImportDiagnosticCodes.RowAmbiguous);
    }

    [Fact]
    public void Import_RowShortOfCells_AmbiguousNeverShifted()
    {
        // Five printed cells and one lone "|": six cells at most, for seven columns.
        string row = "二、上年结转政府信息公开申请数量 |\n0 |\n0 |\n0 |\n0 |\n0 |\n";
        string text = WithoutRowMarks().Replace(row + "0 |\n0 |\n||", row + "|\n||");

        ImportResult result = ReportImporter.Import(text);

        Has(result, ImportDiagnosticCodes.RowAmbiguous, "/applications/carriedOver");
        Assert.Null(Document(result)["applications"]!["carriedOver"]!["naturalPerson"]);
    }

    [Fact]
    public void Import_SampleWithRowMarks_ABlankLastCellBeforeTheMarkIsBlank()
    {
        // The sample's style: the row's blank total, the pipes closing it, the lone "|" opening the next row.
        string row = "二、上年结转政府信息公开申请数量 |\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n";
        string text = Edit(Huarong, row + "0 |\n||\n|", row + "|\n||\n|");

        ImportResult result = ReportImporter.Import(text);

        Assert.Null(Document(result)["applications"]!["carriedOver"]!["total"]);
        Lacks(result, ImportDiagnosticCodes.RowAmbiguous);
    }
}
