namespace Site.Timeline;

/// <summary>
/// Dated events in chronological order (start, then end, then source order).
/// </summary>
public sealed record Timeline(IReadOnlyList<TimelineEvent> Events)
{
    public static Timeline Empty { get; } = new(Array.Empty<TimelineEvent>());
}
