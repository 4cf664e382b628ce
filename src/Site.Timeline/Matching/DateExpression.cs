namespace Site.Timeline.Matching;

/// <summary>Where the year of a date comes from.</summary>
internal enum YearSource
{
    /// <summary>Written in the expression.</summary>
    Explicit,

    /// <summary>The year of the narrative anchor (同年, 当年, a bare 5月10日).</summary>
    Anchor,

    /// <summary>The year after the anchor (次年, 翌年).</summary>
    AnchorNext,
}

/// <summary>A date as written, before the narrative fills in what is missing.</summary>
internal sealed record DateSpec(int? Year, int? Month, int? Day, Site.Timeline.DateUnit Unit, YearSource Source = YearSource.Explicit, bool MonthFromAnchor = false)
{
    public bool IsRelative => Source != YearSource.Explicit;
}

/// <summary>A recognised date expression: a span of the segment text and what it says.</summary>
internal sealed record DateExpression(int Start, int Length, DateSpec From, DateSpec? To, bool OpenEnded, DateQualifier Qualifier)
{
    public int End => Start + Length;
}
