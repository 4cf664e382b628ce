namespace Site.Timeline;

/// <summary>How precisely an event is dated; <see cref="Range"/> when it has an end (or is open-ended).</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
    Decade,
    Century,
    Range,
}

/// <summary>A modifier written around the date (初, 中期, 底, 起, 以来, 以前, 预计/将, 至今).</summary>
public enum DateQualifier
{
    None,
    Early,
    Mid,
    Late,
    From,
    Since,
    Before,
    Planned,
    UntilNow,
}

/// <summary>Where else a merged event is stated.</summary>
public sealed record EventMention(
    IReadOnlyList<string> SectionPath,
    string Anchor,
    int SourceOffset,
    int Length,
    ProseKind SegmentKind,
    string RawExpression,
    string Clause);

/// <summary>One dated statement of the prose.</summary>
/// <param name="Start">Start (or the only) date.</param>
/// <param name="End">End of a range; null for points and for open ranges (<see cref="DateQualifier.UntilNow"/>).</param>
/// <param name="Precision">Unit of <paramref name="Start"/>, or <see cref="DatePrecision.Range"/>.</param>
/// <param name="Qualifier">The modifier written with the date.</param>
/// <param name="IsRelative">True when the year came from the narrative (同年, 次年, a bare 5月10日).</param>
/// <param name="RawExpression">The date expression as written.</param>
/// <param name="Clause">The clause that states the event, as written (at most about 80 chars).</param>
/// <param name="SourceOffset">Source offset of the expression.</param>
/// <param name="Length">Source length of the expression.</param>
/// <param name="OtherMentions">Further statements of the same event, merged into this one.</param>
public sealed record TimelineEvent(
    PartialDate Start,
    PartialDate? End,
    DatePrecision Precision,
    DateQualifier Qualifier,
    bool IsRelative,
    string RawExpression,
    string Clause,
    IReadOnlyList<string> SectionPath,
    string Anchor,
    int SourceOffset,
    int Length,
    ProseKind SegmentKind,
    IReadOnlyList<EventMention> OtherMentions);
