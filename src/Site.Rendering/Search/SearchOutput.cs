using Site.Rendering.Output;
using Site.Rendering.Pages;
using Site.Rendering.Templating;

namespace Site.Rendering.Search;

/// <summary>
/// The search files of the site, per edition: <c>{edition}/search/index.json</c> (the index) and
/// <c>{edition}/search/index.html</c> (the search page). The header's search box is in the layout.
/// </summary>
internal sealed class SearchOutput(SiteRenderer renderer, TemplateEngine templates, UrlBuilder urls)
{
    public async Task<List<OutputFile>> RenderAsync(SiteInput input)
    {
        var files = new List<OutputFile>();
        var documents = input.Editions.Select(edition => SearchDocuments.Collect(edition, input, urls, UrlBuilder.SearchIndex(edition.Config.Code),
            renderer.CitationsModel(edition, UrlBuilder.Citations(edition.Config.Code)), renderer.TimelineModel(edition, UrlBuilder.Timeline(edition.Config.Code))))
            .ToList();
        for (var e = 0; e < input.Editions.Count; e++)
        {
            var edition = input.Editions[e];
            var code = edition.Config.Code;
            var others = documents.Where((_, i) => i != e).ToList();
            var index = SearchIndexBuilder.Build(code, edition.Config.Lang, documents[e], others);
            files.Add(OutputFile.Text(UrlBuilder.SearchIndex(code), SearchIndexJson.Write(index)));

            var path = UrlBuilder.Search(code);
            var shared = renderer.Shared(edition, path, "search", UrlBuilder.Search);
            var model = new SearchPageModel
            {
                Title = edition.Text["search.title"] + " - " + shared.SiteTitle,
                Path = path, Urls = urls, Text = edition.Text, SiteTitle = shared.SiteTitle, SiteDescription = shared.SiteDescription,
                Edition = shared.Edition, Navigation = shared.Navigation, Alternates = shared.Alternates, Sources = shared.Sources,
            };
            files.Add(OutputFile.Text(path, await templates.RenderAsync("search", model), code));
        }
        return files;
    }
}
