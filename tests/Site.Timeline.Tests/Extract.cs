namespace Site.Timeline.Tests;

/// <summary>Runs the extractor over short texts for unit tests.</summary>
internal static class Extract
{
    public static IReadOnlyList<TimelineEvent> From(params string[] paragraphs) =>
        TimelineExtractor.Extract(paragraphs.Select(p => new ProseSegment(p, ["历史"], "历史", 0, ProseKind.Paragraph)).ToList()).Events;

    public static TimelineEvent Single(string text)
    {
        var events = From(text);
        return Assert.Single(events);
    }

    public static string Describe(TimelineEvent e) =>
        e.Start.Iso + (e.End is null ? "" : ".." + e.End.Iso);
}
