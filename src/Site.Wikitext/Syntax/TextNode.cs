namespace Site.Wikitext.Syntax;

/// <summary>Plain text: characters that are not markup.</summary>
public sealed class TextNode : LeafNode
{
    public TextNode(SourceSpan span, string text) : base(span, text)
    {
    }

    internal TextNode(SourceText source, int start, int length) : base(source, start, length)
    {
    }
}

/// <summary>Markup characters of a construct, such as <c>[[</c>, <c>|</c> or <c>}}</c>.</summary>
public sealed class MarkupToken : LeafNode
{
    public MarkupToken(SourceSpan span, string text) : base(span, text)
    {
    }

    internal MarkupToken(SourceText source, int start, int length) : base(source, start, length)
    {
    }
}
