using System.Text.Encodings.Web;
using System.Text.Unicode;
using RazorLight;
using RazorLight.Razor;

namespace Site.Rendering.Templating;

/// <summary>A template failed to compile or render; names the template file and, where known, the line.</summary>
public sealed class TemplateException(string template, string message, Exception? inner = null)
    : Exception($"{template}: {message}", inner)
{
    public string Template { get; } = template;
}

/// <summary>
/// Renders the Razor templates under templates/ with RazorLight, compiled at run time so users change the
/// look without recompiling. Output keeps every character as itself (RazorLight's default encoder would
/// write CJK as numeric entities), and namespaces are added here because RazorLight ignores _ViewImports.
/// Compiled templates are kept in the cache folder given to the constructor (see <see cref="TemplateCache"/>) so a later
/// build loads them instead of running Roslyn; null compiles every template in every process.
/// </summary>
public sealed class TemplateEngine
{
    private static readonly string[] Namespaces = ["System", "System.Linq", "System.Collections.Generic", "Site.Model", "Site.Rendering.Pages", "Site.Rendering.Html", "Site.Rendering.Search"];

    private readonly RazorLightEngine _engine;
    private readonly TemplateProject _project;
    private readonly TemplateCache _cache;

    public TemplateEngine(string templatesRoot, string? cacheDirectory = null)
    {
        Root = templatesRoot;
        var encoder = HtmlEncoder.Create(UnicodeRanges.All);
        var project = _project = new TemplateProject(templatesRoot);
        // Everything configured here that shapes the generated code belongs in the cache key.
        _cache = new TemplateCache(project, cacheDirectory, "namespaces " + string.Join(",", Namespaces) + "; encoder all-unicode; encoding on");
        _engine = new RazorLightEngineBuilder()
            .UseProject(project)
            .AddDefaultNamespaces(Namespaces)
            .AddPrerenderCallbacks(page => ((TemplatePageBase)page).HtmlEncoder = encoder)
            .UseCachingProvider(_cache)
            .Build();
    }

    public string Root { get; }

    /// <summary>&lt;SITE_CACHE_DIR&gt;/templates when that variable is set, else &lt;site root&gt;/.site-cache/templates.</summary>
    public static string DefaultCacheDirectory(string siteRoot) => TemplateCache.DefaultDirectory(siteRoot);

    /// <summary>Where compiled templates are cached, or null when the cache is off.</summary>
    public string? CacheDirectory => _cache.Directory;

    /// <summary>Templates this engine loaded from the disk cache.</summary>
    public int TemplatesFromCache => _cache.Loaded;

    /// <summary>Templates this engine compiled with Roslyn.</summary>
    public int TemplatesCompiled => _cache.Compiled;

    /// <summary>"templates: N from cache, M compiled", for --verbose.</summary>
    public string CacheSummary => $"templates: {TemplatesFromCache} from cache, {TemplatesCompiled} compiled"
        + (CacheDirectory is null ? " (cache off)" : "");

    /// <summary>
    /// Starts a build: looks for changed templates (each once, when first used in the build), then compiles (or loads
    /// from the cache) every template under the root, one after another, so that pages rendered in parallel never
    /// compile the same template twice at once.
    /// </summary>
    public async Task PrecompileAsync()
    {
        _project.BeginBuild();
        // The project's keys name the files ("partials/_toc.cshtml"); pages ask for templates without the extension.
        var keys = (await _project.GetKnownKeysAsync())
            .Select(key => key[..^TemplateProject.DefaultExtension.Length])
            .Order(StringComparer.Ordinal);
        foreach (var key in keys) await Guard(key, () => _engine.CompileTemplateAsync(key));
    }

    /// <summary>Renders a template to the UTF-8 bytes of the file it makes (line ends as <c>\n</c>).</summary>
    public async Task<byte[]> RenderAsync<T>(string template, T model)
    {
        byte[] bytes = [];
        await RenderAsync(template, model, page => bytes = page.ToArray());
        return bytes;
    }

    /// <summary>
    /// Renders a template and hands its bytes to <paramref name="write"/> from pooled memory, which is reused once that
    /// returns: a page that goes straight to its file needs no array of its own. What <paramref name="write"/> throws
    /// (a full disk) is no template error and passes unchanged.
    /// </summary>
    public async Task RenderAsync<T>(string template, T model, Action<ReadOnlySpan<byte>> write)
    {
        using var writer = new Utf8PageWriter();
        await Guard(template, async () =>
        {
            var page = await _engine.CompileTemplateAsync(template);
            await _engine.RenderTemplateAsync(page, model, writer);
            return true;
        });
        write(writer.Complete());
    }

    /// <summary>Runs a compile or render of one template and turns what can go wrong into a <see cref="TemplateException"/>.</summary>
    private static async Task<TResult> Guard<TResult>(string template, Func<Task<TResult>> action)
    {
        try
        {
            return await action();
        }
        catch (RazorLight.Compilation.TemplateCompilationException e)
        {
            throw new TemplateException(template + ".cshtml", "template does not compile: " + string.Join("; ", e.CompilationErrors.Take(5)), e);
        }
        catch (RazorLight.TemplateNotFoundException e)
        {
            throw new TemplateException(template + ".cshtml", "template not found: " + e.Message, e);
        }
        catch (Exception e) when (e is not TemplateException)
        {
            throw new TemplateException(template + ".cshtml", "template failed while rendering: " + e.Message, e);
        }
    }
}
