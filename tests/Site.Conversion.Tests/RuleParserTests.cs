namespace Site.Conversion.Tests;

public sealed class RuleParserTests
{
    [Fact]
    public void ParsesBidirectionalRules()
    {
        var rule = RuleParser.Parse("zh-cn:约翰·克里; zh-tw:約翰·凱瑞;zh-hk:約翰·克里;");
        Assert.Equal(
            [KeyValuePair.Create(ZhVariant.ZhCN, "约翰·克里"), KeyValuePair.Create(ZhVariant.ZhTW, "約翰·凱瑞"), KeyValuePair.Create(ZhVariant.ZhHK, "約翰·克里")],
            rule.Bidirectional);
        Assert.Empty(rule.Unidirectional);
    }

    [Fact]
    public void ParsesUnidirectionalRules()
    {
        var rule = RuleParser.Parse("韩战=>zh-cn:朝鲜战争; 韓戰=>zh-cn:朝鲜战争; 北韩=>zh-tw:北韓;");
        Assert.Empty(rule.Bidirectional);
        Assert.Equal(
            [new UnidirectionalPair(ZhVariant.ZhCN, "韩战", "朝鲜战争"), new UnidirectionalPair(ZhVariant.ZhCN, "韓戰", "朝鲜战争"), new UnidirectionalPair(ZhVariant.ZhTW, "北韩", "北韓")],
            rule.Unidirectional);
    }

    [Fact]
    public void SplitsOnlyWhereAVariantFollows()
    {
        // The ; inside the text is not followed by a variant, so it stays in the text.
        var rule = RuleParser.Parse("zh-cn:A;B; zh-tw:C;");
        Assert.Equal("A;B", rule.TextFor(ZhVariant.ZhCN));
        Assert.Equal("C", rule.TextFor(ZhVariant.ZhTW));
    }

    [Fact]
    public void KeepsHtmlEntitySemicolons()
    {
        var rule = RuleParser.Parse("zh-cn:a&amp;zh-tw:b; zh-tw:c");
        Assert.Equal("a&amp;zh-tw:b", rule.TextFor(ZhVariant.ZhCN));
        Assert.Equal("c", rule.TextFor(ZhVariant.ZhTW));
    }

    [Fact]
    public void InvalidVariantDiscardsTheWholeRule()
    {
        Assert.True(RuleParser.Parse("zh-xx:A; zh-cn:B;").IsEmpty);
        Assert.True(RuleParser.Parse("foo:bar; zh-tw:B").IsEmpty);
        Assert.True(RuleParser.Parse("x=>zh-xx:y").IsEmpty);
    }

    [Fact]
    public void AnInvalidVariantAfterAValidOneIsPartOfTheText() =>
        // No split before "zh-xx:", so it belongs to the zh-cn text (MediaWiki behaves the same).
        Assert.Equal("A; zh-xx:B", RuleParser.Parse("zh-cn:A; zh-xx:B;").TextFor(ZhVariant.ZhCN));

    [Fact]
    public void PlainTextIsNoRule()
    {
        Assert.True(RuleParser.Parse("纯文本").IsEmpty);
        Assert.True(RuleParser.Parse(string.Empty).IsEmpty);
    }

    [Fact]
    public void AcceptsBcp47SpellingsAndEncodedArrow()
    {
        var rule = RuleParser.Parse("zh-Hans:A; zh-TW:B; x=&gt;zh-CN:y;");
        Assert.Equal("A", rule.TextFor(ZhVariant.ZhHans));
        Assert.Equal("B", rule.TextFor(ZhVariant.ZhTW));
        Assert.Equal([new UnidirectionalPair(ZhVariant.ZhCN, "x", "y")], rule.Unidirectional);
    }

    [Fact]
    public void EmptyTextsAreSkippedAndLaterEntriesOverwrite()
    {
        var rule = RuleParser.Parse("zh-cn:; zh-tw:A; zh-tw:B;");
        Assert.Null(rule.TextFor(ZhVariant.ZhCN));
        Assert.Equal([KeyValuePair.Create(ZhVariant.ZhTW, "B")], rule.Bidirectional);
    }

    [Fact]
    public void ConversionTablesFollowGenerateConvTable()
    {
        // Seed rule 3 (zh-conversion.md §1.4 worked example).
        var tables = RuleParser.Parse("zh:朝鮮戰爭; zh-cn:朝鲜战争; zh-tw:韓戰; zh-hk:韓戰; zh-sg:韩战;").ConversionTables();
        Assert.False(tables.ContainsKey(ZhVariant.Zh));
        Assert.False(tables.ContainsKey(ZhVariant.ZhHans));
        Assert.False(tables.ContainsKey(ZhVariant.ZhHant));
        var tw = tables[ZhVariant.ZhTW];
        Assert.Equal(["朝鮮戰爭", "朝鲜战争", "韓戰", "韩战"], tw.Keys.Order(StringComparer.Ordinal));
        Assert.All(tw.Values, v => Assert.Equal("韓戰", v));
        Assert.All(tables[ZhVariant.ZhCN].Values, v => Assert.Equal("朝鲜战争", v));
        Assert.Equal("韩战", tables[ZhVariant.ZhMY]["韓戰"]);
    }

    [Fact]
    public void UnidirectionalPairsReachHansHantAndBeatBidirectional()
    {
        var tables = RuleParser.Parse("A=>zh-hans:B; zh-cn:C; zh-tw:D; D=>zh-tw:E; C=>zh-cn:F;").ConversionTables();
        Assert.Equal("B", tables[ZhVariant.ZhHans]["A"]);
        Assert.Equal("E", tables[ZhVariant.ZhTW]["D"]);
        Assert.Equal("D", tables[ZhVariant.ZhTW]["C"]);
        // As in PHP: zh-sg, handled after zh-cn, writes the bidirectional pair C → C into zh-cn's table again.
        Assert.Equal("C", tables[ZhVariant.ZhCN]["C"]);
    }
}
