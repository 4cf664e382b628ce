using System.Text.Json;
using System.Text.Json.Serialization;

namespace Site.Timeline.Tests;

public sealed class JsonShapeTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void SerialisesToTheDocumentedShape()
    {
        var timeline = TimelineExtractor.Extract([new ProseSegment("金东诈（1967年11月-1973年12月）曾贿赂议员。", ["历史", "朴正熙时期"], "朴正熙时期", 0, ProseKind.Paragraph)]);
        var json = JsonSerializer.Serialize(timeline, Options);
        using var doc = JsonDocument.Parse(json);
        var e = doc.RootElement.GetProperty("Events")[0];
        Assert.Equal("1967-11", e.GetProperty("Start").GetProperty("Iso").GetString());
        Assert.Equal("1973-12", e.GetProperty("End").GetProperty("Iso").GetString());
        Assert.Equal("Range", e.GetProperty("Precision").GetString());
        Assert.Equal("None", e.GetProperty("Qualifier").GetString());
        Assert.Equal("Paragraph", e.GetProperty("SegmentKind").GetString());
        Assert.Equal(17, e.GetProperty("Length").GetInt32());
        Assert.Equal(0, e.GetProperty("OtherMentions").GetArrayLength());

        var back = JsonSerializer.Deserialize<Timeline>(json, Options);
        Assert.NotNull(back);
        Assert.Equal(timeline.Events[0].Start, back.Events[0].Start);
        Assert.Equal(timeline.Events[0].Clause, back.Events[0].Clause);
    }
}
