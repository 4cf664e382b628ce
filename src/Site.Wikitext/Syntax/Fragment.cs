namespace Site.Wikitext.Syntax;

/// <summary>A run of nodes that forms one part of a construct: a parameter value, a link text, a cell.</summary>
public sealed class Fragment(SourceSpan span, IReadOnlyList<WikiNode> children) : ContainerNode(span, children)
{
    /// <summary>True when the fragment holds only text (no templates, links or tags).</summary>
    public bool IsPlainText => Children.All(c => c is TextNode);
}
