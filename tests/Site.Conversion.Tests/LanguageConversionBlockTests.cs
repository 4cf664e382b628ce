namespace Site.Conversion.Tests;

public sealed class LanguageConversionBlockTests
{
    private const string HansHant = "zh-hans:计算机; zh-hant:電腦;";

    [Theory]
    [InlineData(ZhVariant.ZhHans, "计算机")]
    [InlineData(ZhVariant.ZhCN, "计算机")] // fallback zh-hans
    [InlineData(ZhVariant.ZhMY, "计算机")]
    [InlineData(ZhVariant.ZhTW, "電腦")] // fallback zh-hant
    [InlineData(ZhVariant.ZhMO, "電腦")]
    [InlineData(ZhVariant.Zh, "计算机")] // zh's fallbacks start with zh-hans
    public void SFlagShowsTheVariantOrItsFallback(ZhVariant variant, string expected)
    {
        var result = LanguageConversionBlock.Evaluate(HansHant, variant);
        Assert.Equal(expected, result.Display);
        Assert.Equal(RuleAction.None, result.Action);
        Assert.Equal("S", result.Flags);
    }

    [Fact]
    public void SFlagWithoutTextForTheVariantIsAnError()
    {
        var result = LanguageConversionBlock.Evaluate("zh-tw:電腦;", ZhVariant.ZhCN);
        Assert.True(result.IsError);
        Assert.Equal(string.Empty, result.Display);
    }

    [Fact]
    public void SFlagUsesUnidirectionalThenFirstEntryForZh()
    {
        Assert.Equal("Y", LanguageConversionBlock.Evaluate("X=>zh-cn:Y;", ZhVariant.ZhCN).Display);
        Assert.Equal("電腦", LanguageConversionBlock.Evaluate("zh-tw:電腦;", ZhVariant.Zh).Display);
    }

    [Fact]
    public void TextWithoutRulesIsRaw()
    {
        var result = LanguageConversionBlock.Evaluate("朴东宣", ZhVariant.ZhTW);
        Assert.Equal("朴东宣", result.Display);
        Assert.Equal("R", result.Flags);
    }

    [Fact]
    public void RFlagIsRawAndDropsOtherFlags()
    {
        var result = LanguageConversionBlock.Evaluate("R;A|zh-cn:A; zh-tw:B;", ZhVariant.ZhTW);
        Assert.Equal("zh-cn:A; zh-tw:B;", result.Display);
        Assert.Equal(RuleAction.None, result.Action);
    }

    [Fact]
    public void AFlagDisplaysAndAdds()
    {
        var result = LanguageConversionBlock.Evaluate("A|" + HansHant, ZhVariant.ZhTW);
        Assert.Equal("電腦", result.Display);
        Assert.Equal(RuleAction.Add, result.Action);
        // zh-hans/zh-hant are unidirectional: a bidirectional rule adds nothing for them, only for regional variants.
        var table = result.ApplyTo(PageRuleTable.Empty);
        Assert.Equal("電腦", table.For(ZhVariant.ZhTW)["计算机"]);
        Assert.Empty(table.For(ZhVariant.ZhHant));
    }

    [Fact]
    public void AFlagWithPlainTextProtectsIt()
    {
        var result = LanguageConversionBlock.Evaluate("A|朴东宣", ZhVariant.ZhTW);
        Assert.Equal("朴东宣", result.Display);
        Assert.Equal("朴东宣", result.ApplyTo(PageRuleTable.Empty).For(ZhVariant.ZhTW)["朴东宣"]);
    }

    [Fact]
    public void HFlagAddsAndDisplaysNothing()
    {
        var result = LanguageConversionBlock.Evaluate("H|zh-cn:特朗普; zh-tw:川普;", ZhVariant.ZhTW);
        Assert.Equal(string.Empty, result.Display);
        Assert.False(result.IsError);
        Assert.Equal(RuleAction.Add, result.Action);
        Assert.Equal("+H", result.Flags);
    }

    [Fact]
    public void HWithDShowsTheDescription()
    {
        var result = LanguageConversionBlock.Evaluate("H;D|zh-cn:特朗普; zh-tw:川普;", ZhVariant.ZhTW);
        Assert.Equal("大陆：特朗普；臺灣：川普；", result.Display);
        Assert.Equal(RuleAction.Add, result.Action);
    }

    [Fact]
    public void DFlagDescribesTheRules()
    {
        var result = LanguageConversionBlock.Evaluate("D|zh-cn:X; zh-tw:Y; A=>zh-hk:B;", ZhVariant.ZhCN);
        Assert.Equal("大陆：X；臺灣：Y；A⇒香港：B；", result.Display);
        Assert.Equal(RuleAction.None, result.Action);
    }

    [Fact]
    public void AWithDAddsAndShowsNothing()
    {
        // ConverterRule::parse handles '+' after 'D', which clears the description (MediaWiki quirk, kept).
        var result = LanguageConversionBlock.Evaluate("A;D|zh-cn:X; zh-tw:Y;", ZhVariant.ZhCN);
        Assert.Equal(string.Empty, result.Display);
        Assert.Equal(RuleAction.Add, result.Action);
        Assert.Equal("AD+", result.Flags);
    }

    [Fact]
    public void TFlagSetsTheTitleOnly()
    {
        var result = LanguageConversionBlock.Evaluate("T|zh-cn:韩美关系; zh-tw:韓美關係;", ZhVariant.ZhTW);
        Assert.Equal("韓美關係", result.Title);
        Assert.Equal(string.Empty, result.Display);
        Assert.Equal(RuleAction.None, result.Action);
        // For zh only an explicit zh entry counts.
        Assert.Null(LanguageConversionBlock.Evaluate("T|zh-cn:韩美关系; zh-tw:韓美關係;", ZhVariant.Zh).Title);
    }

    [Fact]
    public void MinusFlagRemovesPairs()
    {
        var table = PageRuleTable.Empty.Add(RuleParser.Parse("zh-cn:特朗普; zh-tw:川普;"));
        var result = LanguageConversionBlock.Evaluate("-|zh-cn:特朗普; zh-tw:川普;", ZhVariant.ZhTW);
        Assert.Equal(string.Empty, result.Display);
        Assert.Equal(RuleAction.Remove, result.Action);
        Assert.True(result.ApplyTo(table).IsEmpty);
    }

    [Theory]
    [InlineData("zh-tw", "臺灣")]
    [InlineData(" zh-cn ", "大陆")]
    [InlineData("zh-TW", "")]
    public void NFlagShowsTheVariantName(string code, string expected) =>
        Assert.Equal(expected, LanguageConversionBlock.Evaluate("N|" + code, ZhVariant.ZhCN).Display);

    [Fact]
    public void VariantFlagsConvertForListedVariantsOrFallbacks()
    {
        static string Fake(string text, ZhVariant v) => $"{v.Code()}({text})";
        Assert.Equal("zh-hant(文字)", LanguageConversionBlock.Evaluate("zh-hans;zh-hant|文字", ZhVariant.ZhHant, Fake).Display);
        // zh-tw is not listed; its first listed fallback is zh-hant.
        Assert.Equal("zh-hant(文字)", LanguageConversionBlock.Evaluate("zh-hans;zh-hant|文字", ZhVariant.ZhTW, Fake).Display);
        // zh-cn: neither it nor a fallback is listed → raw.
        Assert.Equal("文字", LanguageConversionBlock.Evaluate("zh-hant|文字", ZhVariant.ZhCN, Fake).Display);
    }

    [Fact]
    public void UnknownFlagsAreIgnored()
    {
        var result = LanguageConversionBlock.Evaluate("X;Y|zh-cn:A; zh-tw:B;", ZhVariant.ZhTW);
        Assert.Equal("B", result.Display);
        Assert.Equal("S", result.Flags);
    }
}
