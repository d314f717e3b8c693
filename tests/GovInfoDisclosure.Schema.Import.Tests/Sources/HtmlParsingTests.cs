using GovInfoDisclosure.Schema.Diagnostics;
using System.Linq;
using System.Text;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Sources;
using GovInfoDisclosure.Schema.Import.Sources.Html;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Sources;

/// <summary>HTML parsed as browsers parse it (AngleSharp): references, Windows-1252 numeric references, depth.</summary>
public class HtmlParsingTests
{
    [Theory]
    [InlineData("&#151;", "\u2014")]
    [InlineData("&#128;", "\u20AC")]
    [InlineData("&#147;x&#148;", "\u201Cx\u201D")]
    [InlineData("&hellip;&mdash;&times;&yen;", "\u2026\u2014\u00D7\u00A5")]
    [InlineData("&NotNestedGreaterGreater;", "\u2AA2\u0338")]
    public void Read_CharacterReferences_AsBrowsersMapThem(string reference, string expected)
    {
        SourceDocument document = HtmlReader.Read("<table><tr><td>规章" + reference + "</td><td>1</td></tr></table>");

        SourceBlock row = Assert.Single(document.Blocks, b => b.Kind == SourceBlockKind.Row);
        Assert.Equal("规章" + expected, row.Cells[0].Text);
    }

    [Fact]
    public void Read_WordMarkupAndConditionalComments_CellsAsPrinted()
    {
        const string html = "<table><tr><td><p class=MsoNormal><span lang=EN-US>1<o:p></o:p></span></p></td>"
            + "<td><![if !supportLists]><span>2</span><![endif]><span>0</span></td><td><!--[if gte mso 9]><xml>9</xml><![endif]-->3</td></tr></table>";

        SourceBlock row = Assert.Single(HtmlReader.Read(html).Blocks, b => b.Kind == SourceBlockKind.Row);

        Assert.Equal(new[] { "1", "20", "3" }, row.Cells.Select(c => c.Text));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(HtmlTreeBuilder.MaxDepth - 10)]
    public void Import_TablesBelowDeepNesting_ReadCorrectly(int depth)
    {
        string text = Fixtures.Text("2024-pingwu-county-government-office");
        string page = HtmlOf(text);
        string deep = string.Concat(Enumerable.Repeat("<div>", depth)) + page + string.Concat(Enumerable.Repeat("</div>", depth));

        ImportResult result = ReportImporter.Import(deep, new ImportOptions { SourceKind = ImportSourceKind.Html });
        ImportResult flat = ReportImporter.Import(page, new ImportOptions { SourceKind = ImportSourceKind.Html });

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is ImportDiagnosticCodes.TableMissing or ImportDiagnosticCodes.HtmlTooDeep);
        Assert.NotNull(flat.Report);
        Assert.Equal(Json.ReportJson.Serialize(flat.Report!), Json.ReportJson.Serialize(result.Report!));
    }

    [Fact]
    public void Import_NestingBeyondTheLimit_RefusedAtTheLine()
    {
        var html = new StringBuilder("<html><body>\n<p>一、总体情况</p>\n");
        for (int i = 0; i < HtmlTreeBuilder.MaxDepth + 50; i++)
        {
            html.Append("<div>\n");
        }

        html.Append("<table><tr><td>规章</td><td>1</td></tr></table>");

        ImportResult result = ReportImporter.Import(html.ToString());

        Assert.Null(result.Report);
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.HtmlTooDeep);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        // <html> and <body> are levels 1–2 and the divs start on line 3: level MaxDepth + 1 is div number MaxDepth - 1.
        Assert.Equal(3 + HtmlTreeBuilder.MaxDepth - 2, error.Location.Line);
    }

    /// <summary>A clean text as an HTML page: prose lines as paragraphs, pipe rows as table rows.</summary>
    private static string HtmlOf(string text)
    {
        var html = new StringBuilder("<html><body>");
        bool inTable = false;
        foreach (string line in text.Split('\n'))
        {
            string trimmed = line.Trim();
            if (trimmed.Contains('|'))
            {
                if (!inTable)
                {
                    html.Append("<table>");
                    inTable = true;
                }

                html.Append("<tr>");
                foreach (string cell in trimmed.TrimEnd('|').Split('|'))
                {
                    html.Append("<td>").Append(System.Net.WebUtility.HtmlEncode(cell.Trim())).Append("</td>");
                }

                html.Append("</tr>\n");
                continue;
            }

            if (inTable)
            {
                html.Append("</table>\n");
                inTable = false;
            }

            html.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(trimmed)).Append("</p>\n");
        }

        return html.Append(inTable ? "</table>" : string.Empty).Append("</body></html>").ToString();
    }
}
