using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Diagnostics.CodeAnalysis;
using Site.Model;
using Site.Rendering.Output;
using Site.Rendering.Pages;
using Site.Rendering.Templating;

namespace Site.Cli.Building;

/// <summary>
/// What a long-running process (the preview server) keeps between builds: the template engine, whose compiled
/// templates RazorLight invalidates when their files change, the models of articles whose text has not changed, and
/// (when <see cref="KeepPages"/>) the rendered article pages, reused while nothing they depend on changes.
/// A one-off build uses a fresh session that keeps no pages.
/// </summary>
public sealed class BuildSession : IPageCache
{
    private readonly ConcurrentDictionary<string, (string Key, byte[] Content)> _pages = new(StringComparer.Ordinal);

    /// <summary>Whether models and rendered pages are kept for the next build (the preview server); a one-off build has no next build.</summary>
    public bool KeepPages { get; init; }

    public bool TryGet(PagePath path, string key, [NotNullWhen(true)] out byte[]? content)
    {
        content = _pages.TryGetValue(path.Value, out var page) && page.Key == key ? page.Content : null;
        return content is not null;
    }

    public void Set(PagePath path, string key, byte[] content)
    {
        if (KeepPages) _pages[path.Value] = (key, content);
    }

    private readonly ConcurrentDictionary<string, (string Key, Article Article, Site.Timeline.Timeline Timeline)> _articles = new(StringComparer.Ordinal);
    private TemplateEngine? _templates;
    private int _reused;

    /// <summary>How many pages the last build took from the session instead of rendering them again.</summary>
    public int ReusedPages { get; set; }

    /// <summary>How many articles the last build took from the session instead of parsing them again.</summary>
    public int ReusedArticles => Volatile.Read(ref _reused);

    /// <summary>The engine for <paramref name="templatesRoot"/>; compiled templates are cached under the site's .site-cache/
    /// (or $SITE_CACHE_DIR) unless <paramref name="useCache"/> is false.</summary>
    public TemplateEngine Templates(string templatesRoot, bool useCache = true)
    {
        var cache = useCache ? TemplateEngine.DefaultCacheDirectory(Path.GetDirectoryName(Path.GetFullPath(templatesRoot))!) : null;
        if (_templates is null || _templates.Root != templatesRoot || _templates.CacheDirectory != cache) _templates = new TemplateEngine(templatesRoot, cache);
        return _templates;
    }

    public void StartBuild()
    {
        Interlocked.Exchange(ref _reused, 0);
        ReusedPages = 0;
    }

    /// <summary>
    /// The article built from exactly this text and configuration before, or a new one from <paramref name="build"/>;
    /// with the fingerprint of text and configuration. A session that keeps nothing (a one-off build) has no next
    /// build to compare with: its fingerprints are empty, and nothing is hashed.
    /// </summary>
    public (Article Article, Site.Timeline.Timeline Timeline, string Fingerprint) Article(string path, string text, string configuration, Func<(Article, Site.Timeline.Timeline)> build)
    {
        if (!KeepPages)
        {
            var (built, extracted) = build();
            return (built, extracted, "");
        }
        var key = Hash(configuration + "\n" + text);
        if (_articles.TryGetValue(path, out var cached) && cached.Key == key)
        {
            Interlocked.Increment(ref _reused);
            return (cached.Article, cached.Timeline, key);
        }
        var (article, timeline) = build();
        _articles[path] = (key, article, timeline);
        return (article, timeline, key);
    }

    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
