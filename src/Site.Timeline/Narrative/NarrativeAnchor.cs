using Site.Timeline.Matching;

namespace Site.Timeline.Narrative;

/// <summary>
/// The most recent explicit year (and month) of the current section: what 同年, 次年 or a bare
/// 5月10日 refer to. Immutable; each step returns the next anchor.
/// </summary>
internal sealed record NarrativeAnchor(IReadOnlyList<string>? Section, int? Year, int? Month)
{
    public static NarrativeAnchor None { get; } = new(null, null, null);

    /// <summary>The anchor to use for a segment of <paramref name="section"/>: forgotten when the section changes.</summary>
    public NarrativeAnchor ForSection(IReadOnlyList<string> section) =>
        Section is not null && Section.SequenceEqual(section, StringComparer.Ordinal) ? this : new NarrativeAnchor(section, null, null);

    /// <summary>Fills in the year (and month) of a date from the anchor; null when it cannot.</summary>
    public PartialDate? Resolve(DateSpec spec)
    {
        int year;
        switch (spec.Source)
        {
            case YearSource.Explicit when spec.Year is { } written:
                year = written;
                break;
            case YearSource.Anchor when Year is { } anchorYear:
                year = anchorYear;
                break;
            case YearSource.AnchorNext when Year is { } anchorYear:
                year = anchorYear + 1;
                break;
            default:
                return null;
        }

        var month = spec.MonthFromAnchor ? Month : spec.Month;
        if (spec.MonthFromAnchor && month is null)
        {
            return null;
        }

        return spec.Unit switch
        {
            DateUnit.Day when month is { } m && spec.Day is { } d && d <= DateTime.DaysInMonth(year, m) => PartialDate.OfDay(year, m, d),
            DateUnit.Month when month is { } m => PartialDate.OfMonth(year, m),
            DateUnit.Year => PartialDate.OfYear(year),
            DateUnit.Decade => PartialDate.OfDecade(year),
            DateUnit.Century => new PartialDate(year, null, null, DateUnit.Century),
            _ => null,
        };
    }

    /// <summary>
    /// The anchor after a date was stated: the last written calendar point (the end of a range).
    /// Decades and centuries do not name a year and leave the anchor as it was.
    /// </summary>
    public NarrativeAnchor After(PartialDate start, PartialDate? end)
    {
        var last = end ?? start;
        return last.Unit is DateUnit.Decade or DateUnit.Century ? this : this with { Year = last.Year, Month = last.Month };
    }
}
