using Site.Timeline.Tests.Seed;

namespace Site.Timeline.Tests;

/// <summary>The whole seed article: spot checks of forms found outside the two gold sections.</summary>
public sealed class ArticleTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<TimelineEvent>> Events = new(() => TimelineExtractor.Extract(SeedArticle.Segments()).Events);

    [Fact]
    public void PrintsTheTimeline()
    {
        foreach (var e in Events.Value)
        {
            output.WriteLine($"{e.Start.Iso}{(e.End is null ? "" : ".." + e.End.Iso)} {e.Precision} {e.Qualifier}{(e.IsRelative ? " rel" : "")} [{string.Join("/", e.SectionPath)}] «{e.RawExpression}» {e.Clause}{(e.OtherMentions.Count > 0 ? $" (+{e.OtherMentions.Count})" : "")}");
        }

        Assert.NotEmpty(Events.Value);
    }

    [Theory]
    [InlineData("1882年初", "1882", DateQualifier.Early, false)]
    [InlineData("2018年底", "2018", DateQualifier.Late, false)]
    [InlineData("1980年起", "1980", DateQualifier.From, false)]
    [InlineData("2001年以来", "2001", DateQualifier.Since, false)]
    [InlineData("2015年12月", "2015-12", DateQualifier.Planned, false)]
    [InlineData("2020年代中期", "2020s", DateQualifier.Planned, false)]
    [InlineData("1970年代初开始", "1970s", DateQualifier.From, false)]
    [InlineData("20世纪80年代后", "1980s", DateQualifier.From, false)]
    [InlineData("同年11月22日", "2011-11-22", DateQualifier.None, true)]
    [InlineData("當年", "2002", DateQualifier.None, true)]
    [InlineData("12月10日", "1941-12-10", DateQualifier.None, true)]
    [InlineData("8月22日", "1853-08-22", DateQualifier.None, true)]
    public void FormsAcrossTheArticle(string raw, string iso, DateQualifier qualifier, bool relative)
    {
        var e = Assert.Single(Events.Value, x => x.RawExpression == raw);
        Assert.Equal(iso, e.Start.Iso);
        Assert.Equal(qualifier, e.Qualifier);
        Assert.Equal(relative, e.IsRelative);
    }

    [Fact]
    public void TheDefenceTreatyIsOneEventStatedThreeTimes()
    {
        var e = Assert.Single(Events.Value, x => x.Start.Iso == "1953-10");
        Assert.Equal(["(lead)"], e.SectionPath);
        Assert.Equal(2, e.OtherMentions.Count);
        Assert.Equal(["李承晚时期", "军事同盟"], e.OtherMentions.Select(m => m.SectionPath[^1]));
    }

    [Fact]
    public void NoCountOrMeasureBecomesADate()
    {
        Assert.All(Events.Value, e => Assert.True(
            e.RawExpression.IndexOfAny(['年', '月', '世']) >= 0 || e.Precision == DatePrecision.Range,
            e.RawExpression));
        Assert.DoesNotContain(Events.Value, e => e.Clause.StartsWith("韩方承担的防卫费较2018年", StringComparison.Ordinal));
        Assert.DoesNotContain(Events.Value, e => e.Start.Year is 2100 or < 1800);
    }

    [Fact]
    public void OffsetsPointIntoTheWikitext()
    {
        var source = SeedArticle.Text;
        Assert.All(Events.Value, e =>
        {
            var written = source.Substring(e.SourceOffset, e.Length);
            Assert.StartsWith(e.RawExpression[..1], written, StringComparison.Ordinal);
            Assert.EndsWith(e.RawExpression[^1..], written, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EventsAreChronological()
    {
        var keys = Events.Value.Select(e => (e.Start.Year, e.Start.Month ?? 0, e.Start.Day ?? 0)).ToList();
        Assert.Equal(keys.Order(), keys);
    }
}
