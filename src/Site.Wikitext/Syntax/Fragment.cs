namespace Site.Wikitext.Syntax;

/// <summary>A run of nodes that forms one part of a construct: a parameter value, a link text, a cell.</summary>
public sealed class Fragment : ContainerNode
{
    public Fragment(SourceSpan span, IReadOnlyList<WikiNode> children) : base(span, children)
    {
    }

    internal Fragment(int start, int length, WikiNode[] children) : base(start, length, children)
    {
    }

    internal Fragment(WikiNode only) : base(only.Start, only.Length, only)
    {
    }

    /// <summary>An empty fragment at <paramref name="start"/>.</summary>
    internal Fragment(SourceText source, int start) : base(source, start, 0)
    {
    }

    /// <summary>A fragment that is the text at <paramref name="start"/>; its TextNode is made when first asked for.</summary>
    internal Fragment(SourceText source, int start, int length) : base(source, start, length)
    {
    }

    /// <summary>A fragment's own leaves are its runs of text: those between two other nodes are made when first read.</summary>
    private protected override bool IsGapLeaf(WikiNode node) => node is TextNode;

    private protected override LeafNode MakeGapLeaf(SourceText source, int start, int length) => new TextNode(source, start, length);

    /// <summary>True when the fragment holds only text (no templates, links or tags).</summary>
    public bool IsPlainText => Children.All(c => c is TextNode);
}
