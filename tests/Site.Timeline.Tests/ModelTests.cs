using Site.Timeline.Lexing;

namespace Site.Timeline.Tests;

public sealed class ModelTests
{
    [Theory]
    [InlineData(1949, 1, 1, DateUnit.Day, "1949-01-01")]
    [InlineData(1953, 10, null, DateUnit.Month, "1953-10")]
    [InlineData(1845, null, null, DateUnit.Year, "1845")]
    [InlineData(1970, null, null, DateUnit.Decade, "1970s")]
    [InlineData(1900, null, null, DateUnit.Century, "19XX")]
    public void IsoForms(int year, int? month, int? day, DateUnit unit, string iso)
    {
        Assert.Equal(iso, new PartialDate(year, month, day, unit).Iso);
    }

    [Fact]
    public void CenturiesAndDecadesAreStoredByTheirFirstYear()
    {
        Assert.Equal(1900, PartialDate.OfCentury(20).Year);
        Assert.Equal(1960, PartialDate.OfDecade(1967).Year);
    }

    [Fact]
    public void NormalizerKeepsPositions()
    {
        const string text = "１９９８－２００３年間，20世紀60年代以來，當年";
        var folded = TextNormalizer.Normalize(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("1998-2003年间，20世纪60年代以来，当年", folded);
    }

    [Fact]
    public void OffsetMapGivesSourcePositions()
    {
        // Source: "[[朝鲜战争]]于'''1950年6月25日'''爆发" → text "朝鲜战争于1950年6月25日爆发".
        const string text = "朝鲜战争于1950年6月25日爆发";
        var map = new List<int> { 2, 3, 4, 5, 8 };
        map.AddRange(Enumerable.Range(12, 10));
        map.AddRange([25, 26]);
        var segment = new ProseSegment(text, ["历史"], "历史", 2, ProseKind.Paragraph, map);
        var e = Assert.Single(TimelineExtractor.Extract([segment]).Events);
        Assert.Equal(12, e.SourceOffset);
        Assert.Equal(10, e.Length);
    }

    [Fact]
    public void WithoutAMapOffsetsCountFromTheSegment()
    {
        var segment = new ProseSegment("两国于1953年10月签署条约。", ["历史"], "历史", 1000, ProseKind.Note);
        var e = Assert.Single(TimelineExtractor.Extract([segment]).Events);
        Assert.Equal(1003, e.SourceOffset);
        Assert.Equal(8, e.Length);
        Assert.Equal(ProseKind.Note, e.SegmentKind);
    }

    [Fact]
    public void LargeInputIsScannedInLinearTime()
    {
        var sentence = "1950年6月25日，朝鲜战争爆发，同年7月15日，交出指挥权，3300人和151-7票以及1800名士兵。";
        var text = string.Concat(Enumerable.Repeat(sentence, 4000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var events = TimelineExtractor.Extract([new ProseSegment(text, ["历史"], "历史", 0, ProseKind.Paragraph)]).Events;
        watch.Stop();
        Assert.Equal(2, events.Count); // every repetition merges into the first two events
        // Linear takes well under a second here; quadratic scanning of 240,000 characters would take hours. The bound is
        // wide because CI machines are shared (a loaded 2-core runner took 8.5 s).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), watch.Elapsed.ToString());
    }
}
