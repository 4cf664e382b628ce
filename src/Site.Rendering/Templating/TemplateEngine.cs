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
/// </summary>
public sealed class TemplateEngine
{
    private readonly RazorLightEngine _engine;

    public TemplateEngine(string templatesRoot)
    {
        Root = templatesRoot;
        var encoder = HtmlEncoder.Create(UnicodeRanges.All);
        _engine = new RazorLightEngineBuilder()
            .UseProject(new FileSystemRazorProject(templatesRoot, ".cshtml"))
            .AddDefaultNamespaces("System", "System.Linq", "System.Collections.Generic", "Site.Model", "Site.Rendering.Pages", "Site.Rendering.Html", "Site.Rendering.Search")
            .AddPrerenderCallbacks(page => ((TemplatePageBase)page).HtmlEncoder = encoder)
            .UseMemoryCachingProvider()
            .Build();
    }

    public string Root { get; }

    public async Task<string> RenderAsync<T>(string template, T model)
    {
        try
        {
            return await _engine.CompileRenderAsync(template, model);
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
