using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Engine;

namespace GovInfoDisclosure.Schema.Rules.Sets;

/// <summary>
/// Reads a rule set from JSON of the shape of the rules export (<c>format</c>, <c>rules</c>, <c>instances</c>; every other
/// top-level property of the export is ignored, so the export itself loads). Never throws on bad input: the first problem is
/// returned as a located <c>RULES-…</c> diagnostic.
/// </summary>
internal static class RuleSetReader
{
    private const int MaxDepth = 64;

    private static readonly MessageTemplate DefaultFail = new("{table} {scope}：{left} {op} {right}", "{table}, {scope}: {left} {op} {right}");

    private static readonly MessageTemplate DefaultIndeterminate = new(
        "{table} {scope}：无法判断 {relation}，因为 {unknown} 的值未知。",
        "{table}, {scope}: cannot decide {relation}, because {unknown} is unknown.");

    public static RuleSetLoadResult Read(string json, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var location = new DiagnosticLocation
            {
                Pointer = string.Empty,
                Line = ex.LineNumber is { } line ? (int)Math.Min(line + 1, int.MaxValue) : null,
                BytePositionInLine = ex.BytePositionInLine,
            };
            return RuleSetLoadResult.Failure(DiagnosticCatalogue.Create(ReportRuleSet.Codes.Syntax, DiagnosticOutcome.Fail, location,
                new[] { Arg("detail", FirstSentence(ex.Message)) }));
        }

        using (document)
        {
            try
            {
                return new RuleSetLoadResult(ReadSet(document.RootElement, name), Array.Empty<Diagnostic>());
            }
            catch (RulesFileException problem)
            {
                return RuleSetLoadResult.Failure(problem.Diagnostic);
            }
        }
    }

    private static ReportRuleSet ReadSet(JsonElement root, string name)
    {
        Expect(root, JsonValueKind.Object, string.Empty);
        string formatText = RequiredString(root, "format", string.Empty);
        ReportFormat format = formatText switch
        {
            "2021" => ReportFormat.Format2021,
            "2019" => ReportFormat.Format2019,
            _ => throw Shape("/format", "format 应为 \"2019\" 或 \"2021\"", "format must be \"2019\" or \"2021\""),
        };
        CellLayout map = CellLayout.For(format);
        LabelCatalogue labels = LabelCatalogue.For(format);

        var rules = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        var ordered = new List<RuleDefinition>();
        JsonElement rulesArray = Required(root, "rules", string.Empty, JsonValueKind.Array);
        int index = 0;
        foreach (JsonElement entry in rulesArray.EnumerateArray())
        {
            string pointer = "/rules/" + index.ToString(CultureInfo.InvariantCulture);
            RuleDefinition rule = ReadRule(entry, pointer, format);
            if (!rules.ContainsKey(rule.Code))
            {
                rules.Add(rule.Code, rule);
                ordered.Add(rule);
            }
            else
            {
                throw CodeProblem(pointer + "/code", rule.Code, "重复定义", "is defined twice");
            }

            index++;
        }

        var instances = new List<RuleInstance>();
        JsonElement instancesArray = Required(root, "instances", string.Empty, JsonValueKind.Array);
        index = 0;
        foreach (JsonElement entry in instancesArray.EnumerateArray())
        {
            string pointer = "/instances/" + index.ToString(CultureInfo.InvariantCulture);
            instances.Add(ReadInstance(entry, pointer, rules, map, labels, instances.Count));
            index++;
        }

        return new ReportRuleSet(name, format, ordered.AsReadOnly(), new ReportCheck[] { new LinearCheck(instances.ToArray()) }, instances.Count);
    }

    private static RuleDefinition ReadRule(JsonElement entry, string pointer, ReportFormat format)
    {
        Expect(entry, JsonValueKind.Object, pointer);
        string code = RequiredString(entry, "code", pointer);
        if (code.Length == 0 || code.Length > 64 || HasWhiteSpace(code))
        {
            throw CodeProblem(pointer + "/code", code, "不能为空、含空白或超过 64 个字符", "must be 1 to 64 characters without white space");
        }

        string severityText = OptionalString(entry, "severity", pointer) ?? "error";
        DiagnosticSeverity severity = severityText switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            _ => throw Shape(pointer + "/severity", "severity 应为 \"error\" 或 \"warning\"", "severity must be \"error\" or \"warning\""),
        };
        string kindText = OptionalString(entry, "kind", pointer) ?? "sum";
        RuleKind kind = kindText switch
        {
            "sum" => RuleKind.Sum,
            "balance" => RuleKind.Balance,
            "bound" => RuleKind.Bound,
            "non-negative" => RuleKind.NonNegative,

            // Kinds the export lists for completeness; a rules file gives instances of linear relations only.
            "cell-type" => RuleKind.CellType,
            "year-over-year" => RuleKind.YearOverYear,
            "consolidation" => RuleKind.Consolidation,
            "narrative" => RuleKind.Narrative,
            _ => throw Shape(pointer + "/kind", "kind 应为 sum、balance、bound、non-negative、cell-type、year-over-year、consolidation 或 narrative",
                "kind must be sum, balance, bound, non-negative, cell-type, year-over-year, consolidation or narrative"),
        };
        string scopeText = OptionalString(entry, "scope", pointer) ?? "report";
        RuleScope scope = scopeText switch
        {
            "each-column" => RuleScope.EachColumn,
            "each-row" => RuleScope.EachRow,
            "each-cell" => RuleScope.EachCell,
            "report" => RuleScope.Report,
            _ => throw Shape(pointer + "/scope", "scope 应为 each-column、each-row、each-cell 或 report", "scope must be each-column, each-row, each-cell or report"),
        };
        BilingualText title = OptionalText(entry, "title", pointer) ?? new BilingualText(code, code);
        BilingualText formula = OptionalText(entry, "formula", pointer) ?? new BilingualText(string.Empty, string.Empty);
        BilingualText description = OptionalText(entry, "description", pointer) ?? new BilingualText(string.Empty, string.Empty);
        string basis = OptionalString(entry, "basisLabel", pointer) ?? string.Empty;
        string spec = OptionalString(entry, "specReference", pointer) ?? string.Empty;
        MessageTemplate fail = DefaultFail;
        MessageTemplate indeterminate = DefaultIndeterminate;
        if (entry.TryGetProperty("messages", out JsonElement messages))
        {
            Expect(messages, JsonValueKind.Object, pointer + "/messages");
            fail = OptionalTemplate(messages, "fail", pointer + "/messages") ?? fail;
            indeterminate = OptionalTemplate(messages, "indeterminate", pointer + "/messages") ?? indeterminate;
        }

        return new RuleDefinition(code, severity, kind, scope, new[] { format }, title, formula, description, basis, spec, fail, indeterminate);
    }

    private static RuleInstance ReadInstance(JsonElement entry, string pointer, Dictionary<string, RuleDefinition> rules, CellLayout map,
        LabelCatalogue labels, int ordinal)
    {
        Expect(entry, JsonValueKind.Object, pointer);
        string code = RequiredString(entry, "code", pointer);
        if (!rules.TryGetValue(code, out RuleDefinition? rule))
        {
            throw CodeProblem(pointer + "/code", code, "没有在 rules 中定义", "is not defined in rules");
        }

        CompiledTerm[] left = ReadTerms(Required(entry, "left", pointer, JsonValueKind.Array), pointer + "/left", map, labels);
        CompiledTerm[] right = ReadTerms(Required(entry, "right", pointer, JsonValueKind.Array), pointer + "/right", map, labels);
        if (left.Length == 0 || left[0].IsGroup)
        {
            throw Shape(pointer + "/left", "left 的第一项必须是单元格", "the first term of left must be a cell");
        }

        string comparisonText = OptionalString(entry, "comparison", pointer) ?? "=";
        RuleComparison comparison = comparisonText switch
        {
            "=" => RuleComparison.Equal,
            "≤" or "<=" => RuleComparison.LessOrEqual,
            "≥" or ">=" => RuleComparison.GreaterOrEqual,
            _ => throw Shape(pointer + "/comparison", "comparison 应为 =、≤ 或 ≥", "comparison must be =, ≤ or ≥"),
        };
        string actualText = OptionalString(entry, "actual", pointer) ?? "left";
        bool actualIsLeft = actualText switch
        {
            "left" => true,
            "right" => false,
            _ => throw Shape(pointer + "/actual", "actual 应为 left 或 right", "actual must be left or right"),
        };

        return new RuleInstance
        {
            Rule = rule,
            Ordinal = ordinal,
            ScopeKey = OptionalString(entry, "scopeKey", pointer) ?? string.Empty,
            Left = left,
            Comparison = comparison,
            Right = right,
            ActualIsLeft = actualIsLeft,
            Anchor = left[0].Cell,
            AnchorDocument = RuleDocument.Current,
            Table = OptionalText(entry, "table", pointer) ?? new BilingualText(rule.Code, rule.Code),
            Scope = OptionalText(entry, "scope", pointer) ?? new BilingualText(string.Empty, string.Empty),
        };
    }

    private static CompiledTerm[] ReadTerms(JsonElement array, string pointer, CellLayout map, LabelCatalogue labels)
    {
        var terms = new List<CompiledTerm>();
        int index = 0;
        foreach (JsonElement term in array.EnumerateArray())
        {
            string at = pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
            Expect(term, JsonValueKind.Object, at);
            int weight = 1;
            if (term.TryGetProperty("weight", out JsonElement w))
            {
                if (w.ValueKind != JsonValueKind.Number || !w.TryGetInt32(out weight) || (weight != 1 && weight != -1))
                {
                    throw Shape(at + "/weight", "weight 应为 1 或 -1", "weight must be 1 or -1");
                }
            }

            if (term.TryGetProperty("leaves", out JsonElement leavesElement))
            {
                terms.Add(ReadGroup(term, leavesElement, at, weight, map, labels));
            }
            else
            {
                (int cell, string path, BilingualText name) = ReadCell(term, at, map, labels);
                terms.Add(new CompiledTerm { Weight = weight, Document = RuleDocument.Current, Cell = cell, Path = path, Name = name });
            }

            index++;
        }

        return terms.ToArray();
    }

    private static CompiledTerm ReadGroup(JsonElement term, JsonElement leavesElement, string at, int weight, CellLayout map, LabelCatalogue labels)
    {
        Expect(leavesElement, JsonValueKind.Array, at + "/leaves");
        var leaves = new List<int>();
        var paths = new List<string>();
        var names = new List<BilingualText>();
        int i = 0;
        foreach (JsonElement leaf in leavesElement.EnumerateArray())
        {
            string leafAt = at + "/leaves/" + i.ToString(CultureInfo.InvariantCulture);
            Expect(leaf, JsonValueKind.Object, leafAt);
            (int cell, string path, BilingualText name) = ReadCell(leaf, leafAt, map, labels);
            leaves.Add(cell);
            paths.Add(path);
            names.Add(name);
            i++;
        }

        if (leaves.Count == 0)
        {
            throw Shape(at + "/leaves", "leaves 不能为空", "leaves cannot be empty");
        }

        JsonElement subtotal = Required(term, "subtotal", at, JsonValueKind.Object);
        (int subtotalCell, string subtotalPath, BilingualText subtotalName) = ReadCell(subtotal, at + "/subtotal", map, labels);
        return new CompiledTerm
        {
            Weight = weight,
            Document = RuleDocument.Current,
            Leaves = leaves.ToArray(),
            LeafPaths = paths.ToArray(),
            LeafNames = names.ToArray(),
            Name = OptionalText(term, "name", at) ?? subtotalName,
            Subtotal = subtotalCell,
            SubtotalPath = subtotalPath,
            SubtotalName = subtotalName,
        };
    }

    private static (int Cell, string Path, BilingualText Name) ReadCell(JsonElement term, string at, CellLayout map, LabelCatalogue labels)
    {
        string cellPointer = RequiredString(term, "pointer", at);
        if (!map.TryGetIndex(cellPointer, out int cell) || map.Fields[cell].ValueKind is not (FieldValueKind.Count or FieldValueKind.SignedCount))
        {
            string format = ((int)labels.Format).ToString(CultureInfo.InvariantCulture);
            throw new RulesFileException(DiagnosticCatalogue.Create(ReportRuleSet.Codes.UnknownCell, DiagnosticOutcome.Fail,
                new DiagnosticLocation { Pointer = at + "/pointer" },
                new[] { Arg("pointer", at + "/pointer"), Arg("cell", cellPointer), Arg("format", format) }));
        }

        FieldLabel field = map.Fields[cell];
        BilingualText name = OptionalText(term, "name", at)
            ?? (field.Row is { } row && field.Column is { } column
                ? new BilingualText(row.ShortChinese + " " + column.Chinese, row.English + " " + column.English)
                : new BilingualText(field.Chinese, field.English));
        return (cell, cellPointer, name);
    }

    private static JsonElement Required(JsonElement parent, string property, string pointer, JsonValueKind kind)
    {
        if (!parent.TryGetProperty(property, out JsonElement value))
        {
            throw Shape(pointer + "/" + property, $"缺少属性 \"{property}\"", $"the property \"{property}\" is missing");
        }

        Expect(value, kind, pointer + "/" + property);
        return value;
    }

    private static string RequiredString(JsonElement parent, string property, string pointer) =>
        Required(parent, property, pointer, JsonValueKind.String).GetString()!;

    private static string? OptionalString(JsonElement parent, string property, string pointer)
    {
        if (!parent.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(value, JsonValueKind.String, pointer + "/" + property);
        return value.GetString();
    }

    private static BilingualText? OptionalText(JsonElement parent, string property, string pointer)
    {
        if (!parent.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        string at = pointer + "/" + property;
        Expect(value, JsonValueKind.Object, at);
        return new BilingualText(RequiredString(value, "zh", at), RequiredString(value, "en", at));
    }

    private static MessageTemplate? OptionalTemplate(JsonElement parent, string property, string pointer) =>
        OptionalText(parent, property, pointer) is { } text ? new MessageTemplate(text.Zh, text.En) : null;

    private static void Expect(JsonElement value, JsonValueKind kind, string pointer)
    {
        if (value.ValueKind != kind)
        {
            string name = kind switch
            {
                JsonValueKind.Object => "object",
                JsonValueKind.Array => "array",
                JsonValueKind.String => "string",
                _ => "number",
            };
            throw Shape(pointer, $"应为 {name}，实为 {Name(value.ValueKind)}", $"expected {name}, found {Name(value.ValueKind)}");
        }
    }

    private static string Name(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    private static RulesFileException Shape(string pointer, string zh, string en) =>
        new(DiagnosticCatalogue.Create(ReportRuleSet.Codes.Shape, DiagnosticOutcome.Fail, new DiagnosticLocation { Pointer = pointer },
            new[] { new DiagnosticArgument("pointer", new BilingualText(pointer, pointer)), new DiagnosticArgument("detail", new BilingualText(zh, en)) }));

    private static RulesFileException CodeProblem(string pointer, string code, string zh, string en) =>
        new(DiagnosticCatalogue.Create(ReportRuleSet.Codes.Code, DiagnosticOutcome.Fail, new DiagnosticLocation { Pointer = pointer },
            new[] { Arg("pointer", pointer), Arg("code", code), new DiagnosticArgument("detail", new BilingualText(zh, en)) }));

    private static DiagnosticArgument Arg(string name, string value) => new(name, new BilingualText(value, value));

    private static bool HasWhiteSpace(string text)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message.Substring(0, end) : message;
    }

    private sealed class RulesFileException : Exception
    {
        public RulesFileException(Diagnostic diagnostic) => Diagnostic = diagnostic;

        public Diagnostic Diagnostic { get; }
    }
}
