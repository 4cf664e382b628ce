namespace Site.Wikitext.Syntax;

/// <summary>
/// A start or end tag of an HTML element that wikitext allows (<c>&lt;span style=...&gt;</c>, <c>&lt;/div&gt;</c>).
/// Tags are kept as separate nodes, as MediaWiki does; the renderer balances them.
/// </summary>
public sealed class HtmlTagNode : LeafNode
{
    public HtmlTagNode(SourceSpan span, string text, string name, bool isEnd, bool isSelfClosing, string attributesText)
        : base(span, text)
    {
        Name = name;
        IsEnd = isEnd;
        IsSelfClosing = isSelfClosing;
        AttributesText = attributesText;
    }

    internal HtmlTagNode(SourceText source, int start, int length, string name, bool isEnd, bool isSelfClosing, string attributesText)
        : base(source, start, length)
    {
        Name = name;
        IsEnd = isEnd;
        IsSelfClosing = isSelfClosing;
        AttributesText = attributesText;
    }

    /// <summary>Lower-case element name.</summary>
    public string Name { get; }

    public bool IsEnd { get; }

    public bool IsSelfClosing { get; }

    public string AttributesText { get; }

    public IReadOnlyList<HtmlAttribute> Attributes => HtmlAttributeParser.Parse(AttributesText);
}
