using System.Diagnostics;
using Site.Conversion;
using Site.Conversion.Articles;
using Site.Model.Building;
using Site.Model.CitationIndex;
using Site.Rendering;
using Site.Rendering.Configuration;
using Site.Rendering.Markdown;
using Site.Rendering.Output;
using Site.Rendering.Pages;
using Site.Rendering.Templating;
using Site.Timeline;
using Site.Wikitext.Diagnostics;

namespace Site.Cli.Building;

/// <summary>
/// One build: config → parse and model each article → convert per edition → extract timelines →
/// render → write atomically. Prints diagnostics like a compiler and a summary with timings per phase.
/// </summary>
public sealed class SiteBuild(BuildOptions options, Reporter reporter, BuildSession? session = null)
{
    private readonly BuildSession _session = session ?? new BuildSession();

    /// <summary>The folder the site is written to, once the configuration has been read.</summary>
    public string? OutputDirectory { get; private set; }

    /// <summary>The path the site is built for ("/" or "/repo/"), once the configuration has been read.</summary>
    public string BasePath { get; private set; } = "/";
    private readonly List<(string Phase, TimeSpan Time, long Heap)> _timings = [];
    // Counts only: diagnostics are printed as they are reported, and a large site has hundreds of thousands of them.
    private int _warnings;
    private int _errors;
    private TimeSpan? _convertTime;

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var total = Stopwatch.StartNew();
        var root = SiteRoot.Resolve(options.Root);
        if (root is null || !File.Exists(Path.Combine(root, "content", "site.yml")))
        {
            reporter.Error("no content/site.yml found in this folder or any folder above it (use --root to name the site folder)");
            return Commands.CommandLine.UsageError;
        }
        SiteConfig config;
        try
        {
            config = Time("config", () => SiteConfigLoader.Load(Path.Combine(root, "content", "site.yml"), "content/site.yml"));
            if (options.BaseUrl is not null) config.BaseUrl = NormalizeBase(options.BaseUrl);
            if (!string.IsNullOrWhiteSpace(options.SiteUrl)) config.SiteUrl = options.SiteUrl.TrimEnd('/');
            OutputDirectory = Path.GetFullPath(Path.Combine(root, options.Output ?? config.Output));
            BasePath = config.BaseUrl;
        }
        catch (ConfigException e)
        {
            reporter.Diagnostic(e.Diagnostic);
            return Commands.CommandLine.UsageError;
        }

        var precompiled = Task.CompletedTask;
        try
        {
            var conversion = LoadConversion(root, config);
            var templates = _session.Templates(Path.Combine(root, "templates"), useCache: !options.NoCache);
            // Templates do not depend on the content: they compile (Roslyn, on one core, seconds when the cache is
            // cold) while the articles are parsed on the others. The "templates" phase is the wait that is left.
            precompiled = Task.Run(templates.PrecompileAsync, CancellationToken.None);
            var input = Time("parse+model", () => LoadArticles(root, config, conversion));
            if (input is null) return Finish(total, null);
            var (articles, conversions, pages) = input.Value;
            var editions = Time("prepare", () => PrepareEditions(root, config, conversions, conversion.Overrides));
            await TimeAsync("templates", () => precompiled);
            var signature = Time("signature", () => Signature(root, config));
            var siteInput = new SiteInput(config, articles, editions, pages, Path.Combine(root, "templates", "assets"), signature);
            using var writer = SiteWriter.Begin(OutputDirectory!);
            var renderer = Time("index", () => new SiteRenderer(siteInput, templates, _session.KeepPages ? _session : null));
            await TimeAsync("articles", () => renderer.RenderArticlesAsync(writer, cancellation));
            _convertTime = renderer.ConvertTime;
            _session.ReusedPages = renderer.ReusedPages;
            await TimeAsync("site pages", () => renderer.RenderSitePagesAsync(writer));
            Time("commit", writer.Commit);
            if (reporter.Verbose) reporter.Summary(templates.CacheSummary);
            var files = writer.Written;
            return Finish(total, files);
        }
        catch (ConfigException e)
        {
            reporter.Diagnostic(e.Diagnostic);
            return Commands.CommandLine.UsageError;
        }
        catch (TemplateException e)
        {
            reporter.Error(e.Message);
            return Commands.CommandLine.BuildErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Error("cannot write the site: " + e.Message);
            return Commands.CommandLine.BuildErrors;
        }
        finally
        {
            // A build that stopped early (a content error is the one reported) still waits for its templates, so that
            // the next build of a preview session never compiles beside it.
            await precompiled.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private (List<ArticleInput> Articles, ArticleConversion[][] Conversions, List<MarkdownPage> Pages)? LoadArticles(
        string root, SiteConfig config, (ArticleConverter Converter, ConversionOverrides Overrides) conversion)
    {
        _session.StartBuild();
        var builder = ArticleBuilder.CreateDefault();
        foreach (var entry in config.Articles)
        {
            if (File.Exists(Path.Combine(root, "content", entry.File))) continue;
            var display = "content/" + entry.File.Replace('\\', '/');
            Report(ConfigDiagnostics.MissingFile.Create(new Site.Wikitext.SourceSpan(0, 0, 1, 1), "content/site.yml", $"article file '{display}' does not exist"));
            return null;
        }
        var variants = config.Editions.Select(e => ZhVariants.Parse(e.Variant)).ToList();
        var keepModels = _session.KeepPages || config.Articles.Sum(e => new FileInfo(Path.Combine(root, "content", e.File)).Length) <= options.KeptModelsLimit;
        // Articles are independent: parse and model them on all cores, take from each model what the site-wide pages and
        // the editions need, then report in configuration order.
        var articles = new ArticleInput[config.Articles.Count];
        var conversions = variants.Select(_ => new ArticleConversion[config.Articles.Count]).ToArray();
        var diagnostics = new IReadOnlyList<Diagnostic>[config.Articles.Count];
        Parallel.For(0, config.Articles.Count, i =>
        {
            var entry = config.Articles[i];
            var display = "content/" + entry.File.Replace('\\', '/');
            var path = Path.Combine(root, "content", entry.File);
            var text = File.ReadAllText(path);
            ArticleSource Source(string wikitext) => new(entry.Slug, entry.Title, display, wikitext);
            var (article, timeline, fingerprint) = _session.Article(path, text, $"{entry.Slug}\n{entry.Title}", () =>
            {
                var built = builder.Build(Source(text));
                return (built, TimelineSegments.Extract(built, text));
            });
            for (var e = 0; e < variants.Count; e++) conversions[e][i] = conversion.Converter.Prepare(article, variants[e]);
            var model = keepModels ? ArticleModel.Kept(article) : Rebuilt(builder, Source(""), path);
            articles[i] = new ArticleInput(entry, model, timeline, i == 0, fingerprint, CitationIndexBuilder.Collect(article), TimelinePeriods.Of(article, timeline));
            diagnostics[i] = article.Diagnostics;
        });
        for (var i = 0; i < config.Articles.Count; i++)
        {
            reporter.Progress($"  parse  content/{config.Articles[i].File.Replace('\\', '/')}");
            foreach (var diagnostic in diagnostics[i]) Report(diagnostic);
        }
        var pages = new List<MarkdownPage>();
        var pagesDirectory = Path.Combine(root, "content", config.Pages);
        if (Directory.Exists(pagesDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(pagesDirectory, "*.md").Order(StringComparer.Ordinal))
            {
                pages.Add(MarkdownPages.Load(file, "content/" + config.Pages + "/" + Path.GetFileName(file)));
            }
        }
        return (articles.ToList(), conversions, pages);
    }

    /// <summary>
    /// A model to be built again from the file. Made outside the loading loop on purpose: a lambda there would share
    /// the loop's closure, and with it keep every article's text and diagnostics alive for the whole build.
    /// </summary>
    private static ArticleModel Rebuilt(ArticleBuilder builder, ArticleSource source, string path) =>
        ArticleModel.Rebuilt(() => builder.Build(source with { Text = File.ReadAllText(path) }));

    private static (ArticleConverter Converter, ConversionOverrides Overrides) LoadConversion(string root, SiteConfig config)
    {
        var data = new ConversionDataLoader(Path.Combine(root, "content", config.Conversion));
        try
        {
            var overrides = data.LoadOverrides();
            return (new ArticleConverter(data.LoadGroups(), overrides), overrides);
        }
        catch (ConversionDataException e)
        {
            throw new ConfigException(ConfigDiagnostics.Invalid.Create(new Site.Wikitext.SourceSpan(0, 0, 1, 1), "content/" + config.Conversion, e.Message));
        }
    }

    /// <summary>Per edition, each article's conversion rules (prepared while loading); the articles are converted while rendering.</summary>
    private List<EditionInput> PrepareEditions(string root, SiteConfig config, ArticleConversion[][] conversions, ConversionOverrides overrides)
    {
        var editions = new List<EditionInput>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < config.Editions.Count; e++)
        {
            var edition = config.Editions[e];
            var variant = ZhVariants.Parse(edition.Variant);
            var text = I18n.Load(I18nPath(root, edition.Code, variant));
            foreach (var diagnostic in conversions[e].SelectMany(c => c.Diagnostics))
            {
                if (reported.Add(diagnostic.ToString())) Report(diagnostic);
            }
            editions.Add(new EditionInput(edition, variant, text, conversions[e], new EditionConverter(variant, null, overrides)));
            reporter.Progress($"  prepare {edition.Code} ({variant.Code()})");
        }
        return editions;
    }

    /// <summary>
    /// templates/i18n/&lt;code&gt;.yml, or for an added edition without its own file (zh-hk, zh-sg …) the strings of the
    /// edition in the same script: zh-hant.yml for Traditional variants, zh-hans.yml for Simplified ones.
    /// </summary>
    private static string I18nPath(string root, string edition, ZhVariant variant)
    {
        var folder = Path.Combine(root, "templates", "i18n");
        var path = Path.Combine(folder, edition + ".yml");
        if (File.Exists(path)) return path;
        var fallback = Path.Combine(folder, (variant.IsTraditional() ? "zh-hant" : "zh-hans") + ".yml");
        if (File.Exists(fallback)) return fallback;
        throw new ConfigException(ConfigDiagnostics.MissingFile.Create(new Site.Wikitext.SourceSpan(0, 0, 1, 1), "content/site.yml",
            $"edition '{edition}' has no UI strings file templates/i18n/{edition}.yml"));
    }

    private int Finish(Stopwatch total, IReadOnlyList<WrittenFile>? files)
    {
        if (files is not null)
        {
            var perEdition = files.Where(f => f.Edition is not null && f.IsPage)
                .GroupBy(f => f.Edition!).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}: {g.Count()} pages");
            reporter.Summary($"Built {files.Count} files ({string.Join(", ", perEdition)}) in {total.Elapsed.TotalSeconds:0.00}s.");
        }
        reporter.Summary($"{_errors} error(s), {_warnings} warning(s).");
        reporter.Summary("Phases: " + string.Join(", ", _timings.Select(t => $"{t.Phase} {t.Time.TotalMilliseconds:0} ms"))
            + (_convertTime is { } convert ? $" (converting to the editions took {convert.TotalMilliseconds:0} ms summed over threads)" : ""));
        if (reporter.Verbose)
        {
            // Managed heap after each phase and the process peak: where memory goes on large sites.
            reporter.Summary("Heap after phase: " + string.Join(", ", _timings.Select(t => $"{t.Phase} {t.Heap / (1024 * 1024)} MB"))
                + $"; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
            reporter.Summary($"GC: {GC.CollectionCount(0)} gen-0, {GC.CollectionCount(1)} gen-1, {GC.CollectionCount(2)} gen-2 collections, "
                + $"paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB");
        }
        if (_errors > 0 || files is null) return Commands.CommandLine.BuildErrors;
        if (options.Strict && _warnings > 0)
        {
            reporter.Error($"--strict: {_warnings} warning(s) count as errors");
            return Commands.CommandLine.BuildErrors;
        }
        return Commands.CommandLine.Success;
    }

    private void Report(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Warning) _warnings++;
        else if (diagnostic.Severity == DiagnosticSeverity.Error) _errors++;
        reporter.Diagnostic(diagnostic);
    }

    private T Time<T>(string phase, Func<T> action)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = action();
        _timings.Add((phase, stopwatch.Elapsed, GC.GetTotalMemory(false)));
        reporter.Flush();
        return result;
    }

    private void Time(string phase, Action action) => Time(phase, () => { action(); return 0; });

    private async Task TimeAsync(string phase, Func<Task> action)
    {
        var stopwatch = Stopwatch.StartNew();
        await action();
        _timings.Add((phase, stopwatch.Elapsed, GC.GetTotalMemory(false)));
        reporter.Flush();
    }

    /// <summary>
    /// Everything besides an article's own text that shapes its page: site.yml, templates and strings, conversion
    /// data, Markdown pages (their titles are in the header) and the command-line options. A change to any of them
    /// re-renders every page; a change to one article re-renders that article.
    /// </summary>
    private string Signature(string root, SiteConfig config)
    {
        var b = new System.Text.StringBuilder();
        b.Append(config.BaseUrl).Append('\n').Append(config.SiteUrl).Append('\n');
        var content = Path.Combine(root, "content");
        IEnumerable<string> files = [Path.Combine(content, "site.yml")];
        foreach (var folder in new[] { Path.Combine(root, "templates"), Path.Combine(content, config.Conversion), Path.Combine(content, config.Pages) })
        {
            if (Directory.Exists(folder)) files = files.Concat(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories));
        }
        foreach (var file in files.Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Distinct().Order(StringComparer.Ordinal))
        {
            b.Append(file).Append('\n').Append(BuildSession.Hash(File.ReadAllText(Path.Combine(root, file)))).Append('\n');
        }
        return BuildSession.Hash(b.ToString());
    }

    private static string NormalizeBase(string value)
    {
        var path = value.Trim();
        if (!path.StartsWith('/')) path = "/" + path;
        if (!path.EndsWith('/')) path += "/";
        return path;
    }
}
