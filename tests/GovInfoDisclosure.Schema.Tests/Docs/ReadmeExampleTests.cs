using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Docs;

/// <summary>The C# example of README.md is this file's README region: compiled, run, and compared with the README text.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs()
    {
        File.WriteAllText("report.json", Fixtures.Json(Fixtures.Pingwu));
        File.WriteAllText("report.html", ReportHtmlRenderer.Render(Fixtures.Load(Fixtures.Pingwu)));

        #region README
        ReportReadResult result = ReportJson.Read(File.ReadAllBytes("report.json"));
        if (result.Report is Report2021 report)
        {
            var received = report.Applications.NewlyReceived;          // 一、本年新收政府信息公开申请数量
            if (received.Total.TryGetNumber(out int total))             // a number, not a blank or a mark
                Console.WriteLine($"{report.Agency} {report.Year}: {total} new applications");
        }
        else
        {
            foreach (Diagnostic problem in result.Problems)            // never an exception for bad input
                Console.WriteLine($"{problem.Code} {problem.Location.Pointer} line {problem.Location.Line}: {problem.Message.Zh}");
        }

        // Build a report in code: every cell starts blank (unknown), int converts to a cell.
        var mine = new Report2021 { Agency = "某县某局", Year = 2025 };
        mine = mine with { Applications = mine.Applications with { NewlyReceived = new() { NaturalPerson = 3, Total = 3 } } };
        string json = ReportJson.Serialize(mine);

        // Read a published report as the site serves it — PDF, Word .docx, HTML in any encoding, Markdown or text — from its
        // bytes (package GovInfoDisclosure.Schema.Import); the kind and the encoding are recognised and named in diagnostics.
        ImportResult imported = ReportImporter.Import(File.ReadAllBytes("report.html"));
        foreach (Diagnostic d in imported.Diagnostics) Console.WriteLine($"{d.Code} line {d.Location.Line}: {d.Message.Zh}");

        // Import, then validate, in one call: one verdict (Valid, Invalid, Incomplete, Unreadable), as `govinfo validate` gives.
        ImportValidationResult verdict = ImportValidation.Validate(imported);
        Console.WriteLine($"{verdict.Verdict}: {verdict.Diagnostics.Count} diagnostics");

        // Check the arithmetic (勾稽关系): pure, thread-safe, never throws on bad data.
        ValidationResult check = ReportValidator.Validate(mine);
        foreach (Diagnostic d in check.Diagnostics)
            Console.WriteLine($"{d.Code} {d.Outcome} {string.Join(",", d.Paths)}: {d.Message.Zh}");

        // The official labels of any cell.
        LabelCatalogue.Format2021.TryGetField("/applications/newlyReceived/naturalPerson", out FieldLabel field);
        Console.WriteLine(field.Chinese); // 表三 一、本年新收政府信息公开申请数量 — 自然人
        #endregion

        Assert.Equal(16, ((Report2021)result.Report!).Applications.NewlyReceived.Total.Value);
        Assert.Contains("\"naturalPerson\": 3", json);
        Assert.Equal(Fixtures.Load(Fixtures.Pingwu), imported.Report);
        Assert.Equal(ReportVerdict.Valid, verdict.Verdict);
        Assert.True(check.IsValid); // a report with blanks is not wrong: the rules it touches are indeterminate
        Assert.Contains(check.Diagnostics, d => d.Code == "GID-B1" && d.Outcome == DiagnosticOutcome.Indeterminate);
        Assert.Equal("表三 一、本年新收政府信息公开申请数量 — 自然人", field.Chinese);
    }

    [Fact]
    public void ReadmeExample_IsThisFilesRegion()
    {
        string readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "docs-root", "README.md"));
        Match block = Regex.Match(readme, "```csharp\n(.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success);
        string[] readmeLines = block.Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)).ToArray();

        string source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "source", "ReadmeExampleTests.cs"));
        int start = source.IndexOf("#region README", StringComparison.Ordinal);
        int end = source.IndexOf("#endregion", StringComparison.Ordinal);
        string[] regionLines = source.Substring(start, end - start).Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

        Assert.Equal(regionLines, readmeLines);
    }
}
