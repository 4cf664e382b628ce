using Site.Model.Citations;
using Site.Wikitext;
using Site.Wikitext.Syntax;

namespace Site.Model.Building;

/// <summary>Turns &lt;ref&gt;, {{r}}, {{efn}} and #tag:ref into Cite uses and markers.</summary>
internal static class References
{
    public static Inline Ref(BuildContext context, string? name, string group, Fragment? body, string? pages, SourceSpan span)
    {
        CiteRegistry.Body? content = null;
        if (body is not null && body.ToWikitext().Trim().Length > 0)
        {
            // The body is built first: references nested in a note get their numbers before the note (Cite's #tag:ref order).
            var inlines = context.Inlines.Build(body.Children);
            content = new CiteRegistry.Body(inlines, body.ToWikitext().Trim());
        }
        var use = context.Cite.Use(group, name, content, pages, span, context.Place);
        return new ReferenceMarkerInline(use);
    }

    /// <summary>Definitions inside &lt;references&gt; or {{Reflist|refs=}}.</summary>
    public static void DefineList(BuildContext context, string group, IEnumerable<WikiNode> nodes)
    {
        foreach (var tag in nodes.OfType<ExtensionTagNode>().Where(t => t.Name == "ref"))
        {
            var name = tag.GetAttribute("name");
            if (tag.Body is null || name is null) continue;
            var inlines = context.Inlines.Build(tag.Body.Children);
            context.Cite.DefineInList(tag.GetAttribute("group") ?? group, name, new CiteRegistry.Body(inlines, tag.Body.ToWikitext().Trim()), tag.Span);
        }
    }
}
