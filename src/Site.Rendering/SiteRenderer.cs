using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Site.Conversion.Articles;
using Site.Model;
using Site.Model.CitationIndex;
using Site.Rendering.Html;
using Site.Rendering.Output;
using Site.Rendering.Pages;
using Site.Rendering.Search;
using Site.Rendering.Templating;

namespace Site.Rendering;

/// <summary>
/// The render stage: converts each article to each edition, renders its page and hands it to the writer at once —
/// articles in parallel on all cores, nothing of a page kept once it is written — then the pages that span the
/// site (citation index, timeline, list of articles, Markdown pages), the root pages, the sitemap and the data files.
/// </summary>
public sealed class SiteRenderer
{
    private readonly SiteInput _input;
    private readonly TemplateEngine _templates;
    private readonly UrlBuilder _urls;
    private readonly CitationIndex _index;
    private readonly PageFrames _frames;
    private readonly ArticlePages _articles;
    private readonly CitationPages _citations;
    private readonly TimelinePages _timeline;
    private readonly Dictionary<(string Article, string Note), string> _noteSources = [];
    private readonly IPageCache? _cache;
    /// <summary>The search index, made while the articles render (null where the site has no search).</summary>
    private SearchOutput? _search;

    /// <summary>Each article's description per edition, taken from the converted article for the list of articles.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Edition, int Article), string> _descriptions = new();
    private long _convertTicks;
    private int _reusedPages;

    public SiteRenderer(SiteInput input, TemplateEngine templates, IPageCache? cache = null)
    {
        _input = input;
        _templates = templates;
        _cache = cache;
        _urls = new UrlBuilder(input.Config.BaseUrl, input.Config.SiteUrl);
        _index = CitationIndexBuilder.Build(input.Articles.Select(a => a.Citations).ToList());
        foreach (var source in _index.Sources)
        {
            foreach (var citation in source.Citations) _noteSources.TryAdd((citation.ArticleSlug, citation.NoteId), source.Id);
        }
        _frames = new PageFrames(input, _urls);
        _citations = new CitationPages(_frames, _urls, _index, input);
        _timeline = new TimelinePages(_frames, _urls, input);
        _articles = new ArticlePages(input, _frames, _urls, SourceOf);
        _articles.Prepare();
    }

    /// <summary>The data files' JSON: compact (a large site writes thousands), camelCase, enums as strings.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Time spent converting articles to the editions, summed over all threads.</summary>
    public TimeSpan ConvertTime => TimeSpan.FromTicks(Interlocked.Read(ref _convertTicks));

    /// <summary>Files taken from the <see cref="IPageCache"/> instead of being rendered again.</summary>
    public int ReusedPages => Volatile.Read(ref _reusedPages);

    /// <summary>Renders every article of every edition and writes it; articles run in parallel, editions one after another.</summary>
    public async Task RenderArticlesAsync(SiteWriter writer, CancellationToken cancellation = default)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation };
        if (_input.Config.Search) _search = new SearchOutput(_input, _frames, _templates, _urls, writer);
        await Parallel.ForEachAsync(Enumerable.Range(0, _input.Articles.Count), options, async (index, _) =>
        {
            var source = _input.Articles[index];
            // A model let go after loading is built again once, for all editions, and dropped with this iteration.
            var article = source.Source;
            // What an article page shows besides its own text: the site around it and where its sources are indexed.
            // (Only a build with a page cache, the preview server, needs the key.)
            var key = _cache is null ? "" : _input.Signature + "\n" + source.Fingerprint + "\n" + string.Join(" ", SourceLinks(source.Config.Slug, article));
            var searched = _search is null ? null : new List<(ConvertedArticle, PagePath)>(_input.Editions.Count);
            foreach (var edition in _input.Editions)
            {
                var path = _articles.PathOf(edition, index);
                // The header names the articles by their converted titles, which their own texts can change.
                var pageKey = _input.NamesEveryArticle ? key + "\n" + string.Join("\n", edition.Articles.Select(a => a.Title)) : key;
                var reused = Reuse(writer, path, pageKey, edition.Config.Code);
                if (reused && _search is null) continue;
                var started = Stopwatch.GetTimestamp();
                var converted = ArticleConverter.Convert(article, edition.Articles[index]);
                Interlocked.Add(ref _convertTicks, Stopwatch.GetElapsedTime(started).Ticks);
                searched?.Add((converted, path));
                if (!_input.NamesEveryArticle) _descriptions[(edition.Config.Code, index)] = ArticlePages.Lead(converted.Article);
                if (reused) continue;
                var model = _articles.Build(edition, index, converted);
                await _templates.RenderAsync("article", model, page => Store(writer, model.Path, page, edition.Config.Code, pageKey));
            }
            if (searched is not null) _search!.AddArticle(index, searched);
            var data = UrlBuilder.Data(source.Config.Slug + "/article.json");
            if (Reuse(writer, data, source.Fingerprint, null)) return;
            var export = new { schema = "site-article", version = 1, article = article with { Diagnostics = [] } };
            SiteFiles.WriteJson(export, json => Store(writer, data, json, null, source.Fingerprint));
        });
    }

    private IEnumerable<string> SourceLinks(string slug, Article article) =>
        article.ReferenceGroups.SelectMany(g => g.References)
            .Select(r => SourceOf(slug, r) is { } link ? $"{link.Page}:{link.Id}" : "-");

    private bool Reuse(SiteWriter writer, PagePath path, string key, string? edition)
    {
        if (_cache is null || _input.Signature.Length == 0 || !_cache.TryGet(path, key, out var content)) return false;
        writer.Write(new OutputFile(path, content, edition));
        Interlocked.Increment(ref _reusedPages);
        return true;
    }

    /// <summary>Writes a file straight from the renderer's buffer; only a page cache keeps a copy.</summary>
    private void Store(SiteWriter writer, PagePath path, ReadOnlySpan<byte> content, string? edition, string key)
    {
        writer.Write(path, content, edition);
        if (_input.Signature.Length > 0) _cache?.Set(path, key, content.ToArray());
    }

    /// <summary>The pages that span the site, the root pages, data files, assets and, last, the sitemap of all pages.</summary>
    public async Task RenderSitePagesAsync(SiteWriter writer)
    {
        var files = new SiteFiles(_input, _urls, _index);
        // Editions share nothing they change: their site-wide pages render side by side, and beside them the data files.
        var data = Task.Run(() => { foreach (var file in files.Data()) writer.Write(file); });
        await Task.WhenAll(_input.Editions.Select(edition => Task.Run(() => RenderEditionPagesAsync(writer, edition))).Append(data));
        writer.Write(new OutputFile(new PagePath("index.html"), await _templates.RenderAsync("chooser", Chooser())));
        writer.Write(new OutputFile(new PagePath("404.html"), await _templates.RenderAsync("404", NotFound())));
        if (_search is not null) await _search.WriteAsync();
        writer.Write(OutputFile.Text(new PagePath("robots.txt"), $"User-agent: *\nAllow: /\nSitemap: {_urls.Canonical(new PagePath("sitemap.xml"))}\n"));
        foreach (var file in files.Assets()) writer.Write(file);
        writer.Write(OutputFile.Text(new PagePath("sitemap.xml"), files.Sitemap(writer.Written)));
    }

    /// <summary>One edition's citation index, timeline, list of articles and Markdown pages.</summary>
    private async Task RenderEditionPagesAsync(SiteWriter writer, EditionInput edition)
    {
        var code = edition.Config.Code;
        foreach (var model in _citations.Build(edition))
        {
            writer.Write(new OutputFile(model.Path, await _templates.RenderAsync("citations", model), code));
            _search?.AddSources(edition, model);
        }
        foreach (var model in _timeline.Build(edition))
        {
            writer.Write(new OutputFile(model.Path, await _templates.RenderAsync("timeline", model), code));
            _search?.AddEvents(edition, model);
        }
        if (!_input.NamesEveryArticle)
        {
            var list = ArticleList(edition);
            writer.Write(new OutputFile(list.Path, await _templates.RenderAsync("articles", list), code));
        }
        foreach (var page in _input.Pages)
        {
            var model = MarkdownPage(edition, page);
            writer.Write(new OutputFile(model.Path, await _templates.RenderAsync("page", model), code));
        }
    }

    private SourceLink? SourceOf(string article, Reference reference) =>
        _noteSources.TryGetValue((article, reference.NoteId), out var id) ? new SourceLink(_citations.PageOf(id), id) : null;

    private MarkdownPageModel MarkdownPage(EditionInput edition, Markdown.MarkdownPage page)
    {
        var path = UrlBuilder.Page(edition.Config.Code, page.Slug);
        var shared = _frames.For(edition, path, "page:" + page.Slug, e => UrlBuilder.Page(e, page.Slug));
        return new MarkdownPageModel
        {
            ContentHtml = HtmlTextConverter.Convert(page.Html, edition.PageConverter.Convert),
            Title = edition.PageConverter.Convert(page.Meta.Title) + " - " + shared.SiteTitle,
            Description = page.Meta.Description is null ? null : edition.PageConverter.Convert(page.Meta.Description),
            Path = path, Urls = _urls, Text = edition.Text, Frame = shared,
        };
    }

    private ArticleListPageModel ArticleList(EditionInput edition)
    {
        var path = UrlBuilder.Articles(edition.Config.Code);
        var shared = _frames.For(edition, path, "articles", UrlBuilder.Articles);
        var entries = _input.Articles.Select((article, i) => new ArticleListEntry(
            edition.Articles[i].Title, _urls.Link(path, _articles.PathOf(edition, i)),
            (_descriptions.TryGetValue((edition.Config.Code, i), out var converted) ? converted : edition.Articles[i].Converter.Convert(ArticlePages.Lead(_input.Articles[i].Source)))
                is { Length: > 0 } lead ? lead : null,
            _frames.Credit(edition, i))).ToList();
        return new ArticleListPageModel
        {
            Entries = entries,
            Title = edition.Text["articles.title"] + " - " + shared.SiteTitle,
            Path = path, Urls = _urls, Text = edition.Text, Frame = shared,
        };
    }

    private EditionChooserModel Chooser()
    {
        var edition = _input.Editions.First(e => e.Config.Code == _input.Config.DefaultEdition);
        var path = new PagePath("index.html");
        var shared = _frames.For(edition, path, "", UrlBuilder.Home);
        return new EditionChooserModel
        {
            Choices = _input.Editions.Select(e => (e.Info, _urls.Link(path, UrlBuilder.Home(e.Config.Code)), _frames.SiteTitle(e))).ToList(),
            DefaultEdition = _input.Config.DefaultEdition,
            Title = shared.SiteTitle,
            Path = path, Urls = _urls, Text = edition.Text, Frame = shared,
        };
    }

    private NotFoundPageModel NotFound()
    {
        var edition = _input.Editions.First(e => e.Config.Code == _input.Config.DefaultEdition);
        var path = new PagePath("404.html");
        var shared = _frames.For(edition, path, "", UrlBuilder.Home, absolute: true);
        return new NotFoundPageModel
        {
            UseAbsoluteUrls = true,
            Title = edition.Text["notfound.title"] + " - " + shared.SiteTitle,
            Path = path, Urls = _urls, Text = edition.Text, Frame = shared,
        };
    }
}
