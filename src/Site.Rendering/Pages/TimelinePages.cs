using System.Globalization;
using Site.Rendering.Html;
using Site.Timeline;

namespace Site.Rendering.Pages;

/// <summary>
/// Builds the timeline pages: events grouped by each article's own periods, and an SVG chart per page. Whole periods
/// fill numbered pages of about <c>timeline_per_page</c> events; the layout is the same in every edition.
/// </summary>
internal sealed class TimelinePages
{
    private readonly PageFrames _frames;
    private readonly UrlBuilder _urls;
    private readonly SiteInput _input;
    private readonly List<List<PlannedPeriod>> _pages = [];
    private readonly int _eventCount;

    /// <summary>A period of one article and its events in date order; <see cref="Key"/> is its source title or top section.</summary>
    private sealed record PlannedPeriod(int Article, string Key, IReadOnlyList<TimelineEvent> Events, IReadOnlyList<HistoryPeriod> History);

    public TimelinePages(PageFrames frames, UrlBuilder urls, SiteInput input)
    {
        _frames = frames;
        _urls = urls;
        _input = input;
        var page = new List<PlannedPeriod>();
        var count = 0;
        foreach (var period in Plan())
        {
            if (page.Count > 0 && count + period.Events.Count > input.Config.TimelinePerPage)
            {
                _pages.Add(page);
                page = [];
                count = 0;
            }
            page.Add(period);
            count += period.Events.Count;
            _eventCount += period.Events.Count;
        }
        if (page.Count > 0 || _pages.Count == 0) _pages.Add(page);
    }

    public int PageCount => _pages.Count;

    private IEnumerable<PlannedPeriod> Plan()
    {
        for (var a = 0; a < _input.Articles.Count; a++)
        {
            var source = _input.Articles[a];
            var events = source.Timeline.Events;
            var history = source.History;
            // Events go to the article's own period covering their start year; without a history section, to their top section.
            var groups = history.Count > 0
                ? events.GroupBy(e => TimelinePeriods.For(history, e)!.SourceTitle).OrderBy(g => history.First(p => p.SourceTitle == g.Key).StartYear)
                : events.GroupBy(e => e.SectionPath.FirstOrDefault() ?? "").OrderBy(g => g.Min(e => e.Start.Year));
            foreach (var group in groups)
            {
                var ordered = group
                    .OrderBy(e => e.Start.Year).ThenBy(e => e.Start.Month ?? 0).ThenBy(e => e.Start.Day ?? 0).ThenBy(e => e.SourceOffset)
                    .ToList();
                yield return new PlannedPeriod(a, group.Key, ordered, history);
            }
        }
    }

    public IEnumerable<TimelinePageModel> Build(EditionInput edition)
    {
        var code = edition.Config.Code;
        var anchor = 0;
        for (var number = 1; number <= _pages.Count; number++)
        {
            var path = UrlBuilder.Timeline(code, number);
            var pageNumber = number;
            var shared = _frames.For(edition, path, "timeline", e => UrlBuilder.Timeline(e, pageNumber));
            var periods = new List<TimelinePeriod>();
            var chartPeriods = new List<ChartPeriod>();
            var chartEvents = new List<ChartEvent>();
            var charted = new HashSet<int>();
            foreach (var planned in _pages[number - 1])
            {
                var source = _input.Articles[planned.Article];
                var conversion = edition.Articles[planned.Article];
                var converter = conversion.Converter;
                var articlePage = UrlBuilder.Article(code, source.Config.Slug, source.IsMain);
                var title = planned.Key.Length == 0 ? edition.Text["toc.lead"] : converter.Convert(planned.Key);
                if (_input.Articles.Count > 1) title = conversion.Title + " · " + title;
                var items = new List<TimelineItem>(planned.Events.Count);
                foreach (var e in planned.Events)
                {
                    // Converted once: the list and the chart show the same clause.
                    var label = DateLabel(edition.Text, e);
                    var clause = converter.Convert(e.Clause);
                    items.Add(new TimelineItem(label, e.Start.Iso, HtmlEscaper.Escape(clause), _urls.Link(path, articlePage, e.Anchor),
                        converter.Convert(e.SectionPath.LastOrDefault() ?? ""), e.IsRelative));
                    chartEvents.Add(new ChartEvent(e.Start.Year + ((e.Start.Month ?? 1) - 1) / 12.0, $"{label} {clause}"));
                }
                anchor++;
                periods.Add(new TimelinePeriod(title, "period-" + anchor.ToString(CultureInfo.InvariantCulture), items));
                if (charted.Add(planned.Article))
                {
                    chartPeriods.AddRange(planned.History.Select(p => new ChartPeriod(converter.Convert(p.SourceTitle), p.StartYear, p.EndYear)));
                }
            }
            var description = string.Join("；", chartPeriods.Select(p => $"{p.Title} {p.StartYear}–{p.EndYear}"));
            yield return new TimelinePageModel
            {
                Periods = periods,
                EventCount = _eventCount,
                ChartSvg = TimelineChart.Render(chartPeriods, chartEvents, edition.Text["timeline.chart"]),
                ChartDescription = description,
                DataFile = UrlBuilder.Data("timeline.json"),
                Pager = Pagers.For(_pages.Count, number, n => _urls.Link(path, UrlBuilder.Timeline(code, n))),
                Title = edition.Text["timeline.title"] + (number > 1 ? " " + edition.Text.Format("pager.page", number) : "") + " - " + shared.SiteTitle,
                Path = path, Urls = _urls, Text = edition.Text, Frame = shared,
            };
        }
    }

    private static string DateLabel(I18n text, TimelineEvent e)
    {
        var start = Label(text, e.Start);
        if (e.End is null) return e.Qualifier == DateQualifier.UntilNow ? text.Format("dates.open_range", start) : start;
        return text.Format("dates.range", start, Label(text, e.End));
    }

    /// <summary>A date in the edition's words, from templates/i18n (dates.day, dates.month, …).</summary>
    private static string Label(I18n text, PartialDate date) => date.Unit switch
    {
        DateUnit.Day => text.Format("dates.day", date.Year, date.Month!, date.Day!),
        DateUnit.Month => text.Format("dates.month", date.Year, date.Month!),
        DateUnit.Decade => text.Format("dates.decade", date.Year),
        DateUnit.Century => text.Format("dates.century", date.Year / 100 + 1),
        _ => text.Format("dates.year", date.Year),
    };
}
