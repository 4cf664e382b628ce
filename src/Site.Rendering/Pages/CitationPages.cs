using System.Globalization;
using Site.Model.CitationIndex;
using Site.Rendering.Html;

namespace Site.Rendering.Pages;

/// <summary>
/// Builds the citation index pages from the index of all articles: every source once, grouped by kind, with the
/// places it is cited (linked to the paragraph), pages cited for books, and summary figures. Sources run over
/// numbered pages of <c>citations_per_page</c> each; the layout is the same in every edition.
/// </summary>
internal sealed class CitationPages
{
    /// <summary>Places listed under one source; the rest are counted.</summary>
    public const int LocationsShown = 100;

    /// <summary>Up to this many articles the index offers a filter by article.</summary>
    public const int ArticleFilterLimit = 100;

    private readonly PageFrames _frames;
    private readonly UrlBuilder _urls;
    private readonly CitationIndex _index;
    private readonly SiteInput _input;
    private readonly Dictionary<string, int> _pageOf = new(StringComparer.Ordinal);

    public CitationPages(PageFrames frames, UrlBuilder urls, CitationIndex index, SiteInput input)
    {
        _frames = frames;
        _urls = urls;
        _index = index;
        _input = input;
        var perPage = input.Config.CitationsPerPage;
        for (var i = 0; i < index.Sources.Count; i++) _pageOf[index.Sources[i].Id] = i / perPage + 1;
        PageCount = Math.Max(1, (index.Sources.Count + perPage - 1) / perPage);
    }

    public int PageCount { get; }

    /// <summary>The page of the index that lists a source.</summary>
    public int PageOf(string sourceId) => _pageOf.GetValueOrDefault(sourceId, 1);

    public IEnumerable<CitationsPageModel> Build(EditionInput edition)
    {
        var code = edition.Config.Code;
        var slugs = _input.Articles.Select(a => a.Config.Slug).ToList();
        var converters = slugs.Select((slug, i) => (slug, edition.Articles[i].Converter)).ToDictionary(x => x.slug, x => x.Converter, StringComparer.Ordinal);
        var titles = slugs.Select((slug, i) => (slug, edition.Articles[i].Title)).ToDictionary(x => x.slug, x => x.Title, StringComparer.Ordinal);
        var articlePages = _input.Articles.ToDictionary(a => a.Config.Slug, a => UrlBuilder.Article(code, a.Config.Slug, a.IsMain), StringComparer.Ordinal);
        var filterByArticle = _input.Articles.Count > 1 && _input.Articles.Count <= ArticleFilterLimit;
        string Convert(Source source, string text) =>
            (source.Articles.Count > 0 && converters.TryGetValue(source.Articles[0], out var c) ? c : edition.PageConverter).Convert(text);
        string Label(Source source) =>
            Convert(source, string.Join(". ", new[] { source.AuthorText, source.Title ?? source.Host ?? source.Id }.Where(t => !string.IsNullOrEmpty(t))));

        SourceEntry Entry(Source source, PagePath path)
        {
            var formatter = new SourceFormatter(edition.Text, t => Convert(source, t));
            var locations = source.Citations.Take(LocationsShown).Select(c => new CitationLocation(
                titles[c.ArticleSlug],
                _urls.Link(path, articlePages[c.ArticleSlug], c.ParagraphAnchor),
                c.SectionTitle.Length > 0 ? Convert(source, c.SectionTitle) : edition.Text["toc.lead"],
                c.Pages)).ToList();
            return new SourceEntry(source.Id, source.Kind.ToString().ToLowerInvariant(), Label(source), formatter.Format(source), source.Host,
                source.Date?.Iso is { Length: >= 4 } iso ? iso[..4] : null, source.Language, source.CiteCount, locations,
                source.PagesCited.Select(p => p.Display).ToList(), _input.Articles.Count <= ArticleFilterLimit ? source.Articles : [],
                Math.Max(0, source.Citations.Count - LocationsShown));
        }

        var figures = Summary(edition);
        var perPage = _input.Config.CitationsPerPage;
        for (var number = 1; number <= PageCount; number++)
        {
            var path = UrlBuilder.Citations(code, number);
            var pageNumber = number;
            var shared = _frames.For(edition, path, "citations", e => UrlBuilder.Citations(e, pageNumber));
            var sources = _index.Sources.Skip((number - 1) * perPage).Take(perPage).ToList();
            var groups = CitationIndexBuilder.KindOrder
                .Select(kind => (Kind: kind.ToString().ToLowerInvariant(), Sources: sources.Where(s => s.Kind == kind).ToList()))
                .Where(g => g.Sources.Count > 0)
                .Select(g => new SourceGroup(g.Kind, edition.Text["kinds." + g.Kind], g.Sources.Select(s => Entry(s, path)).ToList()))
                .ToList();
            var title = edition.Text["citations.title"] + (number > 1 ? " " + edition.Text.Format("pager.page", number) : "") + " - " + shared.SiteTitle;
            yield return new CitationsPageModel
            {
                Groups = groups,
                Summary = number == 1 ? figures : [],
                MostCited = number == 1
                    ? _index.Summary.MostCited.Select(s => new SourceLinkEntry(Label(s), _urls.Link(path, UrlBuilder.Citations(code, PageOf(s.Id)), s.Id), s.CiteCount)).ToList()
                    : [],
                Exports =
                [
                    (edition.Text["citations.exports_csl"], _urls.Link(path, UrlBuilder.Data("citations.csl.json"))),
                    (edition.Text["citations.exports_bib"], _urls.Link(path, UrlBuilder.Data("citations.bib"))),
                ],
                Articles = filterByArticle ? slugs.Select(slug => (slug, titles[slug])).ToList() : [],
                Pager = Pagers.For(PageCount, number, n => _urls.Link(path, UrlBuilder.Citations(code, n))),
                Title = title,
                Path = path, Urls = _urls, Text = edition.Text, Frame = shared,
            };
        }
    }

    private List<SummaryFigure> Summary(EditionInput edition)
    {
        var summary = _index.Summary;
        var figures = new List<SummaryFigure>
        {
            new(edition.Text["citations.sources"], Number(summary.SourceCount)),
            new(edition.Text["citations.citations"], Number(summary.CitationCount)),
            new(edition.Text["citations.with_archive"], summary.ArchivedShare.ToString("P0", CultureInfo.InvariantCulture)),
        };
        figures.AddRange(summary.ByKind.Where(k => k.Count > 0).Select(k => new SummaryFigure(edition.Text["kinds." + k.Kind.ToString().ToLowerInvariant()], Number(k.Count))));
        figures.AddRange(summary.ByLanguage.Where(l => l.Count > 0).Select(l => new SummaryFigure(LanguageName(edition.Text, l.Language), Number(l.Count))));
        return figures;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string LanguageName(I18n text, string code)
    {
        var key = "languages." + code;
        var name = text[key];
        return name == key ? code : name;
    }
}

/// <summary>Numbered page links for lists that run over several pages.</summary>
internal static class Pagers
{
    /// <summary>Pages on each side of the current one that get a link; the first and last always do.</summary>
    public const int Window = 3;

    public static Pager? For(int pageCount, int current, Func<int, string> href) =>
        pageCount <= 1
            ? null
            : new Pager(Enumerable.Range(1, pageCount)
                .Where(n => n == 1 || n == pageCount || Math.Abs(n - current) <= Window)
                .Select(n => new PagerLink(n, href(n), n == current)).ToList());
}
