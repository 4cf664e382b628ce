using Site.Timeline.Clauses;
using Site.Timeline.Lexing;
using Site.Timeline.Matching;
using Site.Timeline.Merging;
using Site.Timeline.Narrative;

namespace Site.Timeline;

/// <summary>
/// Finds the dated events of Chinese encyclopedic prose: fold the text, scan it for date
/// expressions, fill in relative years from the narrative, cut out the clause, merge repeats and
/// sort chronologically.
/// </summary>
public static class TimelineExtractor
{
    public static Timeline Extract(IReadOnlyList<ProseSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var scanner = new ExpressionScanner();
        var events = new List<TimelineEvent>();
        var anchor = NarrativeAnchor.None;
        foreach (var segment in segments)
        {
            anchor = anchor.ForSection(segment.SectionPath);
            var afterSegment = ExtractSegment(segment, scanner, anchor, events);

            // Captions and notes stand beside the narrative; their dates do not anchor what follows.
            if (segment.Kind is ProseKind.Paragraph or ProseKind.ListItem)
            {
                anchor = afterSegment;
            }
        }

        var merged = EventMerger.Merge(events);
        var ordered = merged
            .Select((e, i) => (Event: e, Index: i))
            .OrderBy(x => x.Event.Start.SortKey)
            .ThenBy(x => x.Event.Start.Unit, Comparer<DateUnit>.Create((a, b) => b.CompareTo(a)))
            .ThenBy(x => x.Event.End?.SortKey ?? (int.MaxValue, 0, 0))
            .ThenBy(x => x.Index)
            .Select(x => x.Event)
            .ToList();
        return new Timeline(ordered);
    }

    private static NarrativeAnchor ExtractSegment(ProseSegment segment, ExpressionScanner scanner, NarrativeAnchor anchor, List<TimelineEvent> events)
    {
        var expressions = scanner.Scan(TextNormalizer.Normalize(segment.Text));
        for (var i = 0; i < expressions.Count; i++)
        {
            var expression = expressions[i];
            var start = anchor.Resolve(expression.From);
            var end = expression.To is null ? null : anchor.Resolve(expression.To);
            if (start is null || (expression.To is not null && end is null))
            {
                continue; // a relative date before any explicit one: nothing to place it by
            }

            anchor = anchor.After(start, end);
            events.Add(new TimelineEvent(
                Start: start,
                End: end,
                Precision: PrecisionOf(start, end, expression.OpenEnded),
                Qualifier: expression.Qualifier,
                IsRelative: expression.From.IsRelative,
                RawExpression: segment.Text.Substring(expression.Start, expression.Length),
                Clause: ClauseFinder.Find(segment.Text, expressions, i),
                SectionPath: segment.SectionPath,
                Anchor: segment.Anchor,
                SourceOffset: segment.SourceOffsetAt(expression.Start),
                Length: segment.SourceLengthOf(expression.Start, expression.Length),
                SegmentKind: segment.Kind,
                OtherMentions: []));
        }

        return anchor;
    }

    private static DatePrecision PrecisionOf(PartialDate start, PartialDate? end, bool openEnded) =>
        end is not null || openEnded
            ? DatePrecision.Range
            : start.Unit switch
            {
                DateUnit.Day => DatePrecision.Day,
                DateUnit.Month => DatePrecision.Month,
                DateUnit.Year => DatePrecision.Year,
                DateUnit.Decade => DatePrecision.Decade,
                _ => DatePrecision.Century,
            };
}
