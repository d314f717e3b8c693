using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Rules.Engine;

/// <summary>
/// The one generic engine: evaluates compiled rule instances against flattened reports. Pure, allocation-free while every
/// instance holds, overflow-safe (sums are <see cref="long"/> over at most a few dozen <see cref="int"/> cells).
/// </summary>
internal static class RuleEngine
{
    /// <summary>
    /// Evaluates every instance and appends a diagnostic for each that fails or cannot be decided, in instance order.
    /// </summary>
    /// <param name="instances">The compiled instances.</param>
    /// <param name="current">The cells of the report (the later report for year-over-year rules).</param>
    /// <param name="previous">The cells of the previous year's report, for year-over-year rules; otherwise <see langword="null"/>.</param>
    /// <param name="diagnostics">The list to append to; created on the first diagnostic.</param>
    public static void Evaluate(RuleInstance[] instances, CellValue[] current, CellValue[]? previous, ref List<Diagnostic>? diagnostics)
    {
        for (int i = 0; i < instances.Length; i++)
        {
            Diagnostic? diagnostic = Evaluate(instances[i], current, previous);
            if (diagnostic is not null)
            {
                (diagnostics ??= new List<Diagnostic>()).Add(diagnostic);
            }
        }
    }

    /// <summary>Evaluates one instance: <see langword="null"/> when it holds or does not apply.</summary>
    public static Diagnostic? Evaluate(RuleInstance instance, CellValue[] current, CellValue[]? previous)
    {
        CellValue[]? anchorCells = instance.AnchorDocument == RuleDocument.Previous ? previous : current;
        if (anchorCells is null || anchorCells[instance.Anchor].State == CellState.Absent)
        {
            return null;
        }

        bool known = TrySum(instance.Left, current, previous, out long left) & TrySum(instance.Right, current, previous, out long right);
        if (!known)
        {
            return Indeterminate(instance, current, previous);
        }

        bool holds = instance.Comparison switch
        {
            RuleComparison.Equal => left == right,
            RuleComparison.LessOrEqual => left <= right,
            _ => left >= right,
        };
        return holds ? null : Fail(instance, current, previous, left, right);
    }

    private static bool TrySum(CompiledTerm[] terms, CellValue[] current, CellValue[]? previous, out long sum)
    {
        sum = 0;
        bool known = true;
        for (int i = 0; i < terms.Length; i++)
        {
            CompiledTerm term = terms[i];
            CellValue[]? cells = term.Document == RuleDocument.Previous ? previous : current;
            if (cells is not null && TryValue(term, cells, out long value, out _))
            {
                sum += term.Weight * value;
            }
            else
            {
                known = false;
            }
        }

        return known;
    }

    /// <summary>The value of a term; for a group, whether it was read from the subtotal.</summary>
    private static bool TryValue(CompiledTerm term, CellValue[] cells, out long value, out bool fromSubtotal)
    {
        fromSubtotal = false;
        if (!term.IsGroup)
        {
            CellValue cell = cells[term.Cell];
            value = cell.Number;
            return cell.IsKnown;
        }

        value = 0;
        int[] leaves = term.Leaves!;
        bool leavesKnown = true;
        for (int i = 0; i < leaves.Length; i++)
        {
            CellValue leaf = cells[leaves[i]];
            if (leaf.IsKnown)
            {
                value += leaf.Number;
            }
            else
            {
                leavesKnown = false;
            }
        }

        if (leavesKnown)
        {
            return true;
        }

        CellValue subtotal = cells[term.Subtotal];
        value = subtotal.Number;
        fromSubtotal = true;
        return subtotal.IsKnown;
    }

    private static Diagnostic Fail(RuleInstance instance, CellValue[] current, CellValue[]? previous, long left, long right)
    {
        var paths = new List<string>();
        BilingualText leftText = Describe(instance.Left, current, previous, paths);
        BilingualText rightText = Describe(instance.Right, current, previous, paths);
        string op = MessageParts.FailOperator(instance.Comparison);
        long actual = instance.ActualIsLeft ? left : right;
        long expected = instance.ActualIsLeft ? right : left;
        var values = new Dictionary<string, BilingualText>
        {
            ["table"] = instance.Table,
            ["scope"] = instance.Scope,
            ["left"] = leftText,
            ["op"] = new BilingualText(op, op),
            ["right"] = rightText,
        };
        return new Diagnostic(instance.Rule.Code, instance.Rule.Severity, DiagnosticOutcome.Fail, paths, System.Array.Empty<string>(),
            expected, actual, instance.Rule.FailMessage.Render(values));
    }

    private static Diagnostic Indeterminate(RuleInstance instance, CellValue[] current, CellValue[]? previous)
    {
        var paths = new List<string>();
        var unknownPaths = new List<string>();
        var unknownZh = new List<string>();
        var unknownEn = new List<string>();
        CollectUnknown(instance.Left, current, previous, paths, unknownPaths, unknownZh, unknownEn);
        CollectUnknown(instance.Right, current, previous, paths, unknownPaths, unknownZh, unknownEn);
        string op = MessageParts.RelationOperator(instance.Comparison);
        BilingualText relation = Join(Formula(instance.Left), " " + op + " ", Formula(instance.Right));
        var values = new Dictionary<string, BilingualText>
        {
            ["table"] = instance.Table,
            ["scope"] = instance.Scope,
            ["relation"] = relation,
            ["unknown"] = new BilingualText(string.Join(MessageParts.UnknownSeparator.Zh, unknownZh), string.Join(MessageParts.UnknownSeparator.En, unknownEn)),
        };
        return new Diagnostic(instance.Rule.Code, instance.Rule.Severity, DiagnosticOutcome.Indeterminate, paths, unknownPaths,
            null, null, instance.Rule.IndeterminateMessage.Render(values));
    }

    private static void CollectUnknown(CompiledTerm[] terms, CellValue[] current, CellValue[]? previous, List<string> paths,
        List<string> unknownPaths, List<string> unknownZh, List<string> unknownEn)
    {
        foreach (CompiledTerm term in terms)
        {
            CellValue[]? cells = term.Document == RuleDocument.Previous ? previous : current;
            if (!term.IsGroup)
            {
                paths.Add(term.Path);
                CellValue cell = cells is null ? default : cells[term.Cell];
                if (!cell.IsKnown)
                {
                    AddUnknown(term.Path, term.Name, cell, unknownPaths, unknownZh, unknownEn);
                }

                continue;
            }

            bool known = cells is not null && TryValue(term, cells, out _, out _);
            for (int i = 0; i < term.Leaves!.Length; i++)
            {
                paths.Add(term.LeafPaths![i]);
            }

            CellValue subtotal = cells is null ? default : cells[term.Subtotal];
            if (subtotal.State != CellState.Absent)
            {
                paths.Add(term.SubtotalPath);
            }

            if (known)
            {
                continue;
            }

            for (int i = 0; i < term.Leaves.Length; i++)
            {
                CellValue leaf = cells is null ? default : cells[term.Leaves[i]];
                if (!leaf.IsKnown)
                {
                    AddUnknown(term.LeafPaths![i], term.LeafNames![i], leaf, unknownPaths, unknownZh, unknownEn);
                }
            }

            if (subtotal.State != CellState.Absent)
            {
                AddUnknown(term.SubtotalPath, term.SubtotalName, subtotal, unknownPaths, unknownZh, unknownEn);
            }
        }
    }

    private static void AddUnknown(string path, BilingualText name, CellValue cell, List<string> unknownPaths, List<string> zh, List<string> en)
    {
        unknownPaths.Add(path);
        switch (cell.State)
        {
            case CellState.Mark:
                zh.Add(name.Zh + MessageParts.Mark.Zh.Replace("{mark}", cell.Mark));
                en.Add(name.En + MessageParts.Mark.En.Replace("{mark}", cell.Mark));
                break;
            case CellState.Absent:
                zh.Add(name.Zh + MessageParts.Missing.Zh);
                en.Add(name.En + MessageParts.Missing.En);
                break;
            default:
                zh.Add(name.Zh + MessageParts.Blank.Zh);
                en.Add(name.En + MessageParts.Blank.En);
                break;
        }
    }

    /// <summary>"本年新收 11 + 上年结转 0", collecting the pointers of the cells used.</summary>
    private static BilingualText Describe(CompiledTerm[] terms, CellValue[] current, CellValue[]? previous, List<string> paths)
    {
        if (terms.Length == 0)
        {
            return new BilingualText(MessageParts.EmptySide, MessageParts.EmptySide);
        }

        var zh = new StringBuilder();
        var en = new StringBuilder();
        for (int i = 0; i < terms.Length; i++)
        {
            CompiledTerm term = terms[i];
            CellValue[] cells = (term.Document == RuleDocument.Previous ? previous : current)!;
            AppendSign(zh, en, term.Weight, i == 0);
            if (!term.IsGroup)
            {
                paths.Add(term.Path);
                AppendNamed(zh, en, term.Name, cells[term.Cell]);
                continue;
            }

            TryValue(term, cells, out long value, out bool fromSubtotal);
            if (fromSubtotal)
            {
                paths.Add(term.SubtotalPath);
                AppendNamed(zh, en, term.SubtotalName, cells[term.Subtotal]);
            }
            else
            {
                paths.AddRange(term.LeafPaths!);
                string number = value.ToString(CultureInfo.InvariantCulture);
                zh.Append(term.Name.Zh).Append(MessageParts.NameValueSeparator).Append(number);
                en.Append(term.Name.En).Append(MessageParts.NameValueSeparator).Append(number);
            }
        }

        return new BilingualText(zh.ToString(), en.ToString());
    }

    private static void AppendSign(StringBuilder zh, StringBuilder en, int weight, bool first)
    {
        if (first)
        {
            if (weight < 0)
            {
                zh.Append(MessageParts.LeadingMinus);
                en.Append(MessageParts.LeadingMinus);
            }

            return;
        }

        string sign = weight < 0 ? MessageParts.Minus : MessageParts.Plus;
        zh.Append(sign);
        en.Append(sign);
    }

    private static void AppendNamed(StringBuilder zh, StringBuilder en, BilingualText name, CellValue cell)
    {
        string number = cell.Number.ToString(CultureInfo.InvariantCulture);
        zh.Append(name.Zh).Append(MessageParts.NameValueSeparator).Append(number);
        en.Append(name.En).Append(MessageParts.NameValueSeparator).Append(number);
        if (cell.State == CellState.BlankAsZero)
        {
            zh.Append(MessageParts.BlankAsZero.Zh);
            en.Append(MessageParts.BlankAsZero.En);
        }
    }

    /// <summary>"本年新收 + 上年结转", the side with names only.</summary>
    private static BilingualText Formula(CompiledTerm[] terms)
    {
        if (terms.Length == 0)
        {
            return new BilingualText(MessageParts.EmptySide, MessageParts.EmptySide);
        }

        var zh = new StringBuilder();
        var en = new StringBuilder();
        for (int i = 0; i < terms.Length; i++)
        {
            AppendSign(zh, en, terms[i].Weight, i == 0);
            zh.Append(terms[i].Name.Zh);
            en.Append(terms[i].Name.En);
        }

        return new BilingualText(zh.ToString(), en.ToString());
    }

    private static BilingualText Join(BilingualText left, string separator, BilingualText right) =>
        new(left.Zh + separator + right.Zh, left.En + separator + right.En);
}
