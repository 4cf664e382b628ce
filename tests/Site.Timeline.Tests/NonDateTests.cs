namespace Site.Timeline.Tests;

public sealed class NonDateTests
{
    [Theory]
    [InlineData("此外，韩国每年有1800名现役军人被编入美国陆军。")]
    [InlineData("2004年，韩国派出3300人的部队。", "2004")]
    [InlineData("该协定以151-7票和12弃权获得通过。")]
    [InlineData("韩美之间的贸易额为1035亿美元。")]
    [InlineData("在朝美修约后至朝鲜被日本吞并前的20多年里，美国曾三次派兵。")]
    [InlineData("卡特宣布将在未来4-5年内全部撤走驻韩美军。")]
    [InlineData("韩国则要求3-5年谈一次。")]
    [InlineData("韩国已在美国近50年参加的大多数主要战争中出兵相助。")]
    [InlineData("50年来，两国关系稳定。")]
    [InlineData("双方宣布建立面向“21世纪韩美战略同盟关系”。")]
    [InlineData("双方宣布建立面向“21世紀韓美戰略同盟關係”。")]
    [InlineData("部署了24,000名士兵，又增加了1,800名士兵。")]
    [InlineData("美国完成了4.5万人的撤军，只留下500余人的军事顾问团。")]
    [InlineData("公元0999年和2101年都不在范围内。")]
    [InlineData("编号1998的文件和2003号决议。")]
    [InlineData("美国援助占比为1998-2003人。")]
    [InlineData("这片土地已有1000多年的历史。")]
    [InlineData("长达1000年的王朝。")]
    [InlineData("王朝延续了1000年之久。")]
    [InlineData("第二大同盟国，1兆韩元，有效期为1年。")]
    [InlineData("结束自由派的10年执政。")]
    [InlineData("1998－2003年执政的总统和1998－2003这两个数。", "1998..2003")]
    [InlineData("（35520219101）")]
    [InlineData("A320客机和page1=52-53。")]
    public void NumbersThatAreNotDates(string text, params string[] expected)
    {
        Assert.Equal(expected, Extract.From(text).Select(Extract.Describe));
    }

    [Theory]
    [InlineData("1950年前往美国。", "1950", DateQualifier.None)]
    [InlineData("1950年起草宪法。", "1950", DateQualifier.None)]
    [InlineData("1950年初次访美。", "1950", DateQualifier.None)]
    [InlineData("1950年间谍案。", "1950", DateQualifier.None)]
    public void ModifierLookalikesAreNotModifiers(string text, string iso, DateQualifier qualifier)
    {
        var e = Extract.Single(text);
        Assert.Equal(iso, e.Start.Iso);
        Assert.Equal(qualifier, e.Qualifier);
    }
}
