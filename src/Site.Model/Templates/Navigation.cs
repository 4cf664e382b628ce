namespace Site.Model.Templates;

public static class Navigation
{
    /// <summary><c>{{Portal box|韩国|美国}}</c>: portals as related-topic links.</summary>
    public sealed class Portal : ITemplateHandler
    {
        public IEnumerable<string> Names => ["Portal box", "Portal", "Portal bar", "Portals", "主题", "主題"];

        public IReadOnlyList<Inline> Expand(TemplateCall call)
        {
            foreach (var parameter in call.Positional)
            {
                var name = call.Context.Inlines.PlainText(parameter.Value);
                if (name.Length > 0) call.Context.RelatedTopics.Add(new RelatedTopic("portal", name));
            }
            return [];
        }
    }

    /// <summary>
    /// Navigation boxes (<c>{{韩国外交}}</c>, <c>{{Navbox …}}</c>): listed as related topics. Recognised by name:
    /// "navbox", "导航"/"導航", "主题"/"主題" endings, or a parameterless "…外交" template.
    /// </summary>
    public sealed class Navbox : ITemplateHandler
    {
        public IEnumerable<string> Names => [];

        public static bool Matches(string name) =>
            name.Contains("navbox", StringComparison.OrdinalIgnoreCase) || name.EndsWith("导航", StringComparison.Ordinal) ||
            name.EndsWith("導航", StringComparison.Ordinal) || name.EndsWith("主题", StringComparison.Ordinal) ||
            name.EndsWith("主題", StringComparison.Ordinal) || name.EndsWith("外交", StringComparison.Ordinal) ||
            name.EndsWith("Navigation", StringComparison.Ordinal);

        public IReadOnlyList<Inline> Expand(TemplateCall call)
        {
            // {{Navboxes|list={{A}}{{B}}}} is a container: the boxes inside are the topics.
            var inner = call.Parameters.SelectMany(p => p.Value.Descendants<Site.Wikitext.Syntax.TemplateNode>()).ToList();
            if (inner.Count == 0)
            {
                call.Context.RelatedTopics.Add(new RelatedTopic("navbox", call.Name));
                return [];
            }
            foreach (var name in inner.Select(t => TemplateRegistry.Normalize(t.NameText)).Where(n => n.Length > 0).Distinct())
            {
                call.Context.RelatedTopics.Add(new RelatedTopic("navbox", name));
            }
            return [];
        }
    }
}
