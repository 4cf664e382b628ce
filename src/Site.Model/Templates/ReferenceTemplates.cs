using Site.Model.Building;
using Site.Model.Citations;

namespace Site.Model.Templates;

/// <summary>Cite helpers: {{r}}, {{rp}}, {{efn}}, {{notelist}}, {{reflist}}.</summary>
public static class ReferenceTemplates
{
    /// <summary>
    /// <c>{{r|a|b|page1=…|page2=…}}</c> (zh Template:R): reuses named references with page locators.
    /// A lone <c>page=</c> belongs to the first name.
    /// </summary>
    public sealed class R : ITemplateHandler
    {
        public IEnumerable<string> Names => ["R"];

        public IReadOnlyList<Inline> Expand(TemplateCall call)
        {
            var group = call.Text("group") ?? "";
            var markers = new List<Inline>();
            var names = call.Positional.ToList();
            for (var i = 0; i < names.Count; i++)
            {
                var name = call.Context.Inlines.PlainText(names[i].Value);
                if (name.Length == 0) continue;
                var n = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var pages = call.Text("page" + n, "p" + n, "pages" + n, "pp" + n);
                if (i == 0) pages ??= call.Text("page", "p", "pages", "pp", "loc", "at");
                markers.Add(References.Ref(call.Context, name, group, null, pages, call.Node.Span));
            }
            return markers;
        }
    }

    /// <summary><c>{{rp|52}}</c>: a page locator for the marker just before it.</summary>
    public sealed class Rp : ITemplateHandler
    {
        public IEnumerable<string> Names => ["Rp"];

        public IReadOnlyList<Inline> Expand(TemplateCall call)
        {
            var pages = call.Text("1", "page", "pages", "p", "pp", "at");
            return pages is null ? [] : [new PageLocatorInline(pages)];
        }
    }

    /// <summary><c>{{efn|text|name=x}}</c>: an explanatory note, listed by {{notelist}}.</summary>
    public sealed class Efn : ITemplateHandler
    {
        public IEnumerable<string> Names => ["Efn", "Efn-ua", "Efn-lr", "Efn-ur", "Efn-lg", "NoteTag", "Notetag", "Note tag"];

        public IReadOnlyList<Inline> Expand(TemplateCall call) =>
            [References.Ref(call.Context, call.Text("name"), CiteRegistry.NoteGroup, call.Fragment("1", "text"), null, call.Node.Span)];
    }

    public sealed class Notelist : ITemplateHandler
    {
        public IEnumerable<string> Names => ["Notelist", "Notelist-ua", "Notelist-lr", "Notelist-ur", "Notelist-lg", "NoteFoot", "Notefoot", "Note foot"];

        public IReadOnlyList<Inline> Expand(TemplateCall call)
        {
            if (call.Fragment("notes", "refs") is { } definitions) References.DefineList(call.Context, CiteRegistry.NoteGroup, definitions.Children);
            call.Context.Cite.MarkListed(CiteRegistry.NoteGroup);
            return [new BlockHolder([new ReferenceListBlock(CiteRegistry.NoteGroup, 1)])];
        }
    }

    /// <summary><c>{{Reflist|2|refs=…}}</c>: the reference list, with list-defined references.</summary>
    public sealed class Reflist : ITemplateHandler
    {
        public IEnumerable<string> Names => ["Reflist", "References", "Refs", "Reference", "参考文献", "參考文獻", "Reflist-talk"];

        public IReadOnlyList<Inline> Expand(TemplateCall call)
        {
            var group = call.Text("group") ?? "";
            if (group is "lower-alpha" or "note") group = CiteRegistry.NoteGroup;
            if (call.Fragment("refs") is { } definitions) References.DefineList(call.Context, group, definitions.Children);
            call.Context.Cite.MarkListed(group);
            var columns = int.TryParse(call.Text("1"), out var n) && n is > 0 and < 6 ? n : call.Text("colwidth", "1") is null ? 1 : 2;
            return [new BlockHolder([new ReferenceListBlock(group, columns)])];
        }
    }
}

/// <summary>A page locator waiting to be attached to the marker before it.</summary>
internal sealed record PageLocatorInline(string Pages) : Inline;
