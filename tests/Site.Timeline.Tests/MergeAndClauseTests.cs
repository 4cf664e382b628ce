namespace Site.Timeline.Tests;

public sealed class MergeAndClauseTests
{
    [Fact]
    public void TheSameEventStatedTwiceIsMerged()
    {
        var events = Extract.From(
            "朝鲜战争后，两国于1953年10月签署了《韩美共同防御条约》。",
            "1953年10月，韩美签署了《韩美共同防御条约》，开始了韩美同盟。");
        var e = Assert.Single(events);
        var other = Assert.Single(e.OtherMentions);
        Assert.Equal("1953年10月", other.RawExpression);
    }

    [Fact]
    public void DifferentEventsOnTheSameDateStaySeparate()
    {
        var events = Extract.From("2007年，韩美两国签署了自由贸易协定。2007年，韩美贸易总额达到829.8亿美元。");
        Assert.Equal(2, events.Count);
        Assert.Empty(events.SelectMany(e => e.OtherMentions));
    }

    [Fact]
    public void TwoTreatiesOfOneDayStaySeparate()
    {
        var events = Extract.From("签署了《关于临时军事安全的行政协定》（1948年8月24日）、《韩美政府间关于移交财政和财产的协定》（1948年9月11日）、《韩美政府间相互防卫援助协定》（1950年1月26日）和《韩美军事顾问协定》（1950年1月26日）。");
        Assert.Equal(4, events.Count);
        Assert.Equal("《韩美军事顾问协定》（1950年1月26日）", events[3].Clause);
        Assert.Equal("《韩美政府间相互防卫援助协定》（1950年1月26日）", events[2].Clause);
    }

    [Theory]
    [InlineData("1949年1月1日，韩美正式建立外交关系，美国是第一个与韩国建立外交关系的国家。", "1949年1月1日，韩美正式建立外交关系")]
    [InlineData("虽然大韩民国与美国于1949年1月建交，但根据网站显示。", "虽然大韩民国与美国于1949年1月建交")]
    [InlineData("到1949年5月28日，美国完成了4.5万人的撤军，只留下500余人的军事顾问团。", "到1949年5月28日，美国完成了4.5万人的撤军")]
    [InlineData("在金大中执政时期（1998－2003）， 韩美关系尚算良好。", "在金大中执政时期（1998－2003）， 韩美关系尚算良好")]
    [InlineData("美国在审理此案时查出前韩驻美大使金东诈（1967年11月-1973年12月）曾贿赂收买美国议员。", "美国在审理此案时查出前韩驻美大使金东诈（1967年11月-1973年12月）曾贿赂收买美国议员")]
    public void ClauseIsThePieceOfTheSentenceThatStatesTheEvent(string text, string clause)
    {
        Assert.Equal(clause, Extract.Single(text).Clause);
    }

    [Fact]
    public void ClauseIsAtMostAboutEightyChars()
    {
        var text = "在" + new string('长', 150) + "的1950年6月25日" + new string('长', 150) + "。";
        var e = Extract.Single(text);
        Assert.InRange(e.Clause.Length, 10, 90);
        Assert.Contains("1950年6月25日", e.Clause, StringComparison.Ordinal);
    }
}
