using GovInfoDisclosure.Schema.Cells;
using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Catalogue;

namespace GovInfoDisclosure.Schema.Rules.Engine;

/// <summary>
/// The relations of one format (or one pair of formats) compiled once into rule instances: every pointer resolved to a cell
/// index of the <see cref="CellLayout"/>, every label prepared. Compiling fails loudly when a relation names a pointer the label
/// catalogue does not have, so a catalogue error cannot ship (the tests compile every set).
/// </summary>
internal sealed class RuleSet
{
    // One compiled set per format and one per (previous, current) pair of formats, indexed by FormatDescriptor.Ordinal.
    private static readonly Lazy<RuleSet>[] LazyOwn = OwnSets();
    private static readonly Lazy<RuleSet>[] LazyCross = CrossSets();

    private RuleSet(RuleInstance[] instances, IReadOnlyList<RuleRelation> relations, ReportFormat format, ReportFormat? previousFormat)
    {
        Instances = instances;
        Relations = relations;
        var groups = new List<CompiledTerm>();
        var seen = new HashSet<int>();
        foreach (RuleInstance instance in instances)
        {
            foreach (CompiledTerm term in instance.Right)
            {
                if (term.IsGroup && term.Document == RuleDocument.Current && seen.Add(term.Subtotal))
                {
                    groups.Add(term);
                }
            }
        }

        Groups = groups.ToArray();
        Format = format;
        PreviousFormat = previousFormat;
    }

    public RuleInstance[] Instances { get; }

    public IReadOnlyList<RuleRelation> Relations { get; }

    /// <summary>Every (result group, column) of the format: its leaf cells and its subtotal cell.</summary>
    public CompiledTerm[] Groups { get; }

    public ReportFormat Format { get; }

    public ReportFormat? PreviousFormat { get; }

    /// <summary>The rules within one report of a format.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static RuleSet For(ReportFormat format) => LazyOwn[FormatDescriptor.For(format).Ordinal].Value;

    /// <summary>The year-over-year rules from a report of <paramref name="previous"/> format to one of <paramref name="current"/> format.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A format is not a defined format.</exception>
    public static RuleSet CrossYear(ReportFormat previous, ReportFormat current) =>
        LazyCross[(FormatDescriptor.For(previous).Ordinal * FormatDescriptor.All.Length) + FormatDescriptor.For(current).Ordinal].Value;

    private static Lazy<RuleSet>[] OwnSets()
    {
        var sets = new Lazy<RuleSet>[FormatDescriptor.All.Length];
        foreach (FormatDescriptor descriptor in FormatDescriptor.All)
        {
            sets[descriptor.Ordinal] = new Lazy<RuleSet>(() => Compile(descriptor.Relations, descriptor.Format, null));
        }

        return sets;
    }

    private static Lazy<RuleSet>[] CrossSets()
    {
        int n = FormatDescriptor.All.Length;
        var sets = new Lazy<RuleSet>[n * n];
        foreach (FormatDescriptor previous in FormatDescriptor.All)
        {
            foreach (FormatDescriptor current in FormatDescriptor.All)
            {
                sets[(previous.Ordinal * n) + current.Ordinal] = new Lazy<RuleSet>(() => CompileCross(previous.Format, current.Format));
            }
        }

        return sets;
    }

    private static RuleSet CompileCross(ReportFormat previous, ReportFormat current) =>
        Compile(CrossReportRules.For(previous, current), current, previous);

    internal static RuleSet Compile(IReadOnlyList<RuleRelation> relations, ReportFormat format, ReportFormat? previousFormat)
    {
        // Diagnostics come out in catalogue order whatever order a format file lists its relations in.
        var ordered = new List<RuleRelation>(relations);
        var rank = new Dictionary<RuleDefinition, int>();
        for (int i = 0; i < RuleCatalogue.All.Count; i++)
        {
            rank[RuleCatalogue.All[i]] = i;
        }

        var indexed = new List<KeyValuePair<int, RuleRelation>>();
        for (int i = 0; i < ordered.Count; i++)
        {
            indexed.Add(new KeyValuePair<int, RuleRelation>(rank[ordered[i].Rule] * 10_000 + i, ordered[i]));
        }

        indexed.Sort((a, b) => a.Key.CompareTo(b.Key));

        var instances = new List<RuleInstance>();
        foreach (KeyValuePair<int, RuleRelation> entry in indexed)
        {
            RuleRelation relation = entry.Value;
            foreach (string key in relation.ScopeKeys)
            {
                instances.Add(Expand(relation, key, instances.Count, format, previousFormat));
            }
        }

        return new RuleSet(instances.ToArray(), relations, format, previousFormat);
    }

    private static RuleInstance Expand(RuleRelation relation, string key, int ordinal, ReportFormat format, ReportFormat? previousFormat)
    {
        LabelCatalogue catalogue = LabelCatalogue.For(format);
        TableLabel table = catalogue.GetTable(relation.Table);
        string placeholder = relation.Scope == RuleScope.EachColumn ? "{column}" : "{row}";
        RowLabel? scopeRow = null;
        BilingualText scope;
        if (relation.Scope == RuleScope.EachColumn)
        {
            ColumnLabel column = FindColumn(table, key);
            scope = new BilingualText(column.Chinese + "列", "column " + column.English);
        }
        else
        {
            scopeRow = FindRow(table, key);
            scope = new BilingualText(scopeRow.ShortChinese + (relation.Table == ReportTable.Applications ? "行" : string.Empty), "row " + scopeRow.English);
        }

        var context = new ExpansionContext(relation, placeholder, key, format, previousFormat, scopeRow);
        CompiledTerm[] left = context.CompileAll(relation.Left);
        CompiledTerm[] right = context.CompileAll(relation.Right);
        CompiledTerm first = left[0];
        if (first.IsGroup)
        {
            throw new InvalidOperationException($"Rule {relation.Rule.Code}: the first operand must be a cell.");
        }

        return new RuleInstance
        {
            Rule = relation.Rule,
            Ordinal = ordinal,
            ScopeKey = key,
            Left = left,
            Comparison = relation.Comparison,
            Right = right,
            ActualIsLeft = relation.ActualIsLeft,
            Anchor = first.Cell,
            AnchorDocument = first.Document,
            Table = new BilingualText(table.ShortChinese, table.English + " table"),
            Scope = scope,
        };
    }

    private static ColumnLabel FindColumn(TableLabel table, string key)
    {
        foreach (ColumnLabel column in table.Rows[0].Columns)
        {
            if (column.Key == key)
            {
                return column;
            }
        }

        throw new InvalidOperationException($"Table {table.ShortChinese} has no column '{key}'.");
    }

    private static RowLabel FindRow(TableLabel table, string key)
    {
        foreach (RowLabel row in table.Rows)
        {
            if (row.Key == key)
            {
                return row;
            }
        }

        throw new InvalidOperationException($"Table {table.ShortChinese} has no row '{key}'.");
    }

    private sealed class ExpansionContext
    {
        private readonly RuleRelation _relation;
        private readonly string _placeholder;
        private readonly string _key;
        private readonly ReportFormat _format;
        private readonly ReportFormat? _previousFormat;
        private readonly RowLabel? _scopeRow;

        public ExpansionContext(RuleRelation relation, string placeholder, string key, ReportFormat format, ReportFormat? previousFormat, RowLabel? scopeRow)
        {
            _relation = relation;
            _placeholder = placeholder;
            _key = key;
            _format = format;
            _previousFormat = previousFormat;
            _scopeRow = scopeRow;
        }

        public CompiledTerm[] CompileAll(RuleOperand[] operands)
        {
            var terms = new CompiledTerm[operands.Length];
            for (int i = 0; i < operands.Length; i++)
            {
                terms[i] = Compile(operands[i]);
            }

            return terms;
        }

        private CompiledTerm Compile(RuleOperand operand)
        {
            CellLayout map = MapOf(operand.Document);
            if (!operand.IsGroup)
            {
                (int cell, FieldLabel field) = Resolve(map, operand.Pointer!);
                return new CompiledTerm
                {
                    Weight = operand.Weight,
                    Document = operand.Document,
                    Cell = cell,
                    Path = Qualify(operand.Document, field.Pointer),
                    Name = NameOf(field, operand.Document),
                };
            }

            string[] leafTemplates = operand.GroupLeaves!;
            var leaves = new int[leafTemplates.Length];
            var leafPaths = new string[leafTemplates.Length];
            var leafNames = new BilingualText[leafTemplates.Length];
            FieldLabel? firstLeaf = null;
            for (int i = 0; i < leafTemplates.Length; i++)
            {
                (int cell, FieldLabel field) = Resolve(map, leafTemplates[i]);
                leaves[i] = cell;
                leafPaths[i] = Qualify(operand.Document, field.Pointer);
                leafNames[i] = NameOf(field, operand.Document);
                firstLeaf ??= field;
            }

            (int subtotal, FieldLabel subtotalField) = Resolve(map, operand.GroupSubtotal!);
            RowLabel subtotalRow = subtotalField.Row!;
            string groupEnglish = subtotalRow.English.EndsWith(", subtotal", StringComparison.Ordinal)
                ? subtotalRow.English.Substring(0, subtotalRow.English.Length - ", subtotal".Length)
                : subtotalRow.English;
            return new CompiledTerm
            {
                Weight = operand.Weight,
                Document = operand.Document,
                Leaves = leaves,
                LeafPaths = leafPaths,
                LeafNames = leafNames,
                Name = new BilingualText(firstLeaf!.Row!.ChinesePath[1], groupEnglish),
                Subtotal = subtotal,
                SubtotalPath = Qualify(operand.Document, subtotalField.Pointer),
                SubtotalName = new BilingualText(subtotalRow.ShortChinese, subtotalRow.English),
            };
        }

        private CellLayout MapOf(RuleDocument document)
        {
            if (document == RuleDocument.Previous)
            {
                return _previousFormat is { } previous
                    ? CellLayout.For(previous)
                    : throw new InvalidOperationException($"Rule {_relation.Rule.Code} reads a previous report but is not a year-over-year rule.");
            }

            return CellLayout.For(_format);
        }

        private (int Cell, FieldLabel Field) Resolve(CellLayout map, string template)
        {
            string pointer = template.Replace(_placeholder, _key);
            if (pointer.IndexOf('{') >= 0)
            {
                throw new InvalidOperationException($"Rule {_relation.Rule.Code}: '{template}' has a placeholder its scope does not fill.");
            }

            int cell = map.IndexOf(pointer);
            if (cell < 0)
            {
                throw new InvalidOperationException($"The rule catalogue names '{pointer}', which is not a cell of format {(int)map.Format}.");
            }

            FieldLabel field = map.Fields[cell];
            if (field.ValueKind is not (FieldValueKind.Count or FieldValueKind.SignedCount))
            {
                throw new InvalidOperationException($"Rule {_relation.Rule.Code}: '{pointer}' is not a count; amounts take part in no relation.");
            }

            return (cell, field);
        }

        private string Qualify(RuleDocument document, string pointer) =>
            _previousFormat is null ? pointer : (document == RuleDocument.Previous ? "previous#" : "current#") + pointer;

        private BilingualText NameOf(FieldLabel field, RuleDocument document)
        {
            RowLabel row = field.Row!;
            ColumnLabel column = field.Column!;
            BilingualText name;
            if (_relation.Scope == RuleScope.EachColumn)
            {
                name = new BilingualText(row.ShortChinese, row.English);
            }
            else if (_scopeRow is not null && row.Key == _scopeRow.Key)
            {
                name = new BilingualText(column.Chinese, column.English);
            }
            else
            {
                name = new BilingualText(row.ShortChinese + " " + column.Chinese, row.English + " " + column.English);
            }

            return document == RuleDocument.Previous
                ? new BilingualText("上年报告 " + name.Zh, "last year's " + name.En)
                : name;
        }
    }
}
