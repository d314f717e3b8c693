using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Labels;

namespace GovInfoDisclosure.Schema.Import.Text;

/// <summary>Types a <see cref="ParsedCell"/> for a column of a given <see cref="FieldValueKind"/>; never guesses.</summary>
internal static class CellTyping
{
    public static CellReading Read(ParsedCell cell, FieldValueKind kind, AmountUnit headerUnit = AmountUnit.Unstated)
    {
        switch (cell.Kind)
        {
            case CellTextKind.Blank:
                return new CellReading(ReportCell.Blank);
            case CellTextKind.Mark:
                return new CellReading(ReportCell.FromMark(cell.Raw));
            case CellTextKind.Text:
                return new CellReading(ReportCell.Blank, ImportDiagnosticCodes.CellRunTogether, expected: Expected(kind));
        }

        if (cell.Problem is { } problem)
        {
            return new CellReading(ReportCell.Blank, problem, expected: Expected(kind));
        }

        return kind switch
        {
            FieldValueKind.Amount => ReadAmount(cell, headerUnit),
            FieldValueKind.SignedCount => ReadCount(cell, signed: true),
            _ => ReadCount(cell, signed: false),
        };
    }

    private static CellReading ReadCount(ParsedCell cell, bool signed)
    {
        string expected = signed ? "an integer" : "a whole number ≥ 0";
        if (cell.Unit is "元" or "万元")
        {
            return new CellReading(ReportCell.Blank, ImportDiagnosticCodes.CellWrongUnit, expected: expected);
        }

        if (!cell.IsInteger)
        {
            return new CellReading(ReportCell.Blank, ImportDiagnosticCodes.CellNotInteger, expected: expected);
        }

        if (cell.IsNegative && !signed)
        {
            return new CellReading(ReportCell.Blank, ImportDiagnosticCodes.CellNegative, expected: expected);
        }

        decimal value = decimal.Truncate(cell.Number);
        if (value > int.MaxValue || value < int.MinValue)
        {
            return new CellReading(ReportCell.Blank, ImportDiagnosticCodes.CellOutOfRange, expected: expected);
        }

        return new CellReading(ReportCell.FromNumber(value), note: cell.Unit is null ? null : ImportDiagnosticCodes.CellUnitConverted);
    }

    private static CellReading ReadAmount(ParsedCell cell, AmountUnit headerUnit)
    {
        const string expected = "an amount ≥ 0 in 万元";
        if (cell.IsNegative)
        {
            return new CellReading(ReportCell.Blank, ImportDiagnosticCodes.CellNegative, expected: expected);
        }

        AmountUnit unit = cell.Unit switch
        {
            "万元" => AmountUnit.TenThousandYuan,
            "元" => AmountUnit.Yuan,
            null => headerUnit,
            _ => AmountUnit.Unstated,
        };

        if (cell.Unit is not null and not "万元" and not "元")
        {
            return new CellReading(ReportCell.Blank, ImportDiagnosticCodes.CellWrongUnit, expected: expected);
        }

        decimal value = cell.Number;
        switch (unit)
        {
            case AmountUnit.TenThousandYuan:
                return new CellReading(ReportCell.FromNumber(value), note: cell.Unit is null ? null : ImportDiagnosticCodes.CellUnitConverted);
            case AmountUnit.Yuan:
                return new CellReading(ReportCell.FromNumber(value / 10000m), note: ImportDiagnosticCodes.CellUnitConverted);
            default:
                // Zero is zero in any unit; any other number without a stated unit could be 元 or 万元.
                return value == 0
                    ? new CellReading(ReportCell.FromNumber(value))
                    : new CellReading(ReportCell.Blank, ImportDiagnosticCodes.CellUnitUnknown, expected: expected);
        }
    }

    private static string Expected(FieldValueKind kind) => kind switch
    {
        FieldValueKind.Amount => "an amount ≥ 0 in 万元",
        FieldValueKind.SignedCount => "an integer",
        _ => "a whole number ≥ 0",
    };
}
