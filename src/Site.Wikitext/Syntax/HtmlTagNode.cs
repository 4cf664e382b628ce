namespace Site.Wikitext.Syntax;

/// <summary>
/// A start or end tag of an HTML element that wikitext allows (<c>&lt;span style=...&gt;</c>, <c>&lt;/div&gt;</c>).
/// Tags are kept as separate nodes, as MediaWiki does; the renderer balances them.
/// </summary>
public sealed class HtmlTagNode(SourceSpan span, string text, string name, bool isEnd, bool isSelfClosing, string attributesText)
    : LeafNode(span, text)
{
    /// <summary>Lower-case element name.</summary>
    public string Name { get; } = name;

    public bool IsEnd { get; } = isEnd;

    public bool IsSelfClosing { get; } = isSelfClosing;

    public string AttributesText { get; } = attributesText;

    public IReadOnlyList<HtmlAttribute> Attributes => HtmlAttributeParser.Parse(AttributesText);
}
