using System.Collections.Concurrent;
using Site.Conversion.Articles;
using Site.Rendering.Output;
using Site.Rendering.Pages;
using Site.Rendering.Templating;

namespace Site.Rendering.Search;

/// <summary>
/// The search files of the site, per edition: <c>{edition}/search/index.json</c> (the index) and
/// <c>{edition}/search/index.html</c> (the search page). Documents are added while the pages they come from are
/// rendered (articles in parallel); the index is written once all are in. The header's search box is in the layout.
/// </summary>
internal sealed class SearchOutput(SiteInput input, PageFrames frames, TemplateEngine templates, UrlBuilder urls)
{
    /// <summary>Per edition, per article: the article's documents, in article order whatever order they arrive in.</summary>
    private readonly ConcurrentDictionary<(string Edition, int Article), List<SearchDocument>> _articles = new();
    /// <summary>Per edition, the sources, events and pages, added by that edition's own task in page order.</summary>
    private readonly ConcurrentDictionary<string, List<SearchDocument>> _rest = new(StringComparer.Ordinal);

    public void AddArticle(EditionInput edition, int index, ConvertedArticle converted, PagePath page) =>
        _articles[(edition.Config.Code, index)] = SearchDocuments.Article(converted.Article, page, urls, UrlBuilder.SearchIndex(edition.Config.Code)).ToList();

    public void AddSources(EditionInput edition, CitationsPageModel page) =>
        Rest(edition).AddRange(SearchDocuments.Sources(edition, page, urls, UrlBuilder.SearchIndex(edition.Config.Code)));

    public void AddEvents(EditionInput edition, TimelinePageModel page) =>
        Rest(edition).AddRange(SearchDocuments.Events(edition, page, urls, UrlBuilder.SearchIndex(edition.Config.Code)));

    public async Task WriteAsync(SiteWriter writer)
    {
        var documents = input.Editions.Select(edition =>
            Enumerable.Range(0, input.Articles.Count).SelectMany(i => _articles.GetValueOrDefault((edition.Config.Code, i)) ?? [])
                .Concat(Rest(edition))
                .Concat(SearchDocuments.Pages(edition, input, urls, UrlBuilder.SearchIndex(edition.Config.Code)))
                .ToList())
            .ToList();
        for (var e = 0; e < input.Editions.Count; e++)
        {
            var edition = input.Editions[e];
            var code = edition.Config.Code;
            var others = documents.Where((_, i) => i != e).ToList();
            var index = SearchIndexBuilder.Build(code, edition.Config.Lang, documents[e], others);
            writer.Write(OutputFile.Text(UrlBuilder.SearchIndex(code), SearchIndexJson.Write(index)));

            var path = UrlBuilder.Search(code);
            var shared = frames.For(edition, path, "search", UrlBuilder.Search);
            var model = new SearchPageModel
            {
                Title = edition.Text["search.title"] + " - " + shared.SiteTitle,
                Path = path, Urls = urls, Text = edition.Text, Frame = shared,
            };
            writer.Write(new OutputFile(path, await templates.RenderAsync("search", model), code));
        }
    }

    private List<SearchDocument> Rest(EditionInput edition) => _rest.GetOrAdd(edition.Config.Code, _ => []);
}
