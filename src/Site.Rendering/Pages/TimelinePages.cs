using System.Globalization;
using Site.Rendering.Html;
using Site.Timeline;

namespace Site.Rendering.Pages;

/// <summary>Builds the timeline page: events grouped by the article's own periods, and the SVG chart.</summary>
internal sealed class TimelinePages(SiteRenderer renderer, UrlBuilder urls)
{
    public TimelinePageModel Build(EditionInput edition, SiteInput input, PagePath path)
    {
        var shared = renderer.Shared(edition, path, "timeline", UrlBuilder.Timeline);
        var periods = new List<TimelinePeriod>();
        var chartPeriods = new List<ChartPeriod>();
        var chartEvents = new List<ChartEvent>();
        for (var a = 0; a < input.Articles.Count; a++)
        {
            var source = input.Articles[a];
            var converter = edition.Articles[a].Converter;
            var articlePage = UrlBuilder.Article(edition.Config.Code, source.Config.Slug, source.IsMain);
            var events = source.Timeline.Events;
            var history = TimelinePeriods.Of(source.Source, source.Timeline);
            // Events go to the article's own period covering their start year; without a history section, to their top section.
            var groups = history.Count > 0
                ? events.GroupBy(e => TimelinePeriods.For(history, e)!.SourceTitle).OrderBy(g => history.First(p => p.SourceTitle == g.Key).StartYear)
                : events.GroupBy(e => e.SectionPath.FirstOrDefault() ?? "").OrderBy(g => g.Min(e => e.Start.Year));
            foreach (var group in groups)
            {
                var title = group.Key.Length == 0 ? edition.Text["toc.lead"] : converter.Convert(group.Key);
                if (input.Articles.Count > 1) title = edition.Articles[a].Article.Title + " · " + title;
                var items = group
                    .OrderBy(e => e.Start.Year).ThenBy(e => e.Start.Month ?? 0).ThenBy(e => e.Start.Day ?? 0).ThenBy(e => e.SourceOffset)
                    .Select(e => new TimelineItem(DateLabel(edition.Text, e), e.Start.Iso, HtmlEscaper.Escape(converter.Convert(e.Clause)),
                        urls.Link(path, articlePage, e.Anchor), converter.Convert(e.SectionPath.LastOrDefault() ?? ""), e.IsRelative))
                    .ToList();
                periods.Add(new TimelinePeriod(title, "period-" + (periods.Count + 1).ToString(CultureInfo.InvariantCulture), items));
                chartEvents.AddRange(group.Select(e => new ChartEvent(e.Start.Year + ((e.Start.Month ?? 1) - 1) / 12.0, $"{DateLabel(edition.Text, e)} {converter.Convert(e.Clause)}")));
            }
            chartPeriods.AddRange(history.Select(p => new ChartPeriod(converter.Convert(p.SourceTitle), p.StartYear, p.EndYear)));
        }
        var chartTitle = edition.Text["timeline.chart"];
        var description = string.Join("；", chartPeriods.Select(p => $"{p.Title} {p.StartYear}–{p.EndYear}"));
        return new TimelinePageModel
        {
            Periods = periods,
            ChartSvg = TimelineChart.Render(chartPeriods, chartEvents, chartTitle),
            ChartDescription = description,
            DataFile = UrlBuilder.Data("timeline.json"),
            Title = edition.Text["timeline.title"] + " - " + shared.SiteTitle,
            Path = path, Urls = urls, Text = edition.Text, SiteTitle = shared.SiteTitle, SiteDescription = shared.SiteDescription,
            Edition = shared.Edition, Navigation = shared.Navigation, Alternates = shared.Alternates, Sources = shared.Sources,
        };
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
