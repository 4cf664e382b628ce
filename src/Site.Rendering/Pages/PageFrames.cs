namespace Site.Rendering.Pages;

/// <summary>The parts of a page model that every page of an edition shares.</summary>
internal sealed record PageShared(
    string SiteTitle, string SiteDescription, EditionInfo Edition, IReadOnlyList<NavLink> Navigation,
    IReadOnlyList<Alternate> Alternates, IReadOnlyList<SourceCredit> Sources, string? ArticlesLink, bool HasSearch);

/// <summary>
/// The frame of every page: site title, header navigation, edition alternates and source credits. Its size does
/// not grow with the site: past <c>nav_articles</c> articles the header and footer link to the list of articles.
/// </summary>
internal sealed class PageFrames(SiteInput input, UrlBuilder urls)
{
    public string SiteTitle(EditionInput edition) =>
        input.Config.Title.GetValueOrDefault(edition.Config.Code) ?? edition.PageConverter.Convert(input.Articles[0].Config.Title);

    public string SiteDescription(EditionInput edition) => input.Config.Description.GetValueOrDefault(edition.Config.Code) ?? "";

    /// <param name="current">"article:slug", "timeline", "citations", "articles", "page:slug" or "".</param>
    /// <param name="article">The article the page shows, whose source is credited in the footer.</param>
    /// <param name="absolute">Links as absolute paths with the base path (the 404 page, served at any depth).</param>
    public PageShared For(EditionInput edition, PagePath path, string current, Func<string, PagePath> samePageIn,
        int? article = null, bool absolute = false)
    {
        string Link(PagePath to) => absolute ? urls.Absolute(to) : urls.Link(path, to);
        var code = edition.Config.Code;
        var nav = new List<NavLink>();
        if (input.NamesEveryArticle)
        {
            for (var i = 0; i < input.Articles.Count; i++)
            {
                var source = input.Articles[i];
                var label = input.Articles.Count == 1 ? edition.Text["nav.article"] : edition.Articles[i].Title;
                nav.Add(new NavLink(label, Link(UrlBuilder.Article(code, source.Config.Slug, source.IsMain)), current == "article:" + source.Config.Slug));
            }
        }
        else
        {
            nav.Add(new NavLink(edition.Text["nav.articles"], Link(UrlBuilder.Articles(code)), current == "articles"));
        }
        nav.Add(new NavLink(edition.Text["nav.timeline"], Link(UrlBuilder.Timeline(code)), current == "timeline"));
        nav.Add(new NavLink(edition.Text["nav.citations"], Link(UrlBuilder.Citations(code)), current == "citations"));
        foreach (var page in input.Pages.OrderBy(p => p.Meta.Order).ThenBy(p => p.Slug, StringComparer.Ordinal))
        {
            nav.Add(new NavLink(edition.PageConverter.Convert(page.Meta.Title), Link(UrlBuilder.Page(code, page.Slug)), current == "page:" + page.Slug));
        }
        var alternates = input.Editions
            .Select(e => new Alternate(e.Info, Link(samePageIn(e.Config.Code)), urls.Canonical(samePageIn(e.Config.Code))))
            .ToList();
        IEnumerable<int> credited = article is { } one ? [one] : input.NamesEveryArticle ? Enumerable.Range(0, input.Articles.Count) : [];
        var sources = credited.Select(i => Credit(edition, i)).ToList();
        // The list of articles credits every source itself.
        var articlesLink = input.NamesEveryArticle || article is not null || current == "articles" ? null : Link(UrlBuilder.Articles(code));
        return new PageShared(SiteTitle(edition), SiteDescription(edition), edition.Info, nav, alternates, sources, articlesLink, input.Config.Search);
    }

    public SourceCredit Credit(EditionInput edition, int article)
    {
        var config = input.Articles[article].Config;
        return new SourceCredit(edition.PageConverter.Convert(config.Title), config.SourceUrl,
            config.SourceUrl is null ? null : HistoryUrl(config.SourceUrl), config.SourceDate);
    }

    private static string? HistoryUrl(string sourceUrl)
    {
        var marker = "/wiki/";
        var index = sourceUrl.IndexOf(marker, StringComparison.Ordinal);
        if (index < 0) return null;
        return sourceUrl[..index] + "/w/index.php?title=" + sourceUrl[(index + marker.Length)..] + "&action=history";
    }
}
