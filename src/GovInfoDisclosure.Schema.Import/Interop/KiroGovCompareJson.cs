using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Rendering;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;

namespace GovInfoDisclosure.Schema.Import.Interop;

/// <summary>
/// Reads and writes the table JSON of KIROGOVCOMPARE (<c>zxj6827111-blip/KIROGOVCOMPARE</c>, a TypeScript comparison
/// tool), so that its users can validate their data with this library: <c>activeDisclosureData</c> (表二),
/// <c>tableData</c> (表三, one entity per applicant column: <c>naturalPerson</c>,
/// <c>legalPerson.{commercial,research,social,legal,other}</c>, <c>total</c>) and <c>reviewLitigationData</c> (表四), at
/// the top level or in <c>sections[]</c>.
/// </summary>
/// <remarks>
/// <para>
/// KIROGOVCOMPARE stores the current (2021) format only. Its cells are numbers, <c>null</c> (blank) or strings (kept as
/// marks; a string of digits is read as a number with a diagnostic). A property that is absent is a blank cell, never 0.
/// The fee amount is taken to be in 万元, like the table it comes from.
/// </para>
/// <para>
/// Writing is lossy where the shape has no place: the subtotal rows and the 法人或其他组织小计 column of local templates
/// and the narrative except sections 一, 五 and 六 (written as <c>sections[]</c> of type <c>text</c>) are not written.
/// </para>
/// </remarks>
public static class KiroGovCompareJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Whether a text looks like a KIROGOVCOMPARE document (a JSON object with one of its table properties).</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when it should be read with <see cref="Read"/>.</returns>
    public static bool LooksLikeKiroGovCompare(string? text)
    {
        if (text is null)
        {
            return false;
        }

        string trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith("{", StringComparison.Ordinal)
            && (text.IndexOf("\"tableData\"", StringComparison.Ordinal) >= 0
                || text.IndexOf("\"activeDisclosureData\"", StringComparison.Ordinal) >= 0
                || text.IndexOf("\"reviewLitigationData\"", StringComparison.Ordinal) >= 0);
    }

    /// <summary>Reads a KIROGOVCOMPARE document into a current-format report.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Settings; <see cref="ImportOptions.Year"/> and <see cref="ImportOptions.Agency"/> supply what the document lacks.</param>
    /// <returns>The report, or none with an error when the text is not such a document or has no year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> holds a value the JSON contract would refuse (see <see cref="ImportOptions"/>).</exception>
    public static ImportResult Read(string json, ImportOptions? options = null)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        options ??= ImportOptions.Default;
        options.ThrowIfInvalid();
        var diagnostics = new DiagnosticBag();
        try
        {
            return ReadDocument(json, options, diagnostics);
        }
        catch (InvalidOperationException)
        {
            // JsonElement.GetString refuses a string whose escapes do not decode (a lone surrogate such as \ud800).
            diagnostics.AddTemplated(ImportDiagnosticCodes.InteropInvalidJson, ImportLocation.None, new[]
            {
                ImportArguments.Text("detail", "含有无法解码的转义序列（如孤立的代理项 \\ud800）", "it holds an escape that cannot be decoded (such as a lone surrogate \\ud800)"),
            });
            return Fail(diagnostics);
        }
    }

    private static ImportResult ReadDocument(string json, ImportOptions options, DiagnosticBag diagnostics)
    {
        if (json.Length > options.MaxInputChars)
        {
            diagnostics.AddTemplated(ImportDiagnosticCodes.InputTooLarge, ImportLocation.None, new[]
            {
                ImportArguments.Text("source", "输入", "The input"),
                ImportArguments.Text("unit", "字符", "characters"),
                ImportArguments.Text("limitUnit", "字符", "characters"),
            }, expected: options.MaxInputChars, actual: json.Length);
            return Fail(diagnostics);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.TrimStart('\uFEFF'), DocumentOptions);
        }
        catch (JsonException ex)
        {
            diagnostics.AddTemplated(ImportDiagnosticCodes.InteropInvalidJson, new ImportLocation { Line = (int?)(ex.LineNumber + 1) },
                new[] { ImportArguments.Text("detail", "不是有效的 JSON：" + ex.Message, "it is not valid JSON: " + ex.Message) });
            return Fail(diagnostics);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.AddTemplated(ImportDiagnosticCodes.InteropInvalidJson, ImportLocation.None,
                    new[] { ImportArguments.Text("detail", "其根值是 " + root.ValueKind + "，应是 JSON 对象", "its root is " + root.ValueKind + ", not an object") });
                return Fail(diagnostics);
            }

            var grid = new ReportCellBuilder(ReportFormat.Format2021);
            var reader = new CellReader(grid, diagnostics);
            JsonElement? table2 = Table(root, "activeDisclosureData", "table_2");
            JsonElement? table3 = Table(root, "tableData", "table_3");
            JsonElement? table4 = Table(root, "reviewLitigationData", "table_4");
            if (table2 is null && table3 is null && table4 is null)
            {
                diagnostics.AddTemplated(ImportDiagnosticCodes.NotAReport, ImportLocation.None, new[]
                {
                    ImportArguments.Text("reason", "KIROGOVCOMPARE 文档中没有 activeDisclosureData、tableData 或 reviewLitigationData",
                        "The KIROGOVCOMPARE document has none of activeDisclosureData, tableData or reviewLitigationData"),
                });
                return Fail(diagnostics);
            }

            if (table2 is { } t2)
            {
                foreach ((string pointer, string[] path, bool isAmount) in KiroGovCompareMap.ProactiveCells)
                {
                    reader.Read(t2, path, pointer, "activeDisclosureData", isAmount ? FieldValueKind.Amount : FieldValueKind.Count);
                }
            }

            if (table3 is { } t3)
            {
                foreach ((string column, string[] entity) in KiroGovCompareMap.ApplicantColumns)
                {
                    if (!TryGet(t3, entity, out JsonElement applicant))
                    {
                        continue;
                    }

                    foreach ((string row, string[] path) in KiroGovCompareMap.ApplicationRows)
                    {
                        reader.Read(applicant, path, row + "/" + column, "tableData." + string.Join(".", entity), FieldValueKind.Count);
                    }
                }
            }

            if (table4 is { } t4)
            {
                foreach ((string row, string property) in KiroGovCompareMap.CaseRows)
                {
                    if (!TryGet(t4, new[] { property }, out JsonElement kind))
                    {
                        continue;
                    }

                    foreach ((string column, string key) in KiroGovCompareMap.CaseColumns)
                    {
                        reader.Read(kind, new[] { key }, row + "/" + column, "reviewLitigationData." + property, FieldValueKind.Count);
                    }
                }
            }

            int year = options.Year ?? ReadYear(root);
            if (year < GovInfoReport.MinimumYear || year > GovInfoReport.MaximumYear)
            {
                diagnostics.AddTemplated(ImportDiagnosticCodes.YearMissing, ImportLocation.None,
                    new[] { ImportArguments.Text("source", "KIROGOVCOMPARE 文档（没有有效的 year）", "the KIROGOVCOMPARE document (no valid year)") });
                return Fail(diagnostics);
            }

            string? agency = options.Agency ?? Text(root, "unitName") ?? Text(root, "unit_name") ?? Text(root, "agency");
            GovInfoReport report = grid.Build() with { Agency = agency, Year = year, Narrative = ReadNarrative(root) };
            return new ImportResult(report, diagnostics.Items, Array.Empty<ExtraRow>(), ImportSourceKind.KiroGovCompareJson);
        }
    }

    /// <summary>Writes a current-format report in the KIROGOVCOMPARE shape.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text (indented, UTF-8 characters unescaped).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">A required part of the report is <see langword="null"/> (see <see cref="Cells.ReportCells.ThrowIfIncomplete"/>).</exception>
    public static string Write(Report2021 report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        ReportCellView grid = ReportCellView.Of(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("year", report.Year);
            if (report.Agency is { } agency)
            {
                writer.WriteString("unitName", agency);
            }

            writer.WriteStartObject("activeDisclosureData");
            string? open = null;
            foreach ((string pointer, string[] path, bool _) in KiroGovCompareMap.ProactiveCells)
            {
                if (open != path[0])
                {
                    if (open is not null)
                    {
                        writer.WriteEndObject();
                    }

                    writer.WriteStartObject(path[0]);
                    open = path[0];
                }

                WriteCell(writer, path[1], grid[pointer]);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteStartObject("tableData");
            bool legalPersonOpen = false;
            foreach ((string column, string[] entity) in KiroGovCompareMap.ApplicantColumns)
            {
                if (entity.Length == 2 && !legalPersonOpen)
                {
                    writer.WriteStartObject(entity[0]);
                    legalPersonOpen = true;
                }
                else if (entity.Length == 1 && legalPersonOpen)
                {
                    writer.WriteEndObject();
                    legalPersonOpen = false;
                }

                writer.WriteStartObject(entity[entity.Length - 1]);
                WriteApplicant(writer, grid, column);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();

            writer.WriteStartObject("reviewLitigationData");
            foreach ((string row, string property) in KiroGovCompareMap.CaseRows)
            {
                writer.WriteStartObject(property);
                foreach ((string column, string key) in KiroGovCompareMap.CaseColumns)
                {
                    WriteCell(writer, key, grid[row + "/" + column]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();

            writer.WriteStartArray("sections");
            WriteTextSection(writer, "一、总体情况", report.Narrative?.Overview);
            WriteTextSection(writer, "五、存在的主要问题及改进情况", report.Narrative?.ProblemsAndImprovements);
            WriteTextSection(writer, "六、其他需要报告的事项", report.Narrative?.OtherMatters);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteApplicant(Utf8JsonWriter writer, ReportCellView grid, string column)
    {
        // Paths inside an entity nest at most three deep (results.denied.x): write them in map order, opening and
        // closing objects as the path prefix changes.
        var openPath = new List<string>();
        foreach ((string row, string[] path) in KiroGovCompareMap.ApplicationRows)
        {
            int common = 0;
            while (common < openPath.Count && common < path.Length - 1 && openPath[common] == path[common])
            {
                common++;
            }

            while (openPath.Count > common)
            {
                writer.WriteEndObject();
                openPath.RemoveAt(openPath.Count - 1);
            }

            for (int i = common; i < path.Length - 1; i++)
            {
                writer.WriteStartObject(path[i]);
                openPath.Add(path[i]);
            }

            WriteCell(writer, path[path.Length - 1], grid[row + "/" + column]);
        }

        while (openPath.Count > 0)
        {
            writer.WriteEndObject();
            openPath.RemoveAt(openPath.Count - 1);
        }
    }

    private static void WriteCell(Utf8JsonWriter writer, string name, ReportCell cell)
    {
        switch (cell.Kind)
        {
            case CellKind.Number:
                writer.WriteNumber(name, cell.Number);
                break;
            case CellKind.Mark:
                writer.WriteString(name, cell.Mark);
                break;
            default:
                writer.WriteNull(name);
                break;
        }
    }

    private static void WriteTextSection(Utf8JsonWriter writer, string title, string? content)
    {
        if (content is null)
        {
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("title", title);
        writer.WriteString("type", "text");
        writer.WriteString("content", content);
        writer.WriteEndObject();
    }

    private static ReportNarrative? ReadNarrative(JsonElement root)
    {
        if (!root.TryGetProperty("sections", out JsonElement sections) || sections.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        string? overview = null;
        string? problems = null;
        string? other = null;
        foreach (JsonElement section in sections.EnumerateArray())
        {
            if (section.ValueKind != JsonValueKind.Object || Text(section, "type") != "text" || Text(section, "content") is not { } content)
            {
                continue;
            }

            string title = LabelText.Normalize(Text(section, "title"));
            if (title.StartsWith("一", StringComparison.Ordinal))
            {
                overview = content;
            }
            else if (title.StartsWith("五", StringComparison.Ordinal))
            {
                problems = content;
            }
            else if (title.StartsWith("六", StringComparison.Ordinal))
            {
                other = content;
            }
        }

        return overview is null && problems is null && other is null
            ? null
            : new ReportNarrative { Overview = overview, ProblemsAndImprovements = problems, OtherMatters = other };
    }

    private static JsonElement? Table(JsonElement root, string property, string sectionType)
    {
        if (root.TryGetProperty(property, out JsonElement direct) && direct.ValueKind == JsonValueKind.Object)
        {
            return direct;
        }

        if (root.TryGetProperty("sections", out JsonElement sections) && sections.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement section in sections.EnumerateArray())
            {
                if (section.ValueKind == JsonValueKind.Object && Text(section, "type") == sectionType
                    && section.TryGetProperty(property, out JsonElement nested) && nested.ValueKind == JsonValueKind.Object)
                {
                    return nested;
                }
            }
        }

        return null;
    }

    private static int ReadYear(JsonElement root)
    {
        foreach (string name in new[] { "year", "reportYear", "report_year" })
        {
            if (!root.TryGetProperty(name, out JsonElement value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number))
            {
                return number;
            }

            if (value.ValueKind == JsonValueKind.String
                && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
            {
                return parsed;
            }
        }

        return 0;
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static bool TryGet(JsonElement element, string[] path, out JsonElement value)
    {
        value = element;
        foreach (string step in path)
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(step, out JsonElement next))
            {
                return false;
            }

            value = next;
        }

        return true;
    }

    private static ImportResult Fail(DiagnosticBag diagnostics) =>
        new(null, diagnostics.Items, Array.Empty<ExtraRow>(), ImportSourceKind.KiroGovCompareJson);

    /// <summary>Reads KIROGOVCOMPARE cells into a cell builder, with a diagnostic for each cell that cannot be read.</summary>
    private sealed class CellReader
    {
        private readonly ReportCellBuilder _grid;
        private readonly DiagnosticBag _diagnostics;

        public CellReader(ReportCellBuilder grid, DiagnosticBag diagnostics)
        {
            _grid = grid;
            _diagnostics = diagnostics;
        }

        public void Read(JsonElement parent, string[] path, string pointer, string prefix, FieldValueKind kind)
        {
            if (!TryGet(parent, path, out JsonElement value))
            {
                return;
            }

            string source = prefix + "." + string.Join(".", path);
            var location = new ImportLocation { Pointer = pointer };
            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                case JsonValueKind.Undefined:
                    return;
                case JsonValueKind.Number:
                    Store(CellText.Parse(value.GetRawText()), kind, pointer, location, source, fromString: false);
                    return;
                case JsonValueKind.String:
                    string text = value.GetString() ?? string.Empty;
                    ParsedCell parsed = CellText.Parse(text);
                    if (parsed.Kind == CellTextKind.Text)
                    {
                        _grid[pointer] = ReportCell.FromMark(LabelText.Trim(text));
                        return;
                    }

                    Store(parsed, kind, pointer, location, source, fromString: true);
                    return;
                default:
                    _diagnostics.AddTemplated(ImportDiagnosticCodes.InteropWrongType, location,
                        new[] { ImportArguments.Text("pointer", pointer), ImportArguments.Text("kind", value.ValueKind.ToString()) }, source);
                    return;
            }
        }

        private void Store(ParsedCell parsed, FieldValueKind kind, string pointer, ImportLocation location, string source, bool fromString)
        {
            if (parsed.Kind == CellTextKind.Number && parsed.Problem is null && !fromString && parsed.Raw.IndexOfAny(new[] { 'e', 'E' }) >= 0)
            {
                parsed = new ParsedCell(CellTextKind.Number, parsed.Raw, problem: ImportDiagnosticCodes.CellRunTogether);
            }

            CellReading reading = CellTyping.Read(parsed, kind, AmountUnit.TenThousandYuan);
            if (reading.Problem is { } problem)
            {
                _diagnostics.AddTemplated(problem, location,
                    new[] { ImportArguments.Cell(ReportFormat.Format2021, pointer), ImportArguments.Text("text", parsed.Raw) }, source);
                return;
            }

            if (fromString && reading.Value.Kind == CellKind.Number)
            {
                _diagnostics.AddTemplated(ImportDiagnosticCodes.CellTextNumber, location,
                    new[] { ImportArguments.Text("pointer", pointer), ImportArguments.Text("text", parsed.Raw) }, source, actual: reading.Value.Value);
            }

            _grid[pointer] = reading.Value;
        }
    }
}
