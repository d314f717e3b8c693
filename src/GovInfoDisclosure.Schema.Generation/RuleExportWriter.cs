using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.JsonSchemas;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using GovInfoDisclosure.Schema.Rules.Engine;
using GovInfoDisclosure.Schema.Rules.Kinds;

namespace GovInfoDisclosure.Schema.Generation;

/// <summary>
/// Exports the rule catalogue and the compiled rule instances of one format as data (<c>schemas/rules-2021.json</c>,
/// <c>schemas/rules-2019.json</c>): enough for another language to evaluate the per-report rules without reading C#.
/// The file format is described in <c>docs/rules-export.md</c>.
/// </summary>
internal static class RuleExportWriter
{
    private static readonly ReportFormat[] Formats = { ReportFormat.Format2019, ReportFormat.Format2021 };

    private static readonly RuleComparison[] Comparisons = { RuleComparison.Equal, RuleComparison.LessOrEqual, RuleComparison.GreaterOrEqual };

    public static string FileName(ReportFormat format) => $"rules-{(int)format}.json";

    public static string Write(ReportFormat format)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("description", $"The consistency rules (勾稽关系) of format {(int)format} as data: the catalogue entry of every rule that applies to the format, and every rule instance the library evaluates, in the order it reports diagnostics. Generated from the rule catalogue by src/GovInfoDisclosure.Schema.Generation; the format of this file is described in docs/rules-export.md.");
            writer.WriteString("format", ((int)format).ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("reportSchema", ReportSchemas.Id(format).AbsoluteUri);
            WriteEvaluation(writer);
            WriteMessageParts(writer);

            writer.WriteStartArray("rules");
            foreach (RuleDefinition rule in RuleCatalogue.All.Where(r => r.Formats.Contains(format)))
            {
                WriteRule(writer, rule);
            }

            writer.WriteEndArray();

            writer.WriteStartArray("instances");
            foreach (RuleInstance instance in RuleSet.For(format).Instances)
            {
                WriteInstance(writer, instance, crossYear: false);
            }

            writer.WriteEndArray();
            WriteNarrative(writer, format);

            writer.WriteStartArray("crossYear");
            foreach (ReportFormat previous in Formats)
            {
                writer.WriteStartObject();
                writer.WriteString("previousFormat", ((int)previous).ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteStartArray("instances");
                foreach (RuleInstance instance in RuleSet.CrossYear(previous, format).Instances)
                {
                    WriteInstance(writer, instance, crossYear: true);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteConsolidation(writer, format);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteEvaluation(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("evaluation");
        writer.WriteStartObject("cells");
        writer.WriteString("number", "known: the number");
        writer.WriteString("null", "blank: unknown; read as 0 under the option blankAsZero (see blankAsZero)");
        writer.WriteString("string", "a printed mark such as \"/\": unknown, also under blankAsZero");
        writer.WriteString("absent", "missing: the document does not have this optional cell (a row without legalPersonSubtotal, a result group whose subtotal is absent or null); unknown");
        writer.WriteEndObject();
        writer.WriteString("applicability", "An instance applies only when the cell at its anchor (the first term of its left side) is not absent; otherwise it yields nothing. So the optional legalPersonSubtotal column (法人或其他组织小计) and the optional subtotal rows of the result groups are checked only where a document has them.");
        writer.WriteString("terms", "A cell term {weight, pointer} is known when its cell is a number (or a blank read as 0); it contributes weight × the number. A group term {weight, leaves, subtotal} is the sum of its leaves when every leaf is known; otherwise the value of its subtotal when the subtotal is known; otherwise unknown. Thus (七)总计 uses a group's subtotal where the group's rows are unknown, and GID-B2G checks subtotal = Σ leaves where both are known.");
        writer.WriteString("outcome", "If a term of either side is unknown, the outcome is indeterminate. Otherwise each side is the sum of its terms (an empty side is 0), and the instance passes when 'left comparison right' holds, and fails otherwise. Sums need 64-bit (or exact) integer arithmetic: cells go up to 2147483647.");
        writer.WriteString("blankAsZero", "Option, off by default. Every blank (null) cell is read as 0, except the leaves of a group term whose subtotal is not absent and whose leaves are all blank: they stay unknown (a group printed as one row; its breakdown is unknown, not 0). A blank subtotal is read as 0. Marks and absent cells stay unknown.");
        writer.WriteStartObject("diagnostic");
        writer.WriteString("code", "the instance's code; severity is the rule's (rules[].severity)");
        writer.WriteString("outcome", "'fail' or 'indeterminate'; an instance that passes or does not apply yields no diagnostic");
        writer.WriteString("paths", "fail: for each term, left side then right side: a cell term's pointer; a group term's leaf pointers when its value came from its leaves, its subtotal's pointer when it came from the subtotal. indeterminate: for each term, left side then right side: a cell term's pointer; a group term's leaf pointers, then its subtotal's pointer when the subtotal is not absent.");
        writer.WriteString("unknownPaths", "indeterminate: in the order of paths, every unknown cell term, and for each unknown group term its unknown leaves, then its subtotal when not absent. fail: empty.");
        writer.WriteString("actual", "fail: the sum of the side named by the instance's 'actual' (the value the report states: a printed total, the outgoing side of the balance, the bounded value); indeterminate: null");
        writer.WriteString("expected", "fail: the sum of the other side; indeterminate: null");
        writer.WriteString("order", "diagnostics in the order of 'instances'");
        writer.WriteEndObject();
        writer.WriteString("crossYear", "Instances of 'crossYear' relate the report (document 'current') to the report of the year before (document 'previous', of format previousFormat), and are evaluated only when the years are consecutive (otherwise one indeterminate GID-X1). Each term names its document; paths are written document + '#' + pointer, e.g. 'previous#/applications/carriedForward/total'. Everything else is as for 'instances'. GID-X1: when the current report's year is not the previous report's year + 1, the result is exactly one indeterminate GID-X1 with paths ['previous#/year', 'current#/year'], unknownPaths [], placeholders {previous} and {current} the two years.");
        writer.WriteString("messages", "A failed instance renders the rule's messages.fail, an indeterminate one messages.indeterminate: the zh template with the zh values, the en template with the en values, each {name} replaced by its value. {table}, {scope}: the instance's. {left}, {right}: the side's terms, each written name + nameValueSeparator + value (a blank read as 0 followed by blankAsZero; a group summed from its leaves written with the group's name and the sum, a group read from its subtotal with the subtotal's name and value), the first term preceded by leadingMinus when its weight is −1, the others by plus or minus; an empty side is emptySide. {op}: failOperator[comparison]. {relation}: the names of the left terms (signs as above, group terms by the group's name), then ' ' + comparison + ' ', then the names of the right terms. {unknown}: for each unknown path, the name of its cell (leaf or subtotal names for groups) followed by unknown.blank, unknown.mark (with {mark} replaced by the mark) or unknown.missing, joined with unknownSeparator. Numbers are written in decimal digits without grouping.");
        writer.WriteEndObject();
    }

    private static void WriteConsolidation(Utf8JsonWriter writer, ReportFormat format)
    {
        writer.WriteStartObject("consolidation");
        writer.WriteString("description", "Checking a consolidated report (document 'consolidated', of this format) against its parts (documents 'part1', 'part2', …, in the order given; a part known to exist but not available is null): CrossReportValidator.CheckConsolidated. Every cell listed in 'cells' of the consolidated report must equal the sum of the same cell of every part.");
        writer.WriteStartObject("codes");
        writer.WriteString("cell", RuleCodes.ConsolidatedCell);
        writer.WriteString("missingPart", RuleCodes.MissingPart);
        writer.WriteString("notSummable", RuleCodes.PartsNotSummable);
        writer.WriteEndObject();
        writer.WriteStartArray("steps");
        writer.WriteStringValue($"1. Missing parts: if any part is null, the result is exactly one indeterminate {RuleCodes.MissingPart}, paths and unknownPaths both the missing parts' roles followed by '#' (e.g. ['part2#']), in order; nothing else is checked. {{parts}}: the roles joined with listSeparator.");
        writer.WriteStringValue($"2. Summable: with no parts, one failed {RuleCodes.PartsNotSummable} with paths [] and reason notSummable.noParts. Otherwise, for each part in order, a part whose format differs from the consolidated report's yields a failed {RuleCodes.PartsNotSummable} with paths [role + '#/format'] and reason notSummable.format ({{part}} its role, {{format}} its format, {{expected}} the consolidated report's); then a part whose year differs yields one with paths [role + '#/year'] and reason notSummable.year. expected and actual are null. If there is any such diagnostic, they are the result and no cell is checked. The message (fail) is the reason.");
        writer.WriteStringValue($"3. Cells, in the order of 'cells': a cell absent from the consolidated report (an optional row or column it does not have) is skipped. Otherwise paths are ['consolidated#' + pointer, 'part1#' + pointer, …]. If the consolidated cell or any part's cell is unknown (blank, a mark, or absent in the part), the outcome is an indeterminate {RuleCodes.ConsolidatedCell} whose unknownPaths are the unknown ones among paths, in order; {{unknown}} names them: unknownConsolidated for the consolidated cell, unknownPart ({{part}} the role) for a part, joined with listSeparator. Otherwise the sum of the parts' values (exact: 64-bit for counts, decimal for amounts; a sum may exceed 2147483647) is compared with the consolidated value: equal passes; different fails with expected the sum and actual the consolidated value. {{cell}} is the cell's name, {{actual}} and {{expected}} the numbers, {{parts}} each part's role + ' ' + value joined with partsPlus.");
        writer.WriteEndArray();
        writer.WriteString("blankAsZero", "Under the option blankAsZero every report (the consolidated one and each part) is read as for 'instances' (a blank read as 0, the leaves of a group printed as one row excepted) before step 3.");
        writer.WriteStartObject("messageParts");
        writer.WriteStartObject("notSummable");
        Bilingual(writer, "noParts", ConsolidationRule.NoPartsReason);
        Bilingual(writer, "format", ConsolidationRule.FormatReason);
        Bilingual(writer, "year", ConsolidationRule.YearReason);
        writer.WriteEndObject();
        Bilingual(writer, "unknownConsolidated", ConsolidationRule.UnknownConsolidated);
        Bilingual(writer, "unknownPart", ConsolidationRule.UnknownPart);
        Bilingual(writer, "listSeparator", ConsolidationRule.ListSeparator);
        writer.WriteString("partsPlus", ConsolidationRule.PartsPlus);
        writer.WriteString("role", "part{n}: n is the 1-based index of the part");
        writer.WriteEndObject();
        writer.WriteStartArray("cells");
        foreach (FieldLabel field in CellLayout.For(format).Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("pointer", field.Pointer);
            writer.WriteString("kind", field.ValueKind switch
            {
                FieldValueKind.SignedCount => "signedCount",
                FieldValueKind.Amount => "amount",
                _ => "count",
            });
            Bilingual(writer, "name", new BilingualText(field.Chinese, field.English));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNarrative(Utf8JsonWriter writer, ReportFormat format)
    {
        LabelCatalogue catalogue = LabelCatalogue.For(format);
        writer.WriteStartObject("narrative");
        writer.WriteString("description", "The opt-in checks of the report's prose against 表三 (option checkNarrative), evaluated after every instance, feeStatement first. Texts are the strings at narrative pointers; an absent or null text is not read. Cells are read as for the instances (blankAsZero included).");
        writer.WriteString("normalize", "Remove every character with the Unicode White_Space property, and map U+FF01–U+FF5E to U+0021–U+007E (full-width forms to ASCII).");
        if (RuleCatalogue.Get(RuleCodes.FeeStatement).Formats.Contains(format))
        {
            writer.WriteStartObject("feeStatement");
            writer.WriteString("code", RuleCodes.FeeStatement);
            NarrativeCell(writer, catalogue, FeeStatementRule.CellPointer);
            writer.WriteString("text", FeeStatementRule.TextPointer);
            writer.WriteStartArray("words");
            foreach (string word in FeeStatementRule.FeeWords)
            {
                writer.WriteStringValue(word);
            }

            writer.WriteEndArray();
            writer.WriteString("noNotice", FeeStatementRule.NoNoticePattern);
            writer.WriteStartObject("statements");
            Bilingual(writer, "silent", FeeStatementRule.Silent);
            Bilingual(writer, "noNotice", FeeStatementRule.NoNoticeIssued);
            writer.WriteEndObject();
            writer.WriteString("evaluation", "Only when the document has the text. Cell unknown: indeterminate, paths [cell, text], unknownPaths [cell]. Cell 0: nothing. The normalised text contains none of the words: fail with statement 'silent'. Otherwise, split the text at overviewFigures.clauseSeparator, normalise each clause and skip those longer than overviewFigures.maxClauseLength; a clause where the regular expression noNotice matches: fail with statement 'noNotice'. Otherwise nothing. A fail has paths [cell, text], expected null, actual the cell's value. Placeholders: {cell} the cell's name, {actual} its value, {statement} the statement.");
            writer.WriteEndObject();
        }

        writer.WriteStartObject("overviewFigures");
        writer.WriteString("code", RuleCodes.OverviewFigures);
        writer.WriteStartArray("sections");
        foreach ((string pointer, BilingualText name) in OverviewFiguresRule.Sections(catalogue))
        {
            writer.WriteStartObject();
            writer.WriteString("pointer", pointer);
            Bilingual(writer, "name", name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("clauseSeparator", OverviewFiguresRule.ClauseSeparator);
        writer.WriteNumber("maxClauseLength", OverviewFiguresRule.MaxClauseLength);
        writer.WriteStartArray("figures");
        foreach (OverviewFiguresRule.Figure figure in OverviewFiguresRule.Figures)
        {
            writer.WriteStartObject();
            NarrativeCell(writer, catalogue, "/applications/" + figure.RowKey + "/total");
            Bilingual(writer, "phrase", figure.Phrase);
            writer.WriteString("stated", figure.StatedPattern);
            writer.WriteString("none", figure.NonePattern);
            writer.WriteStartArray("excludedWords");
            foreach (string word in figure.Excluded)
            {
                writer.WriteStringValue(word);
            }

            writer.WriteEndArray();
            writer.WriteString("excludedPrefix", figure.ExcludedPrefix);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("numbers", "A number is a run of ASCII digits (decimal), or of the Chinese numerals 零〇一二两三四五六七八九十百千万, at most 12 characters, read as follows: total = section = digit = 0; for each character: 零 or 〇 sets digit 0, 一 1, 二 or 两 2, 三 3 … 九 9; 十, 百, 千 add (digit, or 1 when digit is 0 and the unit is 十) × 10, 100, 1000 to section and reset digit; 万 sets total = (total + section + digit) × 10000 and resets section and digit; the number is total + section + digit. E.g. 十六 = 16, 二十一 = 21, 一百零五 = 105.");
        writer.WriteString("evaluation", "For each figure in order, read each section in order: split its text at clauseSeparator (before normalising: line breaks end clauses), normalise each clause, and skip an empty clause, a clause longer than maxClauseLength characters (UTF-16 code units, after normalising), a clause containing one of excludedWords, or one starting with excludedPrefix. A clause in which 'stated' matches (first match) and its group 1 is a number states that number; otherwise a clause in which 'none' matches states 0. The first number stated is the figure, and its section the one named; if any clause states a different number, the figure is ambiguous and not checked; if none states one, nothing is checked. Then, with the figure's cell: unknown: indeterminate, paths [section, cell], unknownPaths [cell]; a different value: fail, paths [section, cell], expected the cell's value, actual the stated number; equal: nothing. Placeholders: {section} the section's name, {phrase} the figure's phrase, {actual} the stated number, {cell} the cell's name, {expected} the cell's value.");
        writer.WriteEndObject();
        WriteTableFigures(writer, format, catalogue);
        writer.WriteEndObject();
    }

    private static void WriteTableFigures(Utf8JsonWriter writer, ReportFormat format, LabelCatalogue catalogue)
    {
        writer.WriteStartObject("tableFigures");
        writer.WriteString("code", RuleCodes.TableFigures);
        writer.WriteStartArray("sections");
        foreach ((string pointer, BilingualText name) in TableFiguresRule.Sections(catalogue))
        {
            writer.WriteStartObject();
            writer.WriteString("pointer", pointer);
            Bilingual(writer, "name", name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("figures");
        foreach (TableFiguresRule.Figure figure in TableFiguresRule.Figures)
        {
            if (!figure.Formats.Contains(format))
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteStartArray("cells");
            foreach (string pointer in figure.SecondCell is null ? new[] { figure.Cell } : new[] { figure.Cell, figure.SecondCell })
            {
                writer.WriteStringValue(pointer);
            }

            writer.WriteEndArray();
            Bilingual(writer, "cellName", TableFiguresRule.CellName(figure, catalogue));
            Bilingual(writer, "table", TableFiguresRule.TableName(figure));
            Bilingual(writer, "phrase", figure.Phrase);
            writer.WriteStartArray("stated");
            foreach (string pattern in figure.StatedPatterns)
            {
                writer.WriteStringValue(pattern);
            }

            writer.WriteEndArray();
            writer.WriteString("none", figure.NonePattern);
            writer.WriteStartArray("excludedWords");
            foreach (string word in figure.Excluded)
            {
                writer.WriteStringValue(word);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("evaluation", "After overviewFigures, for each figure in order, read each section in order as overviewFigures does (clauseSeparator, normalise, maxClauseLength, excludedWords; no excluded prefix). In a clause, the first of the 'stated' patterns that matches with a number in group 1 (ASCII digits with an optional decimal fraction, or a number as overviewFigures.numbers reads it) states that number; otherwise a clause in which 'none' matches states 0. The first number stated is the figure, its section and its (normalised) clause the ones cited; a different number stated anywhere makes the figure ambiguous: not checked. Then, with the figure's cells (summed): any unknown: indeterminate, paths [section, ...cells], unknownPaths the unknown cells; a sum different from the figure: fail, paths [section, ...cells], expected the sum, actual the figure; equal: nothing. Placeholders: {section}, {sentence} the clause, {phrase}, {actual} the figure, {table}, {cell} the cellName, {expected} the sum.");
        writer.WriteEndObject();
    }

    private static void NarrativeCell(Utf8JsonWriter writer, LabelCatalogue catalogue, string pointer)
    {
        if (!catalogue.TryGetField(pointer, out FieldLabel field))
        {
            throw new InvalidOperationException($"A narrative rule names '{pointer}', which format {(int)catalogue.Format} does not have.");
        }

        Cell(writer, "cell", pointer, NarrativeText.CellName(field));
    }

    private static void WriteMessageParts(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("messageParts");
        writer.WriteString("nameValueSeparator", MessageParts.NameValueSeparator);
        writer.WriteString("plus", MessageParts.Plus);
        writer.WriteString("minus", MessageParts.Minus);
        writer.WriteString("leadingMinus", MessageParts.LeadingMinus);
        writer.WriteString("emptySide", MessageParts.EmptySide);
        writer.WriteStartObject("failOperator");
        foreach (RuleComparison comparison in Comparisons)
        {
            writer.WriteString(MessageParts.RelationOperator(comparison), MessageParts.FailOperator(comparison));
        }

        writer.WriteEndObject();
        Bilingual(writer, "blankAsZero", MessageParts.BlankAsZero);
        writer.WriteStartObject("unknown");
        Bilingual(writer, "blank", MessageParts.Blank);
        Bilingual(writer, "mark", MessageParts.Mark);
        Bilingual(writer, "missing", MessageParts.Missing);
        writer.WriteEndObject();
        Bilingual(writer, "unknownSeparator", MessageParts.UnknownSeparator);
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleDefinition rule)
    {
        writer.WriteStartObject();
        writer.WriteString("code", rule.Code);
        writer.WriteString("severity", rule.Severity == DiagnosticSeverity.Error ? "error" : "warning");
        writer.WriteString("kind", Kebab(rule.Kind.ToString()));
        writer.WriteString("scope", Kebab(rule.Scope.ToString()));
        writer.WriteBoolean("optIn", rule.IsOptIn);
        if (rule.EnforcedBy is { } enforcedBy)
        {
            writer.WriteString("enforcedBy", enforcedBy);
        }

        Bilingual(writer, "title", rule.Title);
        Bilingual(writer, "formula", rule.Formula);
        Bilingual(writer, "description", rule.Description);
        writer.WriteString("basisLabel", rule.BasisLabel);
        writer.WriteString("specReference", rule.SpecReference);
        writer.WriteStartObject("messages");
        Template(writer, "fail", rule.FailMessage);
        Template(writer, "indeterminate", rule.IndeterminateMessage);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteInstance(Utf8JsonWriter writer, RuleInstance instance, bool crossYear)
    {
        writer.WriteStartObject();
        writer.WriteString("code", instance.Rule.Code);
        writer.WriteString("scopeKey", instance.ScopeKey);
        Bilingual(writer, "table", instance.Table);
        Bilingual(writer, "scope", instance.Scope);
        (string? document, string anchor) = Split(instance.Left[0].Path);
        if (crossYear)
        {
            writer.WriteString("anchorDocument", document);
        }

        writer.WriteString("anchor", anchor);
        Side(writer, "left", instance.Left, crossYear);
        writer.WriteString("comparison", MessageParts.RelationOperator(instance.Comparison));
        Side(writer, "right", instance.Right, crossYear);
        writer.WriteString("actual", instance.ActualIsLeft ? "left" : "right");
        writer.WriteEndObject();
    }

    private static void Side(Utf8JsonWriter writer, string name, CompiledTerm[] terms, bool crossYear)
    {
        writer.WriteStartArray(name);
        foreach (CompiledTerm term in terms)
        {
            writer.WriteStartObject();
            writer.WriteNumber("weight", term.Weight);
            if (crossYear)
            {
                writer.WriteString("document", term.Document == RuleDocument.Previous ? "previous" : "current");
            }

            if (!term.IsGroup)
            {
                writer.WriteString("pointer", Split(term.Path).Pointer);
                Bilingual(writer, "name", term.Name);
            }
            else
            {
                Bilingual(writer, "name", term.Name);
                writer.WriteStartArray("leaves");
                for (int i = 0; i < term.Leaves!.Length; i++)
                {
                    Cell(writer, null, term.LeafPaths![i], term.LeafNames![i]);
                }

                writer.WriteEndArray();
                Cell(writer, "subtotal", term.SubtotalPath, term.SubtotalName);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Cell(Utf8JsonWriter writer, string? property, string path, BilingualText name)
    {
        if (property is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(property);
        }

        writer.WriteString("pointer", Split(path).Pointer);
        Bilingual(writer, "name", name);
        writer.WriteEndObject();
    }

    /// <summary>A compiled path, <c>/…</c> or <c>previous#/…</c>, as its document and pointer.</summary>
    private static (string? Document, string Pointer) Split(string path)
    {
        int hash = path.IndexOf('#');
        return hash < 0 ? (null, path) : (path.Substring(0, hash), path.Substring(hash + 1));
    }

    private static void Template(Utf8JsonWriter writer, string name, MessageTemplate template)
    {
        writer.WriteStartObject(name);
        writer.WriteString("zh", template.Zh);
        writer.WriteString("en", template.En);
        writer.WriteStartArray("placeholders");
        foreach (string placeholder in MessageTemplate.PlaceholdersOf(template.Zh))
        {
            writer.WriteStringValue(placeholder);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Bilingual(Utf8JsonWriter writer, string name, BilingualText text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("zh", text.Zh);
        writer.WriteString("en", text.En);
        writer.WriteEndObject();
    }

    private static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
