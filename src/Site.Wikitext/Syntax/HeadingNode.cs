namespace Site.Wikitext.Syntax;

/// <summary><c>== text ==</c> on a line of its own.</summary>
public sealed class HeadingNode(SourceSpan span, IReadOnlyList<WikiNode> children, int level, Fragment content)
    : ContainerNode(span, children)
{
    public int Level { get; } = level;

    public Fragment Content { get; } = content;
}
