using Site.Model;
using Site.Rendering.Html;
using Site.Rendering.Pages;

namespace Site.Rendering.Search;

/// <summary>
/// The search documents of one edition, in its own script: every article part (lead with infobox, then each section
/// without its subsections), every source of the citation index, every timeline event, every Markdown page. URLs are
/// relative to the index file, from the one <see cref="UrlBuilder"/>. The renderer collects them as it makes the pages.
/// </summary>
public static class SearchDocuments
{
    /// <summary>Every source listed on one page of the citation index.</summary>
    public static IEnumerable<SearchDocument> Sources(EditionInput edition, CitationsPageModel page, UrlBuilder urls, PagePath indexPath)
    {
        var citationsTitle = edition.Text["citations.title"];
        foreach (var group in page.Groups)
        {
            foreach (var entry in group.Sources)
            {
                yield return new SearchDocument(SearchDocumentKind.Source, PlainText.Collapse(entry.Label), citationsTitle + " · " + group.Label,
                    urls.Link(indexPath, page.Path, entry.Id), PlainText.OfHtml(entry.CitationHtml));
            }
        }
    }

    /// <summary>Every event on one page of the timeline, linked to its period.</summary>
    public static IEnumerable<SearchDocument> Events(EditionInput edition, TimelinePageModel page, UrlBuilder urls, PagePath indexPath)
    {
        var timelineTitle = edition.Text["timeline.title"];
        foreach (var period in page.Periods)
        {
            foreach (var item in period.Items)
            {
                yield return new SearchDocument(SearchDocumentKind.Event, item.DateLabel, timelineTitle + " · " + period.Title,
                    urls.Link(indexPath, page.Path, period.Anchor), PlainText.OfHtml(item.ClauseHtml));
            }
        }
    }

    /// <summary>Every Markdown page, in the edition's script.</summary>
    public static IEnumerable<SearchDocument> Pages(EditionInput edition, SiteInput input, UrlBuilder urls, PagePath indexPath)
    {
        foreach (var page in input.Pages)
        {
            var title = edition.PageConverter.Convert(page.Meta.Title);
            var html = HtmlTextConverter.Convert(page.Html, edition.PageConverter.Convert);
            yield return new SearchDocument(SearchDocumentKind.Page, title, title,
                urls.Link(indexPath, UrlBuilder.Page(edition.Config.Code, page.Slug)), PlainText.OfHtml(html));
        }
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
