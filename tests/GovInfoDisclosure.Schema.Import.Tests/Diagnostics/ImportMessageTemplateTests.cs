using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Interop;
using GovInfoDisclosure.Schema.Import.Sources.Html;
using GovInfoDisclosure.Schema.Model;
using Xunit;
using static GovInfoDisclosure.Schema.Import.Tests.ImportAssert;

namespace GovInfoDisclosure.Schema.Import.Tests.Diagnostics;

/// <summary>
/// Every import message is its code's catalogue template filled with named arguments: imported from every fixture and from
/// bad inputs, each diagnostic has exactly the arguments its template names, and no <c>{placeholder}</c> survives rendering.
/// </summary>
public class ImportMessageTemplateTests
{
    static ImportMessageTemplateTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Codes the importer has but never emits while importing (the KIROGOVCOMPARE writer's codes).</summary>
    private static readonly string[] NotEmittedByImport = { ImportDiagnosticCodes.InteropUnknownProperty, ImportDiagnosticCodes.InteropUnsupportedFormat };

    private const string CarriedOver = "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n";

    /// <summary>Every import of the sweep: the fixtures, whole and damaged, and inputs that are not reports.</summary>
    public static IEnumerable<(string Name, ImportResult Result)> Imports()
    {
        string fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        foreach (string file in Directory.EnumerateFiles(fixtures, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(fixtures, file);
            if (relative.EndsWith("expected.json", StringComparison.Ordinal) || relative.StartsWith("outputs", StringComparison.Ordinal)
                || relative.StartsWith("json", StringComparison.Ordinal))
            {
                continue;
            }

            byte[] bytes = File.ReadAllBytes(file);
            yield return (relative, ReportImporter.Import(bytes));
            yield return (relative + " cut", ReportImporter.Import(bytes.Take(bytes.Length / 2).ToArray()));
            yield return (relative + " small limit", ReportImporter.Import(bytes, new ImportOptions { MaxInputChars = 100 }));
        }

        string linxia = Fixtures.Text(Linxia);
        string linhe = Fixtures.Text(Linhe);
        var deep = new StringBuilder("<html><body>\n");
        for (int i = 0; i < HtmlTreeBuilder.MaxDepth + 10; i++)
        {
            deep.Append("<div>\n");
        }

        var texts = new (string Name, string Text, ImportOptions? Options)[]
        {
            ("empty", "  \n ", null),
            ("not a report", "<html><body><p>关于开展安全生产检查的通知</p></body></html>", null),
            ("too deep", deep.ToString(), null),
            ("binary kind given as text", "%PDF-1.7", new ImportOptions { SourceKind = ImportSourceKind.Pdf }),
            ("year 1999", linhe.Replace("2024年1月1日至2024年12月31日", "1999年1月1日至1999年12月31日", StringComparison.Ordinal), null),
            ("no year", "一、总体情况\n我局推进政务公开。\n二、主动公开政府信息情况\n规章 | 0 | 0 | 0 |", null),
            ("format conflicting with the options", linxia, new ImportOptions { Format = ReportFormat.Format2019 }),
            ("markers of both layouts", linxia.Replace("信息内容 | 本年制发件数 |", "信息内容 | 本年新制作数量 |", StringComparison.Ordinal), null),
            ("row removed", linxia.Replace("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n", string.Empty, StringComparison.Ordinal), null),
            ("row repeated", linxia.Replace(CarriedOver, CarriedOver + CarriedOver, StringComparison.Ordinal), null),
            ("row repeated with other values", linxia.Replace(CarriedOver, CarriedOver + CarriedOver.Replace("| 0 | 0 |", "| 1 | 0 |", StringComparison.Ordinal), StringComparison.Ordinal), null),
            ("kirogovcompare not json", "{\"tableData\": ", new ImportOptions { SourceKind = ImportSourceKind.KiroGovCompareJson }),
            ("kirogovcompare array", "[1, 2]", new ImportOptions { SourceKind = ImportSourceKind.KiroGovCompareJson }),
            ("kirogovcompare no tables", "{\"foo\": 1}", new ImportOptions { SourceKind = ImportSourceKind.KiroGovCompareJson }),
            ("kirogovcompare no year", "{\"tableData\": {}}", new ImportOptions { SourceKind = ImportSourceKind.KiroGovCompareJson }),
        };

        foreach ((string name, string text, ImportOptions? options) in texts)
        {
            yield return (name, ReportImporter.Import(text, options));
        }

        yield return ("legacy office bytes", ReportImporter.Import(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 }));
        yield return ("bad utf-8 byte", ReportImporter.Import(Encoding.UTF8.GetBytes(linxia).Concat(new byte[] { 0xFF }).ToArray()));
        yield return ("gbk", ReportImporter.Import(Encoding.GetEncoding("GB18030").GetBytes(linxia)));
        yield return ("kirogovcompare", KiroGovCompareJson.Read(Fixtures.File2("kirogovcompare/report.json")));
    }

    private static IEnumerable<(string Name, Diagnostic Diagnostic)> ImportDiagnostics() =>
        Imports().SelectMany(i => i.Result.Diagnostics.Where(d => d.Stage is DiagnosticStage.Import or DiagnosticStage.Input).Select(d => (i.Name, d)));

    [Fact]
    public void EveryImportMessage_FillsEachPlaceholderOfItsTemplate_WithExactlyItsArguments()
    {
        var failures = new List<string>();
        int checkedCount = 0;
        foreach ((string name, Diagnostic diagnostic) in ImportDiagnostics())
        {
            checkedCount++;
            failures.AddRange(TemplateProblems(diagnostic).Select(p => name + ": " + p));
        }

        Assert.True(checkedCount > 100, checkedCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(50)));
    }

    /// <summary>The sweep reaches the import codes: every code the importer emits while importing is among them.</summary>
    [Fact]
    public void TheSweep_CoversTheImportCodes()
    {
        HashSet<string> seen = ImportDiagnostics().Select(d => d.Diagnostic.Code).ToHashSet(StringComparer.Ordinal);
        string[] missing = ImportDiagnosticCodes.All.Keys.Except(NotEmittedByImport).Where(c => !seen.Contains(c)).OrderBy(c => c, StringComparer.Ordinal).ToArray();

        Assert.True(missing.Length <= CoveredElsewhere.Length && missing.All(CoveredElsewhere.Contains), "not reached by the sweep: " + string.Join(", ", missing));
    }

    /// <summary>
    /// Codes whose inputs live in the tests that are about them (they assert through <see cref="ImportAssert"/>, which checks
    /// every diagnostic of the result the same way); the sweep does not rebuild those inputs.
    /// </summary>
    private static readonly string[] CoveredElsewhere =
    {
        ImportDiagnosticCodes.CellOutOfRange, ImportDiagnosticCodes.CellRunTogether, ImportDiagnosticCodes.CellUnitUnknown, ImportDiagnosticCodes.CellWrongUnit,
        ImportDiagnosticCodes.LabelVariant, ImportDiagnosticCodes.OtherHandlingSingleRow, ImportDiagnosticCodes.SubtotalColumn, ImportDiagnosticCodes.SubtotalRow,
        ImportDiagnosticCodes.TableFilledWithZero, ImportDiagnosticCodes.TableReplacedByText, ImportDiagnosticCodes.TextCompatibilityIdeographs,
        ImportDiagnosticCodes.TextTraditionalScript,
    };

    /// <summary>What is wrong with a diagnostic's rendering from its template: nothing for a well-formed one.</summary>
    internal static IEnumerable<string> TemplateProblems(Diagnostic diagnostic)
    {
        DiagnosticDefinition definition = DiagnosticCatalogue.Get(diagnostic.Code);
        MessageTemplate template = diagnostic.Outcome == DiagnosticOutcome.Indeterminate && definition.IndeterminateMessage is { } i ? i : definition.FailMessage;
        string[] placeholders = MessageTemplate.PlaceholdersOf(template.Zh).Union(MessageTemplate.PlaceholdersOf(template.En)).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        string[] arguments = diagnostic.Arguments.Select(a => a.Name).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        if (!placeholders.SequenceEqual(arguments))
        {
            yield return $"{diagnostic.Code}: placeholders [{string.Join(", ", placeholders)}], arguments [{string.Join(", ", arguments)}]";
        }

        if (definition.Render(diagnostic.Outcome, diagnostic.Arguments) != diagnostic.Message)
        {
            yield return $"{diagnostic.Code}: the message is not the template rendered with the arguments";
        }

        foreach (string placeholder in placeholders)
        {
            if (diagnostic.Message.Zh.Contains("{" + placeholder + "}", StringComparison.Ordinal) || diagnostic.Message.En.Contains("{" + placeholder + "}", StringComparison.Ordinal))
            {
                yield return $"{diagnostic.Code}: {{{placeholder}}} left in \"{diagnostic.Message.En}\"";
            }
        }

        foreach (string name in new[] { "expected", "actual" })
        {
            decimal? typed = name == "expected" ? diagnostic.Expected : diagnostic.Actual;
            if (placeholders.Contains(name) && (typed is null || diagnostic.TryGetArgument(name, out BilingualText text) && text.En != typed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                yield return $"{diagnostic.Code}: {{{name}}} is not the typed {name} value";
            }
        }
    }
}
