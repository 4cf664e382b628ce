using Site.Model;
using Site.Timeline;

namespace Site.Rendering.Pages;

/// <summary>A period of the article's own history: a subsection of its history section, with the years it covers.</summary>
public sealed record HistoryPeriod(string SourceTitle, string Anchor, int StartYear, int EndYear);

/// <summary>
/// Finds the article's periods (the subsections of its history section, e.g. 朝鲜王朝及大韩帝国时期, 李承晚时期 …)
/// and the years each covers: from its earliest dated event to the year before the next period starts.
/// Every event of the article, from any section, then belongs to the period of its start year.
/// </summary>
public static class TimelinePeriods
{
    public static IReadOnlyList<HistoryPeriod> Of(Article article, Site.Timeline.Timeline timeline)
    {
        var history = article.Sections.FirstOrDefault(s => s.Subsections.Count >= 2);
        if (history is null || timeline.Events.Count == 0) return [];
        var starts = new List<(Section Section, int Year)>();
        foreach (var section in history.Subsections)
        {
            var years = timeline.Events.Where(e => e.SectionPath.Contains(section.SourceTitle)).Select(e => e.Start.Year).ToList();
            var year = years.Count > 0 ? years.Min() : YearInTitle(section.SourceTitle);
            if (year is not null) starts.Add((section, year.Value));
        }
        starts.Sort((a, b) => a.Year.CompareTo(b.Year));
        var last = timeline.Events.Max(e => (e.End ?? e.Start).Year);
        var periods = new List<HistoryPeriod>();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? Math.Max(starts[i].Year, starts[i + 1].Year - 1) : Math.Max(last, starts[i].Year);
            periods.Add(new HistoryPeriod(starts[i].Section.SourceTitle, starts[i].Section.Anchor, starts[i].Year, end));
        }
        return periods;
    }

    /// <summary>The period an event belongs to: the one covering its start year (the first one for earlier events).</summary>
    public static HistoryPeriod? For(IReadOnlyList<HistoryPeriod> periods, TimelineEvent e) =>
        periods.Count == 0 ? null : periods.LastOrDefault(p => p.StartYear <= e.Start.Year) ?? periods[0];

    private static int? YearInTitle(string title)
    {
        var digits = new string(title.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length == 4 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
