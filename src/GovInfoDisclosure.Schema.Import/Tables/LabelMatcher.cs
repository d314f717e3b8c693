using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>
/// Matches label cells against the label catalogue of one table in one layout, after the normalisation of
/// <see cref="LabelText"/>: exact labels and variants first, then the label without its ordinal, subtotals, annotated
/// labels (official label + "(…)"), labels with their group label run into them, and finally labels cut short that
/// can only be one row. Header cells are matched against the columns, also from fragments ("商业" of 商业企业).
/// </summary>
internal sealed class LabelMatcher
{
    private static readonly string[] SubtotalSuffixes = { "小计", "合计", "(小计)", "(合计)", "(总计)", "总计" };

    /// <summary>The matchers built from the catalogue, one per table label: their indexes never change once built.</summary>
    private static readonly ConditionalWeakTable<TableLabel, LabelMatcher> Built = new();

    private readonly Dictionary<string, RowLabel> _rowsByLabel;
    private readonly HashSet<string> _variantLabels;
    private readonly Dictionary<string, RowLabel?> _rowsByCore;
    private readonly Dictionary<RowLabel, int> _ordinalKinds;
    private readonly List<KeyValuePair<string, RowLabel>> _rowCores;
    private readonly Dictionary<string, string> _groupsByLabel;
    private readonly Dictionary<string, string> _groupsByCore;
    private readonly List<KeyValuePair<string, string>> _groupLabels;
    private readonly Dictionary<string, RowLabel> _subtotals;
    private readonly List<KeyValuePair<string, ColumnLabel>> _columns;
    private readonly HashSet<string> _headers;
    private readonly string? _headerNote;
    private readonly Dictionary<string, LabelMatch> _similar;

    /// <summary>
    /// A matcher for one import: the indexes of <paramref name="built"/> (shared, read only) and a memo of its own for
    /// the similarity matches of this import's labels.
    /// </summary>
    private LabelMatcher(LabelMatcher built)
    {
        Table = built.Table;
        _rowsByLabel = built._rowsByLabel;
        _variantLabels = built._variantLabels;
        _rowsByCore = built._rowsByCore;
        _ordinalKinds = built._ordinalKinds;
        _rowCores = built._rowCores;
        _groupsByLabel = built._groupsByLabel;
        _groupsByCore = built._groupsByCore;
        _groupLabels = built._groupLabels;
        _subtotals = built._subtotals;
        _columns = built._columns;
        _headers = built._headers;
        _headerNote = built._headerNote;
        _similar = new(StringComparer.Ordinal);
    }

    private LabelMatcher(TableLabel table)
    {
        Table = table;
        _rowsByLabel = new(StringComparer.Ordinal);
        _variantLabels = new(StringComparer.Ordinal);
        _rowsByCore = new(StringComparer.Ordinal);
        _ordinalKinds = new();
        _rowCores = new();
        _groupsByLabel = new(StringComparer.Ordinal);
        _groupsByCore = new(StringComparer.Ordinal);
        _groupLabels = new();
        _subtotals = new(StringComparer.Ordinal);
        _columns = new();
        _headers = new(StringComparer.Ordinal);
        _similar = new(StringComparer.Ordinal);
        _headerNote = table.HeaderNote is null ? null : LabelText.Normalize(table.HeaderNote);
        foreach (RowLabel row in table.Rows)
        {
            string[] path = new string[row.ChinesePath.Count];
            for (int i = 0; i < path.Length; i++)
            {
                path[i] = LabelText.Normalize(row.ChinesePath[i]);
            }

            int slash = row.Key.LastIndexOf('/');
            string parentKey = slash < 0 ? string.Empty : row.Key.Substring(0, slash);
            if (row.Key.EndsWith("/subtotal", StringComparison.Ordinal))
            {
                _subtotals[parentKey] = row;
            }
            else
            {
                AddRow(path[path.Length - 1], row, variant: false);
                foreach (string variant in row.Variants)
                {
                    AddRow(LabelText.Normalize(variant), row, variant: true);
                }
            }

            // Group labels: 表二's block captions, keyed by the caption, and every label of the path above the row's own
            // (三、本年度办理结果, (三)不予公开, 行政诉讼), keyed by the row-key prefix.
            if (row.BlockCaption is { } caption)
            {
                string normalizedCaption = LabelText.Normalize(caption);
                AddGroup(normalizedCaption, normalizedCaption);
            }

            string groupKey = parentKey;
            for (int i = path.Length - 2; i >= 0; i--)
            {
                AddGroup(path[i], groupKey);
                int cut = groupKey.LastIndexOf('/');
                groupKey = cut < 0 ? groupKey : groupKey.Substring(0, cut);
            }

            foreach (ColumnLabel column in row.Columns)
            {
                AddColumn(LabelText.Normalize(column.Chinese), column);
                foreach (string variant in column.Variants)
                {
                    AddColumn(LabelText.Normalize(variant), column);
                }

                if (column.ChineseGroup is { } columnGroup)
                {
                    _headers.Add(LabelText.Normalize(columnGroup));
                }
            }
        }

        foreach (string header in new[] { "信息内容", "申请人情况" })
        {
            _headers.Add(header);
        }

        if (table.Table == ReportTable.Applications)
        {
            // A bare 小计 in the header is the 法人或其他组织小计 column.
            foreach (KeyValuePair<string, ColumnLabel> column in _columns.ToArray())
            {
                if (column.Value.Key == "legalPersonSubtotal")
                {
                    _columns.Add(new KeyValuePair<string, ColumnLabel>("小计", column.Value));
                    break;
                }
            }
        }
    }

    public TableLabel Table { get; }

    /// <summary>
    /// A matcher for <paramref name="table"/>, for one import (not to be shared between threads: it memoises its similarity
    /// matches). The catalogue's indexes are built once per table label and shared, read only, by every matcher.
    /// </summary>
    public static LabelMatcher For(TableLabel table) => new(Built.GetValue(table, label => new LabelMatcher(label)));

    /// <summary>Matches one label cell.</summary>
    /// <param name="text">The cell text, verbatim.</param>
    /// <param name="headerContext">Whether the cell is in the table's header (before the first data row), where column labels win over row labels (其他, 总计).</param>
    public LabelMatch Match(string text, bool headerContext)
    {
        string n = LabelText.Normalize(text);
        if (n.Length == 0)
        {
            return LabelMatch.None;
        }

        if (headerContext && MatchHeader(n, allowFragments: false) is { Kind: not LabelMatchKind.None } header)
        {
            return header;
        }

        LabelMatch found = MatchRowOrGroup(n);
        if (found.Kind != LabelMatchKind.None)
        {
            return found;
        }

        // A group label run into the row label: "(三)不予公开1.属于国家秘密".
        foreach (KeyValuePair<string, string> group in _groupLabels)
        {
            if (n.Length > group.Key.Length && n.StartsWith(group.Key, StringComparison.Ordinal))
            {
                LabelMatch rest = MatchRowOrGroup(n.Substring(group.Key.Length));
                if (rest.Kind is LabelMatchKind.Row or LabelMatchKind.Subtotal)
                {
                    return rest;
                }
            }
        }

        if (MatchHeader(n, allowFragments: headerContext) is { Kind: not LabelMatchKind.None } column)
        {
            return column;
        }

        // A label cut short: the start of exactly one row's label.
        string core = LabelText.StripOrdinal(n);
        int level = LabelText.OrdinalKind(n);
        if (core.Length >= 4)
        {
            RowLabel? only = null;
            int count = 0;
            foreach (KeyValuePair<string, RowLabel> row in _rowCores)
            {
                if (row.Key.Length > core.Length && row.Key.StartsWith(core, StringComparison.Ordinal) && !ReferenceEquals(only, row.Value)
                    && SameLevel(level, row.Value))
                {
                    only = row.Value;
                    count++;
                }
            }

            if (count == 1)
            {
                return new LabelMatch(LabelMatchKind.Row, LabelMatchQuality.Truncated, only);
            }
        }

        return LabelMatch.None;
    }

    /// <summary>
    /// A damaged row label: a piece (six characters or more) of exactly one row's label (a label wrapped over lines,
    /// "行政机关不再处理其政府信息公"), or a label that lost or gained a few characters ("5.属于三类内部信息") and is much more
    /// like one row than any other. A printed arabic ordinal must be the row's.
    /// </summary>
    public LabelMatch MatchSimilar(string normalized)
    {
        if (_similar.TryGetValue(normalized, out LabelMatch known))
        {
            return known;
        }

        LabelMatch match = FindSimilar(normalized);
        if (_similar.Count < 4096)
        {
            _similar[normalized] = match;
        }

        return match;
    }

    private LabelMatch FindSimilar(string normalized)
    {
        string core = LabelText.StripOrdinal(normalized);
        int printedOrdinal = ArabicOrdinal(normalized);
        if (core.Length < 4)
        {
            return LabelMatch.None;
        }

        RowLabel? containing = null;
        int containingCount = 0;
        RowLabel? best = null;
        double bestScore = 0;
        double second = 0;
        foreach (KeyValuePair<string, RowLabel> row in _rowCores)
        {
            if (row.Value.IsOptional || (printedOrdinal > 0 && ArabicOrdinal(LabelText.Normalize(row.Value.Chinese)) is int o && o > 0 && o != printedOrdinal))
            {
                continue;
            }

            if (core.Length >= 6 && row.Key.IndexOf(core, StringComparison.Ordinal) >= 0 && !ReferenceEquals(containing, row.Value))
            {
                containing = row.Value;
                containingCount++;
            }

            int common = CommonSubsequence(core, row.Key);
            double score = Math.Min((double)common / row.Key.Length, (double)common / core.Length);
            if (score > bestScore)
            {
                second = bestScore;
                bestScore = score;
                best = row.Value;
            }
            else if (score > second && !ReferenceEquals(best, row.Value))
            {
                second = score;
            }
        }

        if (containingCount == 1)
        {
            return new LabelMatch(LabelMatchKind.Row, LabelMatchQuality.Similar, containing);
        }

        if (containingCount == 0 && best is not null && bestScore >= 0.75 && bestScore - second >= 0.25)
        {
            return new LabelMatch(LabelMatchKind.Row, LabelMatchQuality.Similar, best);
        }

        return LabelMatch.None;
    }

    /// <summary>The rows whose label contains a damaged piece (six characters or more) when there are several: its place must decide.</summary>
    public List<RowLabel> SimilarCandidates(string normalized)
    {
        string core = LabelText.StripOrdinal(normalized);
        var rows = new List<RowLabel>();
        if (core.Length < 6)
        {
            return rows;
        }

        foreach (KeyValuePair<string, RowLabel> row in _rowCores)
        {
            if (!row.Value.IsOptional && row.Key.IndexOf(core, StringComparison.Ordinal) >= 0 && !rows.Contains(row.Value))
            {
                rows.Add(row.Value);
            }
        }

        return rows.Count >= 2 ? rows : new List<RowLabel>();
    }

    private static int ArabicOrdinal(string normalized)
    {
        int i = 0;
        int value = 0;
        while (i < normalized.Length && i < 3 && LabelText.IsAsciiDigit(normalized[i]))
        {
            value = (value * 10) + (normalized[i] - '0');
            i++;
        }

        return i > 0 && i < normalized.Length && (normalized[i] == '.' || normalized[i] == '\u3001') ? value : 0;
    }

    /// <summary>The length of the longest common subsequence (labels are short: O(|a|·|b|) with two rows).</summary>
    private static int CommonSubsequence(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The subtotal row of a group, when the catalogue has one.</summary>
    public RowLabel? SubtotalOf(string? group) => group is not null && _subtotals.TryGetValue(group, out RowLabel? row) ? row : null;

    private LabelMatch MatchRowOrGroup(string n)
    {
        if (_rowsByLabel.TryGetValue(n, out RowLabel? exact))
        {
            return new LabelMatch(LabelMatchKind.Row, _variantLabels.Contains(n) ? LabelMatchQuality.Variant : LabelMatchQuality.Exact, exact);
        }

        if (_groupsByLabel.TryGetValue(n, out string? groupKey))
        {
            return new LabelMatch(LabelMatchKind.Group, group: groupKey);
        }

        string core = LabelText.StripOrdinal(n);
        int ordinal = LabelText.OrdinalKind(n);
        if (_rowsByCore.TryGetValue(core, out RowLabel? byCore) && byCore is not null && SameLevel(ordinal, byCore))
        {
            return new LabelMatch(LabelMatchKind.Row, _variantLabels.Contains(core) ? LabelMatchQuality.Variant : LabelMatchQuality.Exact, byCore);
        }

        if (_groupsByCore.TryGetValue(core, out string? groupByCore) && ordinal is 0 or 1 or 2)
        {
            return new LabelMatch(LabelMatchKind.Group, group: groupByCore);
        }

        if (core is "小计" or "合计" or "(小计)" or "(合计)")
        {
            return new LabelMatch(LabelMatchKind.Subtotal);
        }

        foreach (KeyValuePair<string, string> group in _groupLabels)
        {
            string groupCore = LabelText.StripOrdinal(group.Key);
            foreach (string suffix in SubtotalSuffixes)
            {
                if (string.Equals(n, group.Key + suffix, StringComparison.Ordinal) || string.Equals(core, groupCore + suffix, StringComparison.Ordinal))
                {
                    return new LabelMatch(LabelMatchKind.Subtotal, group: group.Value, row: SubtotalOf(group.Value));
                }
            }
        }

        // An annotated label: the official label (or its core) followed by "(…)", ":" or similar.
        RowLabel? annotated = null;
        int longest = 0;
        foreach (KeyValuePair<string, RowLabel> row in _rowCores)
        {
            if (row.Key.Length > longest && IsAnnotated(core, row.Key) && SameLevel(ordinal, row.Value))
            {
                annotated = row.Value;
                longest = row.Key.Length;
            }
        }

        if (annotated is not null)
        {
            return new LabelMatch(LabelMatchKind.Row, LabelMatchQuality.Annotated, annotated);
        }

        return LabelMatch.None;
    }

    private LabelMatch MatchHeader(string n, bool allowFragments)
    {
        foreach (KeyValuePair<string, ColumnLabel> column in _columns)
        {
            if (string.Equals(n, column.Key, StringComparison.Ordinal))
            {
                return new LabelMatch(LabelMatchKind.Column, column: column.Value);
            }
        }

        foreach (KeyValuePair<string, ColumnLabel> column in _columns)
        {
            if (IsAnnotated(n, column.Key))
            {
                return new LabelMatch(LabelMatchKind.Column, LabelMatchQuality.Annotated, column: column.Value);
            }
        }

        if (_headers.Contains(n) || (_headerNote is not null && n.StartsWith("(本列数据的勾稽关系", StringComparison.Ordinal)))
        {
            return new LabelMatch(LabelMatchKind.Header);
        }

        if (!allowFragments)
        {
            return LabelMatch.None;
        }

        // Split or truncated header text: the start of exactly one column label, or any other piece of one.
        if (n.Length >= 2)
        {
            ColumnLabel? only = null;
            int count = 0;
            foreach (KeyValuePair<string, ColumnLabel> column in _columns)
            {
                if (column.Key.Length > n.Length && column.Key.StartsWith(n, StringComparison.Ordinal) && !ReferenceEquals(only, column.Value))
                {
                    only = column.Value;
                    count++;
                }
            }

            if (count == 1)
            {
                return new LabelMatch(LabelMatchKind.Column, LabelMatchQuality.Fragment, column: only);
            }
        }

        foreach (KeyValuePair<string, ColumnLabel> column in _columns)
        {
            if (column.Key.IndexOf(n, StringComparison.Ordinal) >= 0)
            {
                return new LabelMatch(LabelMatchKind.Header, LabelMatchQuality.Fragment);
            }
        }

        foreach (string header in _headers)
        {
            if (header.IndexOf(n, StringComparison.Ordinal) >= 0)
            {
                return new LabelMatch(LabelMatchKind.Header, LabelMatchQuality.Fragment);
            }
        }

        if (_headerNote is not null && _headerNote.IndexOf(n, StringComparison.Ordinal) >= 0)
        {
            return new LabelMatch(LabelMatchKind.Header, LabelMatchQuality.Fragment);
        }

        return LabelMatch.None;
    }

    /// <summary>Whether a cell's ordinal kind allows the row: no ordinal, or the same kind (1. and 1、 are one kind).</summary>
    private bool SameLevel(int ordinal, RowLabel row) =>
        ordinal == 0 || !_ordinalKinds.TryGetValue(row, out int expected) || expected == 0 || expected == ordinal;

    private static bool IsAnnotated(string text, string label)
    {
        if (text.Length <= label.Length || !text.StartsWith(label, StringComparison.Ordinal))
        {
            return false;
        }

        char next = text[label.Length];
        return next is '(' or '[' or ':' or '<' or '"' or '\u3010' or '\u3014' or '\u2014' or '-' or ',';
    }

    private void AddRow(string normalized, RowLabel row, bool variant)
    {
        if (!_ordinalKinds.ContainsKey(row))
        {
            _ordinalKinds[row] = LabelText.OrdinalKind(normalized);
        }

        if (!_rowsByLabel.ContainsKey(normalized))
        {
            _rowsByLabel[normalized] = row;
            if (variant)
            {
                _variantLabels.Add(normalized);
            }
        }

        string core = LabelText.StripOrdinal(normalized);
        if (_rowsByCore.TryGetValue(core, out RowLabel? existing))
        {
            if (!ReferenceEquals(existing, row))
            {
                _rowsByCore[core] = null; // not unique: never matched by its core alone
            }
        }
        else
        {
            _rowsByCore[core] = row;
            _rowCores.Add(new KeyValuePair<string, RowLabel>(core, row));
            if (variant)
            {
                _variantLabels.Add(core);
            }
        }
    }

    private void AddGroup(string normalized, string key)
    {
        if (_rowsByLabel.ContainsKey(normalized) || _groupsByLabel.ContainsKey(normalized))
        {
            return;
        }

        _groupsByLabel[normalized] = key;
        _groupLabels.Add(new KeyValuePair<string, string>(normalized, key));
        string core = LabelText.StripOrdinal(normalized);
        if (!_groupsByCore.ContainsKey(core))
        {
            _groupsByCore[core] = key;
        }
    }

    private void AddColumn(string normalized, ColumnLabel column)
    {
        foreach (KeyValuePair<string, ColumnLabel> existing in _columns)
        {
            if (string.Equals(existing.Key, normalized, StringComparison.Ordinal))
            {
                return;
            }
        }

        _columns.Add(new KeyValuePair<string, ColumnLabel>(normalized, column));
    }
}
