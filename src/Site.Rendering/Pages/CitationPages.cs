using Site.Model;
using Site.Rendering.Html;

namespace Site.Rendering.Pages;

/// <summary>
/// Builds the citation index page: every source once, grouped by kind, with every place it is cited
/// and, for books, the pages cited.
/// </summary>
internal sealed class CitationPages(SiteRenderer renderer, UrlBuilder urls)
{
    private static readonly string[] KindOrder = ["web", "news", "book", "journal", "other"];

    public CitationsPageModel Build(EditionInput edition, SiteInput input, PagePath path)
    {
        var shared = renderer.Shared(edition, path, "citations", UrlBuilder.Citations);
        var formatter = new CitationFormatter(edition.Text);
        var entries = new List<SourceEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < input.Articles.Count; a++)
        {
            var source = input.Articles[a];
            var article = edition.Articles[a].Article;
            var articlePage = UrlBuilder.Article(edition.Config.Code, source.Config.Slug, source.IsMain);
            foreach (var reference in article.References(""))
            {
                foreach (var citation in reference.Citations)
                {
                    var key = citation.Isbn ?? citation.Url ?? citation.Title ?? reference.NoteId;
                    var locations = reference.Uses.Select(u => new CitationLocation(article.Title, urls.Link(path, articlePage, u.ParagraphAnchor),
                        u.SectionTitle.Length > 0 ? u.SectionTitle : edition.Text["toc.lead"], u.Pages)).ToList();
                    var pages = reference.Uses.Select(u => u.Pages).Where(p => p is not null).Select(p => p!).Distinct().ToList();
                    if (seen.TryGetValue(key, out var index))
                    {
                        var existing = entries[index];
                        entries[index] = existing with
                        {
                            CiteCount = existing.CiteCount + reference.Uses.Count,
                            Locations = existing.Locations.Concat(locations).ToList(),
                            PagesCited = existing.PagesCited.Concat(pages).Distinct().ToList(),
                        };
                        continue;
                    }
                    seen[key] = entries.Count;
                    var kind = citation.Kind.ToString().ToLowerInvariant();
                    entries.Add(new SourceEntry("src-" + (entries.Count + 1), kind, formatter.Format(citation), citation.Host,
                        citation.Date?.Iso?[..4], citation.Language, reference.Uses.Count, locations, pages, [source.Config.Slug]));
                }
            }
        }
        var groups = KindOrder
            .Select(kind => new SourceGroup(kind, edition.Text["kinds." + kind], entries.Where(e => e.Kind == kind).ToList()))
            .Where(g => g.Sources.Count > 0)
            .ToList();
        var total = entries.Sum(e => e.CiteCount);
        var summary = new List<SummaryFigure>
        {
            new(edition.Text["citations.sources"], entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(edition.Text["citations.citations"], total.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        summary.AddRange(groups.Select(g => new SummaryFigure(g.Label, g.Sources.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return new CitationsPageModel
        {
            Groups = groups,
            Summary = summary,
            MostCited = entries.OrderByDescending(e => e.CiteCount).ThenBy(e => e.Id, StringComparer.Ordinal).Take(5).ToList(),
            Exports = [],
            Title = edition.Text["citations.title"] + " - " + shared.SiteTitle,
            Path = path, Urls = urls, Text = edition.Text, SiteTitle = shared.SiteTitle, SiteDescription = shared.SiteDescription,
            Edition = shared.Edition, Navigation = shared.Navigation, Alternates = shared.Alternates, Sources = shared.Sources,
        };
    }
}
