using Site.Model.Building;
using Site.Wikitext.Syntax;

namespace Site.Model.Templates;

/// <summary>One family of templates: the names it answers to and what a call becomes.</summary>
public interface ITemplateHandler
{
    IEnumerable<string> Names { get; }

    IReadOnlyList<Inline> Expand(TemplateCall call);
}

/// <summary>
/// Finds the handler of a template by name, matched the MediaWiki way (first letter case-insensitive,
/// '_' = space, "Template:" prefix ignored). Unknown templates are kept visible with a diagnostic.
/// </summary>
public sealed class TemplateRegistry
{
    private readonly Dictionary<string, ITemplateHandler> _handlers = new(StringComparer.Ordinal);
    private readonly List<Func<string, ITemplateHandler?>> _patterns = [];

    public static TemplateRegistry CreateDefault()
    {
        var registry = new TemplateRegistry();
        registry.Add(new CiteTemplates());
        registry.Add(new ReferenceTemplates.R());
        registry.Add(new ReferenceTemplates.Rp());
        registry.Add(new ReferenceTemplates.Efn());
        registry.Add(new ReferenceTemplates.Notelist());
        registry.Add(new ReferenceTemplates.Reflist());
        registry.Add(new LinkTemplates.InterlanguageLink());
        registry.Add(new LinkTemplates.Lang());
        registry.Add(new LinkTemplates.WebArchive());
        registry.Add(new LanguageIcons());
        registry.Add(new Hatnotes());
        registry.Add(new LayoutTemplates());
        registry.Add(new NoteTa());
        registry.Add(new InfoboxTemplates());
        registry.Add(new Navigation.Portal());
        registry.AddPattern(name => LanguageIcons.Matches(name) ? new LanguageIcons() : null);
        registry.AddPattern(name => LinkTemplates.InterlanguageLink.Matches(name) ? new LinkTemplates.InterlanguageLink() : null);
        registry.AddPattern(name => LinkTemplates.Lang.Matches(name) ? new LinkTemplates.Lang() : null);
        registry.AddPattern(name => InfoboxTemplates.Matches(name) ? new InfoboxTemplates() : null);
        registry.AddPattern(name => Navigation.Navbox.Matches(name) ? new Navigation.Navbox() : null);
        return registry;
    }

    public void Add(ITemplateHandler handler)
    {
        foreach (var name in handler.Names) _handlers[Normalize(name)] = handler;
    }

    /// <summary>A rule for names that follow a pattern (<c>xx icon</c>, <c>link-xx</c>, <c>Infobox …</c>).</summary>
    public void AddPattern(Func<string, ITemplateHandler?> pattern) => _patterns.Add(pattern);

    public ITemplateHandler? Find(string name) => FindNormalized(Normalize(name));

    private ITemplateHandler? FindNormalized(string key)
    {
        if (_handlers.TryGetValue(key, out var handler)) return handler;
        foreach (var pattern in _patterns)
        {
            if (pattern(key) is { } match) return match;
        }
        return null;
    }

    public IReadOnlyList<Inline> Expand(BuildContext context, TemplateNode node)
    {
        var name = node.NameText;
        var key = Normalize(name);
        var handler = FindNormalized(key);
        if (handler is not null) return handler.Expand(new TemplateCall(context, node, key));
        if (MagicVariables.TryExpand(name) is { } value) return value;
        context.Report(ModelDiagnostics.UnknownTemplate, node.Span, key);
        var arguments = node.Parameters.SelectMany(p => context.Inlines.Build(p.Value).Prepend(new TextInline(p.IsNamed ? $" {p.Key}=" : " "))).ToList();
        return [new UnknownTemplateInline(key, arguments)];
    }

    /// <summary>MediaWiki title normalisation for template names.</summary>
    public static string Normalize(string name)
    {
        if (IsNormal(name)) return name;
        var value = name.Replace('_', ' ').Trim();
        foreach (var prefix in new[] { "Template:", "template:", "模板:", "模板：", "T:" })
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal)) value = value[prefix.Length..].Trim();
        }
        value = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];
    }

    /// <summary>Most names are written normalised already (<c>Cite web</c>, <c>Lang</c>): nothing to trim, join, strip or capitalise.</summary>
    private static bool IsNormal(string name) =>
        name.Length > 0 && !char.IsWhiteSpace(name[0]) && !char.IsWhiteSpace(name[^1]) && char.ToUpperInvariant(name[0]) == name[0]
        && name.AsSpan().IndexOfAny("_:：") < 0 && !name.Contains("  ", StringComparison.Ordinal);
}

/// <summary>Variables such as <c>{{PAGENAME}}</c> that a static article cannot know are shown by name.</summary>
internal static class MagicVariables
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "PAGENAME", "FULLPAGENAME", "CURRENTYEAR", "CURRENTMONTH", "CURRENTDAY", "NAMESPACE", "SITENAME", "!", "=",
    };

    public static IReadOnlyList<Inline>? TryExpand(string name) => name.Trim() switch
    {
        "!" => [new TextInline("|")],
        "=" => [new TextInline("=")],
        var n when Names.Contains(n) => [],
        _ => null,
    };
}
