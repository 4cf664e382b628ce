using Site.Model.Citations;

namespace Site.Model.Templates;

public static class LinkTemplates
{
    /// <summary><c>{{link-en|中文|English|显示}}</c>: the Chinese title, offering the other language's article.</summary>
    public sealed class InterlanguageLink : ITemplateHandler
    {
        public IEnumerable<string> Names => ["Link-en", "Link-ja", "Link-ko", "Link-fr", "Link-de", "Link-ru", "Ill"];

        public static bool Matches(string name) => name.StartsWith("Link-", StringComparison.Ordinal) && name.Length <= 12;

        public IReadOnlyList<Inline> Expand(TemplateCall call)
        {
            var language = call.Name.StartsWith("Link-", StringComparison.Ordinal) ? call.Name[5..].ToLowerInvariant() : call.Text("2") ?? "en";
            var target = call.Text("1") ?? "";
            var foreign = call.Text("2") ?? target;
            var display = call.Fragment("3", "text") is { } text ? call.Context.Inlines.Build(text) : [new TextInline(target)];
            return [new InterlanguageLinkInline(target, language, foreign, display)];
        }
    }

    /// <summary><c>{{lang|en|text}}</c> and <c>{{lang-en|text}}</c>: text in another language.</summary>
    public sealed class Lang : ITemplateHandler
    {
        public IEnumerable<string> Names => ["Lang"];

        public static bool Matches(string name) => name.StartsWith("Lang-", StringComparison.Ordinal) && name.Length <= 12;

        public IReadOnlyList<Inline> Expand(TemplateCall call)
        {
            if (call.Name == "Lang")
            {
                return [new LanguageInline(call.Text("1") ?? "und", call.Inlines("2", "text"))];
            }
            return [new LanguageInline(call.Name[5..].ToLowerInvariant(), call.Inlines("1", "text"))];
        }
    }

    /// <summary><c>{{webarchive|url=…|date=…}}</c>.</summary>
    public sealed class WebArchive : ITemplateHandler
    {
        public IEnumerable<string> Names => ["Webarchive", "Wayback", "Web archive", "Archive"];

        public IReadOnlyList<Inline> Expand(TemplateCall call)
        {
            var url = call.Text("url", "url1");
            return url is null ? [] : [new WebArchiveInline(url, CitationDateParser.Parse(call.Text("date", "date1")))];
        }
    }
}
