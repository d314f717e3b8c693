using System;
using GovInfoDisclosure.Schema.Cells;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cells;

public class CountCellTests
{
    [Fact]
    public void Default_IsBlank_NotZero()
    {
        CountCell cell = default;
        Assert.Equal(CellKind.Blank, cell.Kind);
        Assert.True(cell.IsBlank);
        Assert.Null(cell.Value);
        Assert.False(cell.TryGetNumber(out _));
        Assert.NotEqual(CountCell.FromNumber(0), cell);
        Assert.Equal(CountCell.Blank, cell);
        Assert.Equal(string.Empty, cell.ToString());
    }

    [Fact]
    public void ImplicitInt_IsNumber()
    {
        CountCell cell = 11;
        Assert.Equal(CellKind.Number, cell.Kind);
        Assert.Equal(11, cell.Value);
        Assert.True(cell.TryGetNumber(out int value));
        Assert.Equal(11, value);
        Assert.Equal("11", cell.ToString());
    }

    [Fact]
    public void Zero_IsANumber()
    {
        CountCell cell = 0;
        Assert.True(cell.IsNumber);
        Assert.Equal(0, cell.Value);
    }

    [Fact]
    public void Negative_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CountCell.FromNumber(-1));
        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void Mark_KeepsTextVerbatim()
    {
        CountCell cell = CountCell.FromMark("—");
        Assert.Equal(CellKind.Mark, cell.Kind);
        Assert.Equal("—", cell.Mark);
        Assert.Null(cell.Value);
        Assert.Equal("—", cell.ToString());
        Assert.NotEqual(CountCell.FromMark("-"), cell);
        Assert.Equal(CountCell.FromMark("—"), cell);
    }

    [Fact]
    public void EmptyOrNullMark_Throws()
    {
        Assert.Throws<ArgumentException>(() => CountCell.FromMark(string.Empty));
        Assert.Throws<ArgumentException>(() => CountCell.FromMark(" \u3000"));
        Assert.Throws<ArgumentNullException>(() => CountCell.FromMark(null!));
    }

    [Fact]
    public void Equality_DistinguishesKinds()
    {
        CountCell[] distinct = { CountCell.Blank, 0, 1, CountCell.FromMark("0"), CountCell.FromMark("/") };
        for (int i = 0; i < distinct.Length; i++)
        {
            for (int j = 0; j < distinct.Length; j++)
            {
                Assert.Equal(i == j, distinct[i] == distinct[j]);
                Assert.Equal(i == j, distinct[i].Equals((object)distinct[j]));
            }
        }
    }

    [Fact]
    public void SignedCell_AcceptsNegative()
    {
        SignedCountCell cell = -8;
        Assert.Equal(-8, cell.Value);
        Assert.Equal("-8", cell.ToString());
        Assert.True(SignedCountCell.Blank.IsBlank);
    }

    [Fact]
    public void AmountCell_IsDecimal_AndRefusesNegative()
    {
        AmountCell cell = 25.1m;
        Assert.Equal(25.1m, cell.Value);
        Assert.Equal(AmountCell.FromNumber(25.10m), cell); // equal by value, whatever the scale
        Assert.Equal(((AmountCell)25.10m).GetHashCode(), cell.GetHashCode());
        Assert.Throws<ArgumentOutOfRangeException>(() => AmountCell.FromNumber(-0.01m));
        AmountCell whole = 3;
        Assert.Equal(3m, whole.Value);
    }
}
