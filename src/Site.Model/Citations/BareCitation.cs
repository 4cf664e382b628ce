namespace Site.Model.Citations;

/// <summary>Makes a citation from a reference written without a cite template: <c>[url title] text {{webarchive}}</c>.</summary>
public static class BareCitation
{
    public static Citation? From(IReadOnlyList<Inline> content)
    {
        var text = InlineText.Flatten(content).Trim();
        if (text.Length == 0) return null;
        var link = Find<ExternalLinkInline>(content);
        var archive = Find<WebArchiveInline>(content);
        if (link is null)
        {
            return new Citation(CitationKind.Other, "", [], text, null, null, null, null, archive?.Url, archive?.Date, false,
                null, null, null, null, null, null);
        }
        var title = Collapse(InlineText.Flatten(link.Children));
        var flat = Collapse(text);
        var at = title.Length > 0 ? flat.IndexOf(title, StringComparison.Ordinal) : -1;
        // Text before the link names the authors; text after it names the work or publisher.
        var before = at > 0 ? Clean(flat[..at]) : "";
        var after = at >= 0 ? Clean(flat[(at + title.Length)..]) : "";
        IReadOnlyList<Person> authors = before.Length > 0 ? [new Person(null, null, before)] : [];
        return new Citation(CitationKind.Web, "", authors, title.Length > 0 ? title : link.Url, after.Length > 0 ? Limit(after) : null, null,
            null, link.Url, archive?.Url, archive?.Date, false, null, null, null, null, null, null);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Clean(string text) => text.Trim(' ', '.', '。', ',', '，', ';', '；', ':', '：', '-', '—');

    private static string Limit(string text) => text.Length > 160 ? text[..160] + "…" : text;

    private static T? Find<T>(IEnumerable<Inline> inlines) where T : Inline
    {
        foreach (var inline in inlines)
        {
            if (inline is T match) return match;
            if (inline is StyledInline styled && Find<T>(styled.Children) is { } inner) return inner;
        }
        return null;
    }
}
