namespace Site.Wikitext.Syntax;

/// <summary>The <c>*#:;</c> prefix of a list line.</summary>
public sealed class ListMarkerNode : LeafNode
{
    public ListMarkerNode(SourceSpan span, string text) : base(span, text)
    {
    }

    internal ListMarkerNode(SourceText source, int start, int length) : base(source, start, length)
    {
    }

    public string Markers => Text;
}

/// <summary><c>----</c> at the start of a line.</summary>
public sealed class HorizontalRuleNode : LeafNode
{
    public HorizontalRuleNode(SourceSpan span, string text) : base(span, text)
    {
    }

    internal HorizontalRuleNode(SourceText source, int start, int length) : base(source, start, length)
    {
    }
}

/// <summary>A bare URL in running text: <c>https://example.org/x</c>.</summary>
public sealed class UrlNode : LeafNode
{
    public UrlNode(SourceSpan span, string text) : base(span, text)
    {
    }

    internal UrlNode(SourceText source, int start, int length) : base(source, start, length)
    {
    }

    public string Url => Text;
}

/// <summary>A magic link: <c>ISBN 978-...</c>, <c>RFC 1234</c>, <c>PMID 123</c>.</summary>
public sealed class MagicLinkNode(SourceSpan span, string text, string kind, string value) : LeafNode(span, text)
{
    public string Kind { get; } = kind;

    public string Value { get; } = value;
}
