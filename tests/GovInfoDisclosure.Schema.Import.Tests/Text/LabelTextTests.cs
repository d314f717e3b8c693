using GovInfoDisclosure.Schema.Import.Text;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Text;

/// <summary>The normalisation both sides of a label comparison go through (formats.md §0.3).</summary>
public class LabelTextTests
{
    [Theory]
    [InlineData("（一）予以公开", "(一)予以公开")]
    [InlineData("商业 企业", "商业企业")]
    [InlineData("自 然 人", "自然人")]
    [InlineData("商业\n企业", "商业企业")]
    [InlineData("第二十条\u3000\u3000第（一）项", "第二十条第(一)项")]
    [InlineData("第二十条\u00A0第(一)项", "第二十条第(一)项")]
    [InlineData("3.危及\"三安全一稳定\"", "3.危及\"三安全一稳定\"")]
    [InlineData("3.危及“三安全一稳定”", "3.危及\"三安全一稳定\"")]
    [InlineData("本年收费金额（单位：万元）", "本年收费金额(单位:万元)")]
    public void Normalize_Variants_AreEqual(string raw, string expected) => Assert.Equal(expected, LabelText.Normalize(raw));

    [Fact]
    public void Normalize_AlreadyNormalText_IsReturnedItself()
    {
        string label = "(一)予以公开";
        Assert.Same(label, LabelText.Normalize(label));
        Assert.NotSame("（一）予以公开", LabelText.Normalize("（一）予以公开"));
    }

    /// <summary>The fast path of <see cref="LabelText.Normalize"/> agrees with the definition, character by character.</summary>
    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool Normalize_IsEveryCharacterNormalisedAndSpacesRemoved(string? text)
    {
        var expected = new System.Text.StringBuilder();
        foreach (char c in text ?? string.Empty)
        {
            char n = LabelText.NormalizeChar(c);
            if (n != '\0')
            {
                expected.Append(n);
            }
        }

        return LabelText.Normalize(text) == expected.ToString();
    }

    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量", "本年新收政府信息公开申请数量", 1)]
    [InlineData("(一)予以公开", "予以公开", 2)]
    [InlineData("1.属于国家秘密", "属于国家秘密", 3)]
    [InlineData("1、属于国家秘密", "属于国家秘密", 3)]
    [InlineData("(1)属于国家秘密", "属于国家秘密", 4)]
    [InlineData("规章", "规章", 0)]
    public void StripOrdinal_RemovesLeadingOrdinal(string normalized, string core, int kind)
    {
        Assert.Equal(core, LabelText.StripOrdinal(normalized));
        Assert.Equal(kind, LabelText.OrdinalKind(normalized));
    }
}
