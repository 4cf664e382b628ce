namespace Site.Conversion.Tests;

public sealed class ZhVariantTests
{
    [Theory]
    [InlineData("zh-tw", ZhVariant.ZhTW)]
    [InlineData("zh-TW", ZhVariant.ZhTW)]
    [InlineData("zh_TW", ZhVariant.ZhTW)]
    [InlineData("zh-Hans", ZhVariant.ZhHans)]
    [InlineData(" zh-hant ", ZhVariant.ZhHant)]
    [InlineData("zh", ZhVariant.Zh)]
    [InlineData("zh-Hant-TW", ZhVariant.ZhTW)]
    [InlineData("zh-Hans-CN", ZhVariant.ZhCN)]
    [InlineData("ZH-MY", ZhVariant.ZhMY)]
    public void ParsesCodesAndBcp47(string code, ZhVariant expected)
    {
        Assert.True(ZhVariants.TryParse(code, out var v));
        Assert.Equal(expected, v);
    }

    [Theory]
    [InlineData("zh-xx")]
    [InlineData("en")]
    [InlineData("")]
    [InlineData("zh-hans-tw")]
    public void RejectsUnknownCodes(string code) => Assert.False(ZhVariants.TryParse(code, out _));

    [Fact]
    public void FallbacksAndLevelsFollowZhConverter()
    {
        Assert.Equal([ZhVariant.ZhHant, ZhVariant.ZhHK, ZhVariant.ZhMO], ZhVariant.ZhTW.Fallbacks());
        Assert.Equal([ZhVariant.ZhHans, ZhVariant.ZhSG, ZhVariant.ZhMY], ZhVariant.ZhCN.Fallbacks());
        Assert.Equal([ZhVariant.ZhMO, ZhVariant.ZhHant, ZhVariant.ZhTW], ZhVariant.ZhHK.Fallbacks());
        Assert.Equal([ZhVariant.ZhSG, ZhVariant.ZhHans, ZhVariant.ZhCN], ZhVariant.ZhMY.Fallbacks());
        Assert.Equal(8, ZhVariant.Zh.Fallbacks().Count);
        Assert.Equal(ManualConversionLevel.Disable, ZhVariant.Zh.ManualLevel());
        Assert.Equal(ManualConversionLevel.Unidirectional, ZhVariant.ZhHant.ManualLevel());
        Assert.Equal(ManualConversionLevel.Bidirectional, ZhVariant.ZhSG.ManualLevel());
        Assert.Equal("臺灣", ZhVariant.ZhTW.DisplayName());
        Assert.Equal("zh-Hant", ZhVariant.ZhHant.Bcp47());
        Assert.Equal("zh-mo", ZhVariant.ZhMO.Code());
    }
}
