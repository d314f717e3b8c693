using System;
using System.Collections.Generic;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Sources;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Tables;

/// <summary>
/// Reads 表二 (主动公开政府信息情况): blocks 第二十条第(一)(五)(六)(八)[(九)]项, each with a caption, a header and data
/// rows. Each row has the columns the catalogue gives it; the unit of a money column comes from its header
/// (本年收费金额(单位:万元), 采购总金额(单位:万元)) or from the cell (251000元).
/// </summary>
internal sealed class ProactiveDisclosureInterpreter : TableInterpreter
{
    private readonly Dictionary<string, AmountUnit> _units = new(StringComparer.Ordinal);

    public ProactiveDisclosureInterpreter(ImportContext context)
        : base(context, LabelCatalogue.For(context.Format).GetTable(ReportTable.ProactiveDisclosure))
    {
    }

    public override void Interpret(IReadOnlyList<RawRow> rows)
    {
        foreach (RawRow raw in rows)
        {
            if (raw.Labels.Count == 0)
            {
                ReportUnlabelled(raw);
                continue;
            }

            for (int i = 0; i < raw.Labels.Count; i++)
            {
                SourceCell cell = raw.Labels[i];
                LabelMatch match = Matcher.Match(cell.Text, headerContext: true);
                bool hasValues = i == raw.Labels.Count - 1 && raw.Values.Count > 0
                    && !(raw.IsBlankFiller && match.Kind is LabelMatchKind.Group or LabelMatchKind.Column or LabelMatchKind.Header or LabelMatchKind.None);
                switch (match.Kind)
                {
                    case LabelMatchKind.Group:
                        _units.Clear();
                        if (hasValues)
                        {
                            AddExtraRow(raw, cell);
                        }

                        break;

                    case LabelMatchKind.Column when match.Column is { ValueKind: FieldValueKind.Amount } amount:
                        _units[amount.Key] = UnitOf(cell.Text);
                        goto case LabelMatchKind.Header;

                    case LabelMatchKind.Column:
                    case LabelMatchKind.Header:
                        if (hasValues)
                        {
                            AddExtraRow(raw, cell);
                        }

                        break;

                    case LabelMatchKind.Row:
                        RowLabel row = match.Row!;
                        ReportLabelQuality(match, cell);
                        if (hasValues || OnlyBlankCellLines(raw, cell))
                        {
                            AssignRow(row, raw, row.Columns, column => _units.TryGetValue(column.Key, out AmountUnit unit) ? unit : AmountUnit.Unstated);
                        }
                        else
                        {
                            ReportAmbiguous(row, raw, row.Columns.Count);
                        }

                        break;

                    default:
                        if (hasValues)
                        {
                            AddExtraRow(raw, cell);
                        }
                        else
                        {
                            ReportUnknownText(cell);
                        }

                        break;
                }
            }
        }

        ReportMissingRows();
    }

    private void ReportUnlabelled(RawRow raw)
    {
        if (raw.Values.Count == 0)
        {
            return; // nothing in it (e.g. a table cut short): no values to report unread, no line to cite
        }

        Diagnostics.AddTemplated(ImportDiagnosticCodes.RowUnlabelled, new ImportLocation { Line = raw.Line, Table = Table.Table },
            new[] { ImportArguments.Table(Table) }, raw.RawText);
    }

    private static AmountUnit UnitOf(string header)
    {
        string n = LabelText.Normalize(header);
        if (n.IndexOf("万元", StringComparison.Ordinal) >= 0)
        {
            return AmountUnit.TenThousandYuan;
        }

        return n.IndexOf('元') >= 0 ? AmountUnit.Yuan : AmountUnit.Unstated;
    }
}
