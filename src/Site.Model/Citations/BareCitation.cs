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
        var title = InlineText.Flatten(link.Children).Trim();
        var rest = text.Replace(title, "", StringComparison.Ordinal).Trim(' ', '.', '。', ',', '，');
        return new Citation(CitationKind.Web, "", [], title.Length > 0 ? title : link.Url, rest.Length > 0 ? rest : null, null,
            null, link.Url, archive?.Url, archive?.Date, false, null, null, null, null, null, null);
    }

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
