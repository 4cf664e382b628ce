using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Site.Conversion;
using Site.Conversion.Articles;
using Site.Model;
using Site.Model.CitationIndex;
using Site.Model.Exports;
using Site.Rendering.Html;
using Site.Rendering.Output;
using Site.Rendering.Pages;
using Site.Rendering.Search;
using Site.Rendering.Templating;

namespace Site.Rendering;

/// <summary>The render stage: turns the converted articles and pages into the files of the site.</summary>
public sealed class SiteRenderer(SiteInput input, TemplateEngine templates)
{
    private readonly UrlBuilder _urls = new(input.Config.BaseUrl, input.Config.SiteUrl);
    private readonly CitationIndex _index = CitationIndexBuilder.Build(input.Articles.Select(a => a.Source).ToList());

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public async Task<List<OutputFile>> RenderAsync()
    {
        // Editions render in parallel (RazorLight is thread-safe); files keep the configuration's order.
        NoteSources();
        var perEdition = await Task.WhenAll(input.Editions.Select(edition => Task.Run(() => RenderEditionAsync(edition))));
        var files = perEdition.SelectMany(f => f).ToList();
        files.Add(OutputFile.Text(new PagePath("index.html"), await templates.RenderAsync("chooser", Chooser())));
        files.Add(OutputFile.Text(new PagePath("404.html"), await templates.RenderAsync("404", NotFound())));
        files.Add(OutputFile.Text(new PagePath("robots.txt"), $"User-agent: *\nAllow: /\nSitemap: {_urls.Canonical(new PagePath("sitemap.xml"))}\n"));
        files.Add(OutputFile.Text(new PagePath("sitemap.xml"), Sitemap(files)));
        files.AddRange(await new SearchOutput(this, templates, _urls).RenderAsync(input));
        files.AddRange(DataFiles());
        files.AddRange(Assets());
        return files;
    }

    private async Task<List<OutputFile>> RenderEditionAsync(EditionInput edition)
    {
        var files = new List<OutputFile>();
        var code = edition.Config.Code;
        foreach (var (converted, source) in edition.Articles.Zip(input.Articles))
        {
            var path = UrlBuilder.Article(code, source.Config.Slug, source.IsMain);
            var model = ArticleModel(edition, converted, source, path);
            files.Add(OutputFile.Text(path, await templates.RenderAsync("article", model), code));
        }
        var citationsPath = UrlBuilder.Citations(code);
        files.Add(OutputFile.Text(citationsPath, await templates.RenderAsync("citations", CitationsModel(edition, citationsPath)), code));
        var timelinePath = UrlBuilder.Timeline(code);
        files.Add(OutputFile.Text(timelinePath, await templates.RenderAsync("timeline", TimelineModel(edition, timelinePath)), code));
        foreach (var page in input.Pages)
        {
            var path = UrlBuilder.Page(code, page.Slug);
            var shared = Shared(edition, path, "page:" + page.Slug, e => UrlBuilder.Page(e, page.Slug));
            var model = new MarkdownPageModel
            {
                ContentHtml = HtmlTextConverter.Convert(page.Html, edition.PageConverter.Convert),
                Title = edition.PageConverter.Convert(page.Meta.Title) + " - " + shared.SiteTitle,
                Description = page.Meta.Description is null ? null : edition.PageConverter.Convert(page.Meta.Description),
                Path = path, Urls = _urls, Text = edition.Text, SiteTitle = shared.SiteTitle, SiteDescription = shared.SiteDescription,
                Edition = shared.Edition, Navigation = shared.Navigation, Alternates = shared.Alternates, Sources = shared.Sources,
            };
            files.Add(OutputFile.Text(path, await templates.RenderAsync("page", model), code));
        }
        return files;
    }

    private string SiteTitle(EditionInput edition) =>
        input.Config.Title.GetValueOrDefault(edition.Config.Code) ?? edition.PageConverter.Convert(input.Articles[0].Config.Title);

    private string SiteDescription(EditionInput edition) => input.Config.Description.GetValueOrDefault(edition.Config.Code) ?? "";

    /// <param name="absolute">Links as absolute paths with the base path (the 404 page, served at any depth).</param>
    internal PageShared Shared(EditionInput edition, PagePath path, string current, Func<string, PagePath> samePageIn, bool absolute = false)
    {
        string Link(PagePath to) => absolute ? _urls.Absolute(to) : _urls.Link(path, to);
        var nav = new List<NavLink>();
        for (var i = 0; i < input.Articles.Count; i++)
        {
            var article = input.Articles[i];
            var label = input.Articles.Count == 1 ? edition.Text["nav.article"] : edition.Articles[i].Article.Title;
            var target = UrlBuilder.Article(edition.Config.Code, article.Config.Slug, article.IsMain);
            nav.Add(new NavLink(label, Link(target), current == "article:" + article.Config.Slug));
        }
        nav.Add(new NavLink(edition.Text["nav.timeline"], Link(UrlBuilder.Timeline(edition.Config.Code)), current == "timeline"));
        nav.Add(new NavLink(edition.Text["nav.citations"], Link(UrlBuilder.Citations(edition.Config.Code)), current == "citations"));
        foreach (var page in input.Pages.OrderBy(p => p.Meta.Order).ThenBy(p => p.Slug, StringComparer.Ordinal))
        {
            nav.Add(new NavLink(edition.PageConverter.Convert(page.Meta.Title), Link(UrlBuilder.Page(edition.Config.Code, page.Slug)), current == "page:" + page.Slug));
        }
        var alternates = input.Editions
            .Select(e => new Alternate(e.Info, Link(samePageIn(e.Config.Code)), _urls.Canonical(samePageIn(e.Config.Code))))
            .ToList();
        var sources = input.Articles.Select(a => new SourceCredit(
            edition.PageConverter.Convert(a.Config.Title), a.Config.SourceUrl,
            a.Config.SourceUrl is null ? null : HistoryUrl(a.Config.SourceUrl), a.Config.SourceDate)).ToList();
        return new PageShared(SiteTitle(edition), SiteDescription(edition), edition.Info, nav, alternates, sources);
    }

    private static string? HistoryUrl(string sourceUrl)
    {
        var marker = "/wiki/";
        var index = sourceUrl.IndexOf(marker, StringComparison.Ordinal);
        if (index < 0) return null;
        return sourceUrl[..index] + "/w/index.php?title=" + sourceUrl[(index + marker.Length)..] + "&action=history";
    }

    private ArticlePageModel ArticleModel(EditionInput edition, ConvertedArticle converted, ArticleInput source, PagePath path)
    {
        var article = converted.Article;
        var scope = Scope(edition, path, source.Config.Slug);
        var html = new ContentRenderer(scope, article.ReferenceGroups);
        var shared = Shared(edition, path, "article:" + source.Config.Slug, e => UrlBuilder.Article(e, source.Config.Slug, source.IsMain));
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
            JsonLd = ArticleJsonLd(edition, article, source, path),
            Path = path, Urls = _urls, Text = edition.Text, SiteTitle = shared.SiteTitle, SiteDescription = shared.SiteDescription,
            Edition = shared.Edition, Navigation = shared.Navigation, Alternates = shared.Alternates, Sources = shared.Sources,
        };
    }

    internal RenderScope Scope(EditionInput edition, PagePath path, string? article = null)
    {
        var local = new Dictionary<string, PagePath>(StringComparer.Ordinal);
        foreach (var other in input.Articles)
        {
            local[other.Config.Title] = UrlBuilder.Article(edition.Config.Code, other.Config.Slug, other.IsMain);
        }
        return new RenderScope(path, edition.Config.Code, edition.Variant.Code(), _urls, edition.Text, local,
            reference => article is null ? null : SourceAnchor(article, reference));
    }

    private Dictionary<(string Article, string Note), string>? _noteSources;

    /// <summary>The citation index entry of a reference (its first source), for the link from the reference list.</summary>
    private string? SourceAnchor(string article, Reference reference) => NoteSources().GetValueOrDefault((article, reference.NoteId));

    /// <summary>Built once before editions render in parallel.</summary>
    private Dictionary<(string Article, string Note), string> NoteSources()
    {
        if (_noteSources is not null) return _noteSources;
        var map = new Dictionary<(string Article, string Note), string>();
        foreach (var source in _index.Sources)
        {
            foreach (var citation in source.Citations) map.TryAdd((citation.ArticleSlug, citation.NoteId), source.Id);
        }
        return _noteSources = map;
    }

    private static string Lead(Article article)
    {
        var text = InlineText.Flatten(article.Lead.OfType<Paragraph>().FirstOrDefault()?.Content ?? []).Trim();
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

    private string ArticleJsonLd(EditionInput edition, Article article, ArticleInput source, PagePath path)
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
            ["url"] = _urls.Canonical(path),
            ["license"] = "https://creativecommons.org/licenses/by-sa/4.0/",
            ["isBasedOn"] = source.Config.SourceUrl,
            ["citation"] = citations,
        };
        return JsonSerializer.Serialize(data, new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull })
            .Replace("</", "<\\/", StringComparison.Ordinal);
    }

    internal CitationsPageModel CitationsModel(EditionInput edition, PagePath path) =>
        new CitationPages(this, _urls, _index).Build(edition, input, path);

    internal TimelinePageModel TimelineModel(EditionInput edition, PagePath path) =>
        new TimelinePages(this, _urls).Build(edition, input, path);

    private EditionChooserModel Chooser()
    {
        var edition = input.Editions.First(e => e.Config.Code == input.Config.DefaultEdition);
        var path = new PagePath("index.html");
        var shared = Shared(edition, path, "", UrlBuilder.Home);
        return new EditionChooserModel
        {
            Choices = input.Editions.Select(e => (e.Info, _urls.Link(path, UrlBuilder.Home(e.Config.Code)), SiteTitle(e))).ToList(),
            DefaultEdition = input.Config.DefaultEdition,
            Title = shared.SiteTitle,
            Path = path, Urls = _urls, Text = edition.Text, SiteTitle = shared.SiteTitle, SiteDescription = shared.SiteDescription,
            Edition = shared.Edition, Navigation = shared.Navigation, Alternates = shared.Alternates, Sources = shared.Sources,
        };
    }

    private NotFoundPageModel NotFound()
    {
        var edition = input.Editions.First(e => e.Config.Code == input.Config.DefaultEdition);
        var path = new PagePath("404.html");
        var shared = Shared(edition, path, "", UrlBuilder.Home, absolute: true);
        return new NotFoundPageModel
        {
            UseAbsoluteUrls = true,
            Title = edition.Text["notfound.title"] + " - " + shared.SiteTitle,
            Path = path, Urls = _urls, Text = edition.Text, SiteTitle = shared.SiteTitle, SiteDescription = shared.SiteDescription,
            Edition = shared.Edition, Navigation = shared.Navigation, Alternates = shared.Alternates,
            Sources = shared.Sources,
        };
    }

    private string Sitemap(IEnumerable<OutputFile> files)
    {
        var b = new StringBuilder();
        b.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        var first = input.Editions[0].Config.Code;
        var pages = files.Where(f => f.Edition == first && f.Path.Value.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Path.Value[(first.Length + 1)..]);
        foreach (var page in pages.Order(StringComparer.Ordinal))
        {
            foreach (var edition in input.Editions)
            {
                b.Append("  <url>\n    <loc>").Append(HtmlEscaper.Escape(_urls.Canonical(new PagePath(edition.Config.Code + "/" + page)))).Append("</loc>\n");
                foreach (var alternate in input.Editions)
                {
                    b.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(alternate.Config.Lang).Append("\" href=\"")
                        .Append(HtmlEscaper.Escape(_urls.Canonical(new PagePath(alternate.Config.Code + "/" + page)))).Append("\"/>\n");
                }
                b.Append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"").Append(HtmlEscaper.Escape(_urls.Canonical(new PagePath("index.html")))).Append("\"/>\n");
                b.Append("  </url>\n");
            }
        }
        b.Append("</urlset>\n");
        return b.ToString();
    }

    private IEnumerable<OutputFile> DataFiles()
    {
        foreach (var article in input.Articles)
        {
            var export = new { schema = "site-article", version = 1, article = article.Source with { Diagnostics = [] } };
            yield return OutputFile.Text(UrlBuilder.Data(article.Config.Slug + "/article.json"), JsonSerializer.Serialize(export, JsonOptions) + "\n");
        }
        var timeline = new
        {
            schema = "site-timeline",
            version = 1,
            articles = input.Articles.Select(a => new { slug = a.Config.Slug, title = a.Config.Title, events = a.Timeline.Events }),
        };
        yield return OutputFile.Text(UrlBuilder.Data("timeline.json"), JsonSerializer.Serialize(timeline, JsonOptions) + "\n");
        yield return OutputFile.Text(UrlBuilder.Data("citations.csl.json"), CslJsonExporter.Write(_index));
        yield return OutputFile.Text(UrlBuilder.Data("citations.bib"), BibTeXExporter.Write(_index));
    }

    private IEnumerable<OutputFile> Assets()
    {
        if (!Directory.Exists(input.AssetsDirectory)) yield break;
        foreach (var file in Directory.EnumerateFiles(input.AssetsDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(input.AssetsDirectory, file).Replace(Path.DirectorySeparatorChar, '/');
            yield return new OutputFile(UrlBuilder.Asset(relative), File.ReadAllBytes(file));
        }
    }
}

/// <summary>The parts of a page model that every page of an edition shares.</summary>
internal sealed record PageShared(
    string SiteTitle, string SiteDescription, EditionInfo Edition, IReadOnlyList<NavLink> Navigation,
    IReadOnlyList<Alternate> Alternates, IReadOnlyList<SourceCredit> Sources);
