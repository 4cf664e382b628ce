namespace Site.Timeline.Merging;

/// <summary>
/// Merges statements of the same event: same start, end and qualifier, and clauses that share most of their
/// wording (overlap of letter bigrams, dates left out). The first statement in source order is
/// kept; the later ones become its <see cref="TimelineEvent.OtherMentions"/>.
/// </summary>
internal static class EventMerger
{
    private const double MinOverlap = 0.6;
    private const int MinBigrams = 3;

    // Each event is compared with at most this many earlier events of the same date, keeping merging linear.
    private const int MaxCompared = 16;

    public static IReadOnlyList<TimelineEvent> Merge(IReadOnlyList<TimelineEvent> events)
    {
        var kept = new List<(TimelineEvent Event, HashSet<string> Bigrams, List<EventMention> Others)>();
        var byDate = new Dictionary<(string, string?, DateQualifier), List<int>>();
        foreach (var item in events)
        {
            var key = (item.Start.Iso, item.End?.Iso, item.Qualifier);
            var bigrams = Bigrams(item.Clause, item.RawExpression);
            if (!byDate.TryGetValue(key, out var sameDate))
            {
                sameDate = [];
                byDate[key] = sameDate;
            }

            var match = -1;
            for (var j = Math.Max(0, sameDate.Count - MaxCompared); j < sameDate.Count && match < 0; j++)
            {
                if (Overlap(bigrams, kept[sameDate[j]].Bigrams) >= MinOverlap)
                {
                    match = sameDate[j];
                }
            }

            if (match >= 0)
            {
                kept[match].Others.Add(new EventMention(item.SectionPath, item.Anchor, item.SourceOffset, item.Length, item.SegmentKind, item.RawExpression, item.Clause));
                continue;
            }

            sameDate.Add(kept.Count);
            kept.Add((item, bigrams, []));
        }

        return kept.Select(k => k.Others.Count == 0 ? k.Event : k.Event with { OtherMentions = k.Others }).ToList();
    }

    private static HashSet<string> Bigrams(string clause, string expression)
    {
        var text = clause.Replace(expression, " ", StringComparison.Ordinal);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsLetter(text[i]) && char.IsLetter(text[i + 1]))
            {
                set.Add(text.Substring(i, 2));
            }
        }

        return set;
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count < MinBigrams || b.Count < MinBigrams)
        {
            return 0;
        }

        var shared = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return (double)shared / Math.Min(a.Count, b.Count);
    }
}
