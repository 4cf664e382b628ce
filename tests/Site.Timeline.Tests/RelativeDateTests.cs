namespace Site.Timeline.Tests;

public sealed class RelativeDateTests
{
    [Fact]
    public void SameYearWithMonthAndDay()
    {
        var events = Extract.From("2011年10月12日，协定在参议院获得通过，同年11月22日，该协定以151-7票在韩国国会获得通过。");
        Assert.Equal(["2011-10-12", "2011-11-22"], events.Select(Extract.Describe));
        Assert.True(events[1].IsRelative);
        Assert.Equal("同年11月22日", events[1].RawExpression);
        Assert.Equal(DatePrecision.Day, events[1].Precision);
    }

    [Theory]
    [InlineData("2002年6月13日，发生事故。歌星当年也參加了演出。", "当年", "2002")]
    [InlineData("2002年6月13日，發生事故。歌星當年也參加了演出。", "當年", "2002")]
    [InlineData("1950年6月，战争爆发。次年，战线稳定。", "次年", "1951")]
    [InlineData("1950年6月，战争爆发。翌年，战线稳定。", "翌年", "1951")]
    [InlineData("1950年6月，战争爆发。翌年7月，开始谈判。", "翌年7月", "1951-07")]
    [InlineData("1941年12月7日，日本偷袭珍珠港。12月10日，临时政府对日宣战。", "12月10日", "1941-12-10")]
    [InlineData("1941年12月7日，日本偷袭珍珠港。同月10日，临时政府对日宣战。", "同月10日", "1941-12-10")]
    [InlineData("2017年4月，彭斯访韩。5月10日，文在寅上台执政，6月30日，文在寅访美。", "6月30日", "2017-06-30")]
    [InlineData("1853年1月，美船驶入。8月，到达平壤。", "8月", "1853-08")]
    public void TakesTheYearOfTheNarrative(string text, string raw, string iso)
    {
        var e = Extract.From(text).Single(x => x.RawExpression == raw);
        Assert.Equal(iso, e.Start.Iso);
        Assert.True(e.IsRelative);
    }

    [Fact]
    public void AnchorCarriesAcrossSegmentsOfTheSameSection()
    {
        var events = Extract.From("2017年4月，彭斯访韩。", "5月10日，文在寅上台执政。");
        Assert.Equal(["2017-04", "2017-05-10"], events.Select(Extract.Describe));
    }

    [Fact]
    public void AnchorIsResetByANewSection()
    {
        var segments = new[]
        {
            new ProseSegment("2017年4月，彭斯访韩。", ["历史"], "历史", 0, ProseKind.Paragraph),
            new ProseSegment("5月10日，文在寅上台执政。", ["经济"], "经济", 100, ProseKind.Paragraph),
        };
        var events = TimelineExtractor.Extract(segments).Events;
        Assert.Equal(["2017-04"], events.Select(Extract.Describe));
    }

    [Fact]
    public void CaptionsDoNotMoveTheAnchor()
    {
        var segments = new[]
        {
            new ProseSegment("2017年4月，彭斯访韩。", ["历史"], "历史", 0, ProseKind.Paragraph),
            new ProseSegment("卢武铉和小布什在2003年。", ["历史"], "历史", 50, ProseKind.Caption),
            new ProseSegment("5月10日，文在寅上台执政。", ["历史"], "历史", 100, ProseKind.Paragraph),
        };
        var events = TimelineExtractor.Extract(segments).Events;
        Assert.Equal(["2003", "2017-04", "2017-05-10"], events.Select(Extract.Describe));
    }

    [Fact]
    public void RelativeDateWithoutAnAnchorIsDropped()
    {
        Assert.Empty(Extract.From("5月10日，文在寅上台执政。同年，访美。"));
    }

    [Theory]
    [InlineData("他相当年轻。")]
    [InlineData("两人同年龄。")]
    [InlineData("这次年会在首尔举行。")]
    [InlineData("这就是年轻人的选择。")]
    public void YearWordsInsideOtherWordsAreIgnored(string text)
    {
        Assert.DoesNotContain(Extract.From("1950年，战争爆发。" + text), e => e.IsRelative);
    }
}
