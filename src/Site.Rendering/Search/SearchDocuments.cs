using Site.Model;
using Site.Rendering.Html;
using Site.Rendering.Pages;

namespace Site.Rendering.Search;

/// <summary>
/// Collects the search documents of one edition, in its own script: every article part (lead with infobox, then
/// each section without its subsections), every source of the citation index, every timeline event, every
/// Markdown page. URLs are relative to <paramref name="indexPath"/>, from the one <see cref="UrlBuilder"/>.
/// </summary>
public static class SearchDocuments
{
    public static List<SearchDocument> Collect(
        EditionInput edition, SiteInput input, UrlBuilder urls, PagePath indexPath,
        CitationsPageModel citations, TimelinePageModel timeline)
    {
        var documents = new List<SearchDocument>();
        foreach (var (converted, source) in edition.Articles.Zip(input.Articles))
        {
            documents.AddRange(Article(converted.Article, UrlBuilder.Article(edition.Config.Code, source.Config.Slug, source.IsMain), urls, indexPath));
        }
        var citationsPage = UrlBuilder.Citations(edition.Config.Code);
        var citationsTitle = edition.Text["citations.title"];
        foreach (var group in citations.Groups)
        {
            foreach (var entry in group.Sources)
            {
                documents.Add(new SearchDocument(SearchDocumentKind.Source, PlainText.Collapse(entry.Label), citationsTitle + " · " + group.Label,
                    urls.Link(indexPath, citationsPage, entry.Id), PlainText.OfHtml(entry.CitationHtml)));
            }
        }
        var timelinePage = UrlBuilder.Timeline(edition.Config.Code);
        var timelineTitle = edition.Text["timeline.title"];
        foreach (var period in timeline.Periods)
        {
            foreach (var item in period.Items)
            {
                documents.Add(new SearchDocument(SearchDocumentKind.Event, item.DateLabel, timelineTitle + " · " + period.Title,
                    urls.Link(indexPath, timelinePage, period.Anchor), PlainText.OfHtml(item.ClauseHtml)));
            }
        }
        foreach (var page in input.Pages)
        {
            var title = edition.PageConverter.Convert(page.Meta.Title);
            var html = HtmlTextConverter.Convert(page.Html, edition.PageConverter.Convert);
            documents.Add(new SearchDocument(SearchDocumentKind.Page, title, title,
                urls.Link(indexPath, UrlBuilder.Page(edition.Config.Code, page.Slug)), PlainText.OfHtml(html)));
        }
        return documents;
    }

    /// <summary>The lead (with the hatnotes and infobox) and each section of an article, sections in reading order.</summary>
    public static IEnumerable<SearchDocument> Article(Article article, PagePath page, UrlBuilder urls, PagePath indexPath)
    {
        var lead = new List<string> { PlainText.Of(article.Hatnotes) };
        if (article.Infobox is { } infobox)
        {
            lead.Add(InlineText.Flatten(infobox.Title));
            lead.AddRange(infobox.Rows.Select(r => InlineText.Flatten(r.Label) + " " + InlineText.Flatten(r.Value)));
        }
        lead.Add(PlainText.Of(article.Lead));
        yield return new SearchDocument(SearchDocumentKind.Section, article.Title, article.Title, urls.Link(indexPath, page),
            PlainText.Collapse(string.Join(' ', lead)));
        foreach (var document in Sections(article.Sections, article.Title, page, urls, indexPath)) yield return document;
    }

    private static IEnumerable<SearchDocument> Sections(IReadOnlyList<Section> sections, string context, PagePath page, UrlBuilder urls, PagePath indexPath)
    {
        foreach (var section in sections)
        {
            var heading = PlainText.Collapse(InlineText.Flatten(section.Heading));
            yield return new SearchDocument(SearchDocumentKind.Section, heading, context, urls.Link(indexPath, page, section.Anchor), PlainText.Of(section.Content));
            foreach (var sub in Sections(section.Subsections, context + " › " + heading, page, urls, indexPath)) yield return sub;
        }
    }
}
