using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Site.Conversion;
using Site.Conversion.Articles;
using Site.Model;
using Site.Rendering.Html;

namespace Site.Rendering.Pages;

/// <summary>Builds the model of an article page: content renderer, table of contents, description and JSON-LD.</summary>
internal sealed class ArticlePages(SiteInput input, PageFrames frames, UrlBuilder urls, Func<string, Reference, SourceLink?> sourceOf)
{
    private static readonly JsonSerializerOptions JsonLdOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Article titles to their pages, per edition: links between the site's own articles stay on the site.</summary>
    private readonly Dictionary<string, IReadOnlyDictionary<string, PagePath>> _localArticles = new(StringComparer.Ordinal);

    public PagePath PathOf(EditionInput edition, int article) =>
        UrlBuilder.Article(edition.Config.Code, input.Articles[article].Config.Slug, input.Articles[article].IsMain);

    public ArticlePageModel Build(EditionInput edition, int index, ConvertedArticle converted)
    {
        var source = input.Articles[index];
        var article = converted.Article;
        var path = PathOf(edition, index);
        var html = new ContentRenderer(Scope(edition, path, source.Config.Slug), article.ReferenceGroups);
        var shared = frames.For(edition, path, "article:" + source.Config.Slug, e => UrlBuilder.Article(e, source.Config.Slug, source.IsMain), index);
        return new ArticlePageModel
        {
            Article = article,
            Html = html,
            Toc = Toc(article.Sections, html, ""),
            TimelinePage = UrlBuilder.Timeline(edition.Config.Code),
            CitationsPage = UrlBuilder.Citations(edition.Config.Code),
            DataFile = UrlBuilder.Data(source.Config.Slug + "/article.json"),
            Title = article.Title == shared.SiteTitle ? article.Title : article.Title + " - " + shared.SiteTitle,
            Description = Lead(article),
            JsonLd = JsonLd(edition, article, source, path),
            Path = path, Urls = urls, Text = edition.Text, Frame = shared,
        };
    }

    /// <summary>Built for every edition before pages render in parallel.</summary>
    public void Prepare()
    {
        foreach (var edition in input.Editions)
        {
            var local = new Dictionary<string, PagePath>(StringComparer.Ordinal);
            for (var i = 0; i < input.Articles.Count; i++) local[input.Articles[i].Config.Title] = PathOf(edition, i);
            _localArticles[edition.Config.Code] = local;
        }
    }

    public RenderScope Scope(EditionInput edition, PagePath path, string? article = null) =>
        new(path, edition.Config.Code, edition.Variant.Code(), urls, edition.Text, _localArticles[edition.Config.Code],
            reference => article is null ? null : sourceOf(article, reference));

    /// <summary>
    /// The start of the lead's first paragraph of prose, for the meta description and the list of articles; templates
    /// without a handler (shown as written on the page) are no prose.
    /// </summary>
    public static string Lead(Article article)
    {
        var text = article.Lead.OfType<Paragraph>()
            .Select(p => InlineText.Flatten(p.Content.Where(i => i is not UnknownTemplateInline)).Trim())
            .FirstOrDefault(t => t.Length > 0) ?? "";
        return text.Length > 120 ? text[..120] + "…" : text;
    }

    private static List<TocEntry> Toc(IReadOnlyList<Section> sections, ContentRenderer html, string prefix)
    {
        var entries = new List<TocEntry>();
        for (var i = 0; i < sections.Count; i++)
        {
            var number = prefix + (i + 1).ToString(CultureInfo.InvariantCulture);
            var section = sections[i];
            entries.Add(new TocEntry(section.Anchor, number, html.Text(section.Heading), section.Level, Toc(section.Subsections, html, number + ".")));
        }
        return entries;
    }

    private string JsonLd(EditionInput edition, Article article, ArticleInput source, PagePath path)
    {
        var citations = article.ReferenceGroups.SelectMany(g => g.References).SelectMany(r => r.Citations)
            .Where(c => c.Title is not null)
            .Select(c => new Dictionary<string, object?>
            {
                ["@type"] = c.Kind == CitationKind.Book ? "Book" : "CreativeWork",
                ["name"] = c.Title,
                ["url"] = c.PrimaryUrl,
            }).ToList();
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["headline"] = article.Title,
            ["inLanguage"] = edition.Config.Lang,
            ["url"] = urls.Canonical(path),
            ["license"] = "https://creativecommons.org/licenses/by-sa/4.0/",
            ["isBasedOn"] = source.Config.SourceUrl,
            ["citation"] = citations,
        };
        return JsonSerializer.Serialize(data, JsonLdOptions).Replace("</", "<\\/", StringComparison.Ordinal);
    }
}
