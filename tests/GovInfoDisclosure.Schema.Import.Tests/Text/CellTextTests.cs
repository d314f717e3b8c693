using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Labels;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Text;

/// <summary>Cells as the json-contract defines them: blank, a number, or a mark — never a guess.</summary>
public class CellTextTests
{
    [Theory]
    [InlineData("", CellKind.Blank, null, null)]
    [InlineData("\u00A0\u3000 ", CellKind.Blank, null, null)]
    [InlineData("0", CellKind.Number, "0", null)]
    [InlineData("16", CellKind.Number, "16", null)]
    [InlineData("１６", CellKind.Number, "16", null)]
    [InlineData("1,234", CellKind.Number, "1234", null)]
    [InlineData("1，234", CellKind.Number, "1234", null)]
    [InlineData("12件", CellKind.Number, "12", ImportDiagnosticCodes.CellUnitConverted)]
    [InlineData("/", CellKind.Mark, "/", null)]
    [InlineData("／", CellKind.Mark, "／", null)]
    [InlineData("-", CellKind.Mark, "-", null)]
    [InlineData("—", CellKind.Mark, "—", null)]
    [InlineData("--", CellKind.Mark, "--", null)]
    [InlineData("无", CellKind.Mark, "无", null)]
    [InlineData("N/A", CellKind.Mark, "N/A", null)]
    [InlineData("不适用", CellKind.Mark, "不适用", null)]
    [InlineData("0218", CellKind.Blank, null, ImportDiagnosticCodes.CellRunTogether)]
    [InlineData("1 2", CellKind.Blank, null, ImportDiagnosticCodes.CellRunTogether)]
    [InlineData("12,34", CellKind.Blank, null, ImportDiagnosticCodes.CellRunTogether)]
    [InlineData("21710000218", CellKind.Blank, null, ImportDiagnosticCodes.CellOutOfRange)]
    [InlineData("2147483648", CellKind.Blank, null, ImportDiagnosticCodes.CellOutOfRange)]
    [InlineData("2147483647", CellKind.Number, "2147483647", null)]
    [InlineData("99999999999999999999999999999999", CellKind.Blank, null, ImportDiagnosticCodes.CellOutOfRange)]
    [InlineData("-3", CellKind.Blank, null, ImportDiagnosticCodes.CellNegative)]
    [InlineData("1.5", CellKind.Blank, null, ImportDiagnosticCodes.CellNotInteger)]
    [InlineData("3万元", CellKind.Blank, null, ImportDiagnosticCodes.CellWrongUnit)]
    public void Count_Text_ReadsAsContractSays(string text, CellKind kind, string? value, string? code)
    {
        CellReading reading = CellTyping.Read(CellText.Parse(text), FieldValueKind.Count);

        Assert.Equal(kind, reading.Value.Kind);
        Assert.Equal(value ?? string.Empty, reading.Value.ToString());
        Assert.Equal(code, reading.Problem ?? reading.Note);
    }

    [Theory]
    [InlineData("+1036", "1036")]
    [InlineData("-8", "-8")]
    [InlineData("－8", "-8")]
    [InlineData("−8", "-8")]
    [InlineData("0", "0")]
    public void SignedCount_Text_KeepsSign(string text, string value)
    {
        CellReading reading = CellTyping.Read(CellText.Parse(text), FieldValueKind.SignedCount);

        Assert.Null(reading.Problem);
        Assert.Equal(value, reading.Value.ToString());
    }

    [Theory]
    [InlineData("251000元", "", "25.1", ImportDiagnosticCodes.CellUnitConverted)]
    [InlineData("25.1万元", "", "25.1", ImportDiagnosticCodes.CellUnitConverted)]
    [InlineData("25.1", "万元", "25.1", null)]
    [InlineData("5000", "元", "0.5", ImportDiagnosticCodes.CellUnitConverted)]
    [InlineData("0", "", "0", null)]
    [InlineData("12", "", "", ImportDiagnosticCodes.CellUnitUnknown)]
    [InlineData("-1", "万元", "", ImportDiagnosticCodes.CellNegative)]
    [InlineData("3件", "万元", "", ImportDiagnosticCodes.CellWrongUnit)]
    public void Amount_Text_UsesUnitOfCellOrHeader(string text, string headerUnit, string value, string? code)
    {
        AmountUnit header = headerUnit switch { "万元" => AmountUnit.TenThousandYuan, "元" => AmountUnit.Yuan, _ => AmountUnit.Unstated };
        CellReading reading = CellTyping.Read(CellText.Parse(text), FieldValueKind.Amount, header);

        Assert.Equal(value, reading.Value.ToString());
        Assert.Equal(code, reading.Problem ?? reading.Note);
    }

    [Theory]
    [InlineData("规章", false)]
    [InlineData("本年增/减", false)]
    [InlineData("3.其他", false)]
    [InlineData("0", true)]
    [InlineData("/", true)]
    [InlineData("", true)]
    public void Parse_Label_IsNotValueLike(string text, bool valueLike) => Assert.Equal(valueLike, CellText.Parse(text).IsValueLike);
}
