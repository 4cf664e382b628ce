namespace Site.Conversion.Tests;

public sealed class EditionConverterTests
{
    [Fact]
    public void PageRulesBeatTheDictionary()
    {
        var rules = PageRuleTable.Empty.Add(RuleParser.Parse("zh-cn:奥巴马; zh-tw:歐巴馬; zh-hk:奧巴馬;"));
        Assert.Equal("美國總統歐巴馬", new EditionConverter(ZhVariant.ZhTW, rules).Convert("美国总统奥巴马"));
        Assert.Equal("美國總統奧巴馬", new EditionConverter(ZhVariant.ZhHK, rules).Convert("美国总统奥巴马"));
        // zh-hant is unidirectional: bidirectional page rules do not apply.
        Assert.Equal("美國總統奧巴馬", new EditionConverter(ZhVariant.ZhHant, rules).Convert("美国总统奥巴马"));
        Assert.Equal("美国总统奥巴马", new EditionConverter(ZhVariant.ZhCN, rules).Convert("美國總統歐巴馬"));
    }

    [Fact]
    public void PageRulesBeatOverridesWithTheSameKey()
    {
        var overrides = new ConversionOverrides(new Dictionary<string, string> { ["特朗普"] = "X" }, new Dictionary<string, string>(), new Dictionary<ZhVariant, System.Collections.Immutable.ImmutableDictionary<string, string>>());
        var rules = PageRuleTable.Empty.Add(RuleParser.Parse("zh-cn:特朗普; zh-tw:川普;"));
        Assert.Equal("川普", new EditionConverter(ZhVariant.ZhTW, rules, overrides).Convert("特朗普"));
        Assert.Equal("X", new EditionConverter(ZhVariant.ZhTW, null, overrides).Convert("特朗普"));
    }

    /// <summary>Text the edition already writes comes back as the same string: a converted article shares it, not a copy.</summary>
    [Theory]
    [InlineData(ZhVariant.ZhCN, "韩美关系与朝鲜战争")]
    [InlineData(ZhVariant.ZhTW, "韓美關係與韓戰")]
    [InlineData(ZhVariant.ZhTW, "Korea–United States relations 1950")]
    public void UnchangedTextIsTheSameString(ZhVariant variant, string text)
    {
        var rules = PageRuleTable.Empty.Add(RuleParser.Parse("zh-cn:奥巴马; zh-tw:歐巴馬;"));
        Assert.Same(text, new EditionConverter(variant).Convert(text));
        Assert.Same(text, new EditionConverter(variant, rules).Convert(text));
        Assert.NotSame(text, new EditionConverter(variant == ZhVariant.ZhCN ? ZhVariant.ZhTW : ZhVariant.ZhCN).Convert(text + "关係"));
    }

    [Fact]
    public void ZhDoesNotConvert() =>
        Assert.Equal("汉字漢字", new EditionConverter(ZhVariant.Zh).Convert("汉字漢字"));

    [Theory]
    [InlineData(ZhVariant.ZhHans, "汉字漢字", "汉字汉字")]
    [InlineData(ZhVariant.ZhCN, "韓國反美情绪", "韩国反美情绪")]
    [InlineData(ZhVariant.ZhSG, "漢字", "汉字")]
    [InlineData(ZhVariant.ZhHant, "汉字为", "漢字爲")]
    [InlineData(ZhVariant.ZhTW, "汉字为", "漢字為")]
    [InlineData(ZhVariant.ZhHK, "汉字为", "漢字為")]
    public void UsesTheVariantsDictionary(ZhVariant variant, string input, string expected) =>
        Assert.Equal(expected, new EditionConverter(variant).Convert(input));

    [Fact]
    public void DictionaryChoice()
    {
        Assert.Same(OpenCcConfig.S2TW, EditionConverter.DictionaryConfigFor(ZhVariant.ZhTW));
        Assert.Same(OpenCcConfig.S2HK, EditionConverter.DictionaryConfigFor(ZhVariant.ZhMO));
        Assert.Same(OpenCcConfig.T2S, EditionConverter.DictionaryConfigFor(ZhVariant.ZhCN));
        Assert.Same(OpenCcConfig.S2T, EditionConverter.DictionaryConfigFor(ZhVariant.ZhHant));
        Assert.Null(EditionConverter.DictionaryConfigFor(ZhVariant.Zh));
    }
}
