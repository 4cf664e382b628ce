namespace Site.Timeline.Tests;

public sealed class EraTests
{
    [Theory]
    [InlineData("自1970年代初开始贿赂美国议员。", "1970年代初开始", "1970s", DatePrecision.Decade, DateQualifier.From)]
    [InlineData("1970年代初，局势缓和。", "1970年代初", "1970s", DatePrecision.Decade, DateQualifier.Early)]
    [InlineData("20世纪60年代以前，美国的援助比例很高。", "20世纪60年代以前", "1960s", DatePrecision.Decade, DateQualifier.Before)]
    [InlineData("20世紀60年代以前，美國的援助比例很高。", "20世紀60年代以前", "1960s", DatePrecision.Decade, DateQualifier.Before)]
    [InlineData("进入20世纪80年代后，韩国承担起更多责任。", "20世纪80年代后", "1980s", DatePrecision.Decade, DateQualifier.From)]
    [InlineData("进入20世纪80年代，韩国承担起更多责任。", "20世纪80年代", "1980s", DatePrecision.Decade, DateQualifier.None)]
    [InlineData("这一期限将后延到2020年代中期。", "2020年代中期", "2020s", DatePrecision.Decade, DateQualifier.Planned)]
    [InlineData("2020年代中期，两国关系变化。", "2020年代中期", "2020s", DatePrecision.Decade, DateQualifier.Mid)]
    [InlineData("八十年代，经济腾飞。", "八十年代", "1980s", DatePrecision.Decade, DateQualifier.None)]
    [InlineData("二十世纪六十年代末，经济腾飞。", "二十世纪六十年代末", "1960s", DatePrecision.Decade, DateQualifier.Late)]
    [InlineData("19世纪末，美国关注朝鲜。", "19世纪末", "18XX", DatePrecision.Century, DateQualifier.Late)]
    [InlineData("19世紀中葉，美國關注朝鮮。", "19世紀中葉", "18XX", DatePrecision.Century, DateQualifier.Mid)]
    [InlineData("在20世纪，两国关系密切。", "20世纪", "19XX", DatePrecision.Century, DateQualifier.None)]
    public void DecadesAndCenturies(string text, string raw, string iso, DatePrecision precision, DateQualifier qualifier)
    {
        var e = Extract.Single(text);
        Assert.Equal(raw, e.RawExpression);
        Assert.Equal(iso, e.Start.Iso);
        Assert.Equal(precision, e.Precision);
        Assert.Equal(qualifier, e.Qualifier);
    }
}
