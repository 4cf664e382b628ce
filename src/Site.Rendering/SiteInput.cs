using Site.Conversion;
using Site.Conversion.Articles;
using Site.Model;
using Site.Model.CitationIndex;
using Site.Rendering.Configuration;
using Site.Rendering.Markdown;
using Site.Rendering.Pages;

namespace Site.Rendering;

/// <summary>
/// An article as the renderer gets it: its configuration, the unconverted model, its timeline and what the site-wide
/// pages need from it (citations for the index, the periods of its history), taken while the model was at hand.
/// </summary>
/// <param name="Fingerprint">A hash of the article's text and configuration: equal fingerprints give equal models (empty in a build that keeps no pages for the next).</param>
public sealed record ArticleInput(
    ArticleConfig Config, ArticleModel Model, Site.Timeline.Timeline Timeline, bool IsMain, string Fingerprint,
    ArticleCitations Citations, IReadOnlyList<HistoryPeriod> History)
{
    /// <summary>The model (built again from the article's file if a large build let it go).</summary>
    public Article Source => Model.Get();
}

/// <summary>
/// An article's model, either kept for the whole build or — on large sites, where every model at once would not
/// fit in memory — let go after the build has taken what it needs, and built again from the file when its page is
/// rendered. Building is deterministic, so both give the same pages.
/// </summary>
public sealed class ArticleModel
{
    private readonly Func<Article>? _rebuild;
    private readonly Article? _article;

    private ArticleModel(Article? article, Func<Article>? rebuild)
    {
        _article = article;
        _rebuild = rebuild;
    }

    public static ArticleModel Kept(Article article) => new(article, null);

    public static ArticleModel Rebuilt(Func<Article> rebuild) => new(null, rebuild);

    public Article Get() => _article ?? _rebuild!();
}

/// <summary>
/// One edition: its settings, strings, and for each article (in configuration order) how to convert it. The
/// converted articles are made while rendering, one at a time, and not kept.
/// </summary>
public sealed record EditionInput(
    EditionConfig Config, ZhVariant Variant, I18n Text, IReadOnlyList<ArticleConversion> Articles, EditionConverter PageConverter)
{
    public EditionInfo Info => new(Config.Code, Variant.Code(), Config.Lang, Config.Label);
}

/// <summary>Everything the render stage needs; the CLI assembles it.</summary>
/// <param name="Signature">
/// A hash of everything besides the articles' own text that shapes an article page (configuration, templates, strings,
/// conversion data, pages, options); with the article's fingerprint it keys the <see cref="Output.IPageCache"/>.
/// </param>
public sealed record SiteInput(
    SiteConfig Config, IReadOnlyList<ArticleInput> Articles, IReadOnlyList<EditionInput> Editions,
    IReadOnlyList<MarkdownPage> Pages, string AssetsDirectory, string Signature = "")
{
    /// <summary>Whether the header and footer name every article, or link to the list of articles instead.</summary>
    public bool NamesEveryArticle => Articles.Count <= Config.NavArticles;
}
