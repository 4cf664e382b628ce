using Site.Wikitext.Syntax;

namespace Site.Model.Building;

/// <summary><c>[[Category:X|sort]]</c>: collected, never shown inline.</summary>
internal static class Categories
{
    public static void Add(BuildContext context, WikiLinkNode link)
    {
        var target = link.TargetText;
        var name = target[(target.IndexOf(':') + 1)..].Trim().Replace('_', ' ');
        string? sortKey = link.Parts.Count > 0 ? link.Parts[^1].ToWikitext().Trim() : null;
        if (sortKey is not null && sortKey.Replace('_', ' ').EndsWith(":" + name, StringComparison.Ordinal))
        {
            // [[Category:X|Category:X]] repeats the name as a sort key.
            context.Report(ModelDiagnostics.BogusSortKey, link.Span, name);
            sortKey = null;
        }
        if (string.IsNullOrEmpty(sortKey)) sortKey = null;
        if (name.Length > 0 && context.Categories.All(c => c.Name != name)) context.Categories.Add(new Category(name, sortKey));
    }
}
