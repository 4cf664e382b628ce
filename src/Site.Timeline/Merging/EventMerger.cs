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
        // An event's bigrams are made when it is first compared: most dates have one event, which never is.
        var kept = new List<(TimelineEvent Event, HashSet<int>? Bigrams, List<EventMention> Others)>();
        var byDate = new Dictionary<(string, string?, DateQualifier), List<int>>();
        foreach (var item in events)
        {
            var key = (item.Start.Iso, item.End?.Iso, item.Qualifier);
            if (!byDate.TryGetValue(key, out var sameDate))
            {
                sameDate = [];
                byDate[key] = sameDate;
            }

            HashSet<int>? bigrams = null;
            var match = -1;
            for (var j = Math.Max(0, sameDate.Count - MaxCompared); j < sameDate.Count && match < 0; j++)
            {
                bigrams ??= Bigrams(item);
                var other = kept[sameDate[j]];
                if (other.Bigrams is null)
                {
                    other.Bigrams = Bigrams(other.Event);
                    kept[sameDate[j]] = other;
                }
                if (Overlap(bigrams, other.Bigrams) >= MinOverlap)
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

    /// <summary>The pairs of adjacent letters in the clause outside the date expression, each as both characters' codes.</summary>
    private static HashSet<int> Bigrams(TimelineEvent item)
    {
        var text = item.Clause.Replace(item.RawExpression, " ", StringComparison.Ordinal);
        var set = new HashSet<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsLetter(text[i]) && char.IsLetter(text[i + 1]))
            {
                set.Add(text[i] << 16 | text[i + 1]);
            }
        }

        return set;
    }

    private static double Overlap(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count < MinBigrams || b.Count < MinBigrams)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var bigram in small)
        {
            if (large.Contains(bigram)) shared++;
        }
        return (double)shared / small.Count;
    }
}
