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
        foreach (var edition in input.Editions)
        {
            var code = edition.Config.Code;
            var indexPath = UrlBuilder.SearchIndex(code);
            var documents = SearchDocuments.Collect(edition, input, urls, indexPath,
                renderer.CitationsModel(edition, UrlBuilder.Citations(code)), renderer.TimelineModel(edition, UrlBuilder.Timeline(code)));
            var index = SearchIndexBuilder.Build(code, edition.Config.Lang, documents);
            files.Add(OutputFile.Text(indexPath, SearchIndexJson.Write(index)));

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
