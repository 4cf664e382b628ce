using System.Globalization;
using Site.Model;
using Site.Model.CitationIndex;
using Site.Rendering.Html;

namespace Site.Rendering.Pages;

/// <summary>
/// Builds the citation index page from the index of all articles: every source once, grouped by kind,
/// with every place it is cited (linked to the paragraph), pages cited for books, and summary figures.
/// </summary>
internal sealed class CitationPages(SiteRenderer renderer, UrlBuilder urls, CitationIndex index)
{
    public CitationsPageModel Build(EditionInput edition, SiteInput input, PagePath path)
    {
        var shared = renderer.Shared(edition, path, "citations", UrlBuilder.Citations);
        var converters = input.Articles.Select((a, i) => (a.Config.Slug, edition.Articles[i].Converter)).ToDictionary(x => x.Slug, x => x.Converter);
        string Convert(Source source, string text) =>
            (source.Articles.Count > 0 && converters.TryGetValue(source.Articles[0], out var c) ? c : edition.PageConverter).Convert(text);
        var pages = input.Articles.ToDictionary(a => a.Config.Slug, a => UrlBuilder.Article(edition.Config.Code, a.Config.Slug, a.IsMain));

        SourceEntry Entry(Source source)
        {
            var formatter = new SourceFormatter(edition.Text, t => Convert(source, t));
            var locations = source.Citations.Select(c => new Pages.CitationLocation(
                Convert(source, c.ArticleTitle),
                urls.Link(path, pages[c.ArticleSlug], c.ParagraphAnchor),
                c.SectionTitle.Length > 0 ? Convert(source, c.SectionTitle) : edition.Text["toc.lead"],
                c.Pages)).ToList();
            var label = Convert(source, string.Join(". ", new[] { source.AuthorText, source.Title ?? source.Host ?? source.Id }.Where(t => !string.IsNullOrEmpty(t))));
            return new SourceEntry(source.Id, source.Kind.ToString().ToLowerInvariant(), label, formatter.Format(source), source.Host,
                source.Date?.Iso is { Length: >= 4 } iso ? iso[..4] : null, source.Language, source.CiteCount, locations,
                source.PagesCited.Select(p => p.Display).ToList(), source.Articles);
        }

        var entries = index.Sources.ToDictionary(s => s.Id, Entry);
        var groups = CitationIndexBuilder.KindOrder
            .Select(kind => kind.ToString().ToLowerInvariant())
            .Select(kind => new SourceGroup(kind, edition.Text["kinds." + kind], index.Sources.Where(s => s.Kind.ToString().ToLowerInvariant() == kind).Select(s => entries[s.Id]).ToList()))
            .Where(g => g.Sources.Count > 0)
            .ToList();
        var summary = index.Summary;
        var figures = new List<SummaryFigure>
        {
            new(edition.Text["citations.sources"], Number(summary.SourceCount)),
            new(edition.Text["citations.citations"], Number(summary.CitationCount)),
            new(edition.Text["citations.with_archive"], summary.ArchivedShare.ToString("P0", CultureInfo.InvariantCulture)),
        };
        figures.AddRange(summary.ByKind.Where(k => k.Count > 0).Select(k => new SummaryFigure(edition.Text["kinds." + k.Kind.ToString().ToLowerInvariant()], Number(k.Count))));
        figures.AddRange(summary.ByLanguage.Where(l => l.Count > 0).Select(l => new SummaryFigure(LanguageName(edition.Text, l.Language), Number(l.Count))));
        return new CitationsPageModel
        {
            Groups = groups,
            Summary = figures,
            MostCited = summary.MostCited.Select(s => entries[s.Id]).ToList(),
            Exports =
            [
                (edition.Text["citations.exports_csl"], urls.Link(path, UrlBuilder.Data("citations.csl.json"))),
                (edition.Text["citations.exports_bib"], urls.Link(path, UrlBuilder.Data("citations.bib"))),
            ],
            Articles = input.Articles.Count > 1
                ? input.Articles.Select((a, i) => (a.Config.Slug, edition.Articles[i].Article.Title)).ToList()
                : [],
            Title = edition.Text["citations.title"] + " - " + shared.SiteTitle,
            Path = path, Urls = urls, Text = edition.Text, SiteTitle = shared.SiteTitle, SiteDescription = shared.SiteDescription,
            Edition = shared.Edition, Navigation = shared.Navigation, Alternates = shared.Alternates, Sources = shared.Sources,
        };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string LanguageName(I18n text, string code)
    {
        var key = "languages." + code;
        var name = text[key];
        return name == key ? code : name;
    }
}
