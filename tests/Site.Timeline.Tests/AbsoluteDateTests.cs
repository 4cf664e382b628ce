namespace Site.Timeline.Tests;

public sealed class AbsoluteDateTests
{
    [Theory]
    [InlineData("1949年1月1日，韩美正式建立外交关系。", "1949年1月1日", "1949-01-01", DatePrecision.Day)]
    [InlineData("两国于1953年10月签署了条约。", "1953年10月", "1953-10", DatePrecision.Month)]
    [InlineData("美国人于1845年最早关注朝鲜半岛。", "1845年", "1845", DatePrecision.Year)]
    [InlineData("韩美于１９４９年１月建交。", "１９４９年１月", "1949-01", DatePrecision.Month)]
    [InlineData("协定于2013-05-08公布。", "2013-05-08", "2013-05-08", DatePrecision.Day)]
    [InlineData("1950年2月30日", "1950年2月", "1950-02", DatePrecision.Month)]
    public void PointDates(string text, string raw, string iso, DatePrecision precision)
    {
        var e = Extract.Single(text);
        Assert.Equal(raw, e.RawExpression);
        Assert.Equal(iso, e.Start.Iso);
        Assert.Null(e.End);
        Assert.Equal(precision, e.Precision);
        Assert.Equal(DateQualifier.None, e.Qualifier);
        Assert.False(e.IsRelative);
    }

    [Theory]
    [InlineData("1882年初，李鸿章在天津进行了谈判。", "1882年初", "1882", DateQualifier.Early)]
    [InlineData("2018年底，美方提出希望韩方承担。", "2018年底", "2018", DateQualifier.Late)]
    [InlineData("1950年末，战线南移。", "1950年末", "1950", DateQualifier.Late)]
    [InlineData("並於1980年起担任总统。", "1980年起", "1980", DateQualifier.From)]
    [InlineData("从1975年开始，两国每年举行联合军演。", "1975年开始", "1975", DateQualifier.From)]
    [InlineData("2001年以来，韩国在中东部署了士兵。", "2001年以来", "2001", DateQualifier.Since)]
    [InlineData("2001年以來，韓國在中東部署了士兵。", "2001年以來", "2001", DateQualifier.Since)]
    [InlineData("1905年以前，两国互派使节。", "1905年以前", "1905", DateQualifier.Before)]
    [InlineData("1945年後，美軍進駐。", "1945年後", "1945", DateQualifier.From)]
    [InlineData("1950年6月下旬，美军参战。", "1950年6月下旬", "1950-06", DateQualifier.Late)]
    [InlineData("預計将于2015年12月将指挥权交还给韩方。", "2015年12月", "2015-12", DateQualifier.Planned)]
    public void QualifiedDates(string text, string raw, string iso, DateQualifier qualifier)
    {
        var e = Extract.Single(text);
        Assert.Equal(raw, e.RawExpression);
        Assert.Equal(iso, e.Start.Iso);
        Assert.Equal(qualifier, e.Qualifier);
    }

    [Theory]
    [InlineData("1894年至1896年，美方派遣了陆战队。", "1894年至1896年", "1894", "1896")]
    [InlineData("1974-1981年，韩国实施了计划。", "1974-1981年", "1974", "1981")]
    [InlineData("（2001－2008年、2017年至今）", "2001－2008年", "2001", "2008")]
    [InlineData("金东诈（1967年11月-1973年12月）曾贿赂议员。", "1967年11月-1973年12月", "1967-11", "1973-12")]
    [InlineData("在金大中执政时期（1998－2003），韩美关系尚算良好。", "1998－2003", "1998", "2003")]
    [InlineData("1948-1961年间，美国为韩国提供了援助。", "1948-1961年间", "1948", "1961")]
    [InlineData("1948－1961年間，美國為韓國提供了援助。", "1948－1961年間", "1948", "1961")]
    [InlineData("1904年到1905年，陆战队入城。", "1904年到1905年", "1904", "1905")]
    [InlineData("1982–1986年的计划", "1982–1986年", "1982", "1986")]
    [InlineData("1982—1986年的计划", "1982—1986年", "1982", "1986")]
    [InlineData("1982~1986年的计划", "1982~1986年", "1982", "1986")]
    [InlineData("1982〜1986年的计划", "1982〜1986年", "1982", "1986")]
    [InlineData("1987至89年，经济快速增长。", "1987至89年", "1987", "1989")]
    [InlineData("1950年6月25日至7月27日", "1950年6月25日至7月27日", "1950-06-25", "1950-07-27")]
    [InlineData("（１９９８－２００３）", "１９９８－２００３", "1998", "2003")]
    public void Ranges(string text, string raw, string start, string end)
    {
        var e = Extract.From(text).First(x => x.RawExpression == raw);
        Assert.Equal(start, e.Start.Iso);
        Assert.Equal(end, e.End?.Iso);
        Assert.Equal(DatePrecision.Range, e.Precision);
    }

    [Theory]
    [InlineData("2017年至今")]
    [InlineData("2017年至今，两国关系良好。")]
    [InlineData("2017年迄今")]
    [InlineData("2017年到现在")]
    public void OpenRangeUntilNow(string text)
    {
        var e = Extract.Single(text);
        Assert.Equal("2017", e.Start.Iso);
        Assert.Null(e.End);
        Assert.Equal(DatePrecision.Range, e.Precision);
        Assert.Equal(DateQualifier.UntilNow, e.Qualifier);
    }

    [Fact]
    public void SeveralDatesInOneSentence_GiveSeveralEvents()
    {
        var events = Extract.From("而美国先后于1867年、1868年、1870年和1871年多次企图以炮舰政策强迫朝鲜通商。");
        Assert.Equal(["1867", "1868", "1870", "1871"], events.Select(Extract.Describe));
        Assert.All(events, e => Assert.Equal("而美国先后于1867年、1868年、1870年和1871年多次企图以炮舰政策强迫朝鲜通商", e.Clause));
    }

    [Fact]
    public void EventsAreOrderedChronologically()
    {
        var events = Extract.From("1953年10月，签署条约。1950年6月25日，战争爆发。1950年，战争。");
        Assert.Equal(["1950", "1950-06-25", "1953-10"], events.Select(Extract.Describe));
    }
}
