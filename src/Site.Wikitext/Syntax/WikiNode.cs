using System.Text;

namespace Site.Wikitext.Syntax;

/// <summary>
/// A node of the syntax tree. Every node covers a contiguous stretch of the source and
/// writes it back exactly, so <c>document.ToWikitext() == source</c> for any input.
/// </summary>
public abstract class WikiNode
{
    protected WikiNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    public virtual IReadOnlyList<WikiNode> Children => [];

    public virtual void WriteTo(StringBuilder builder)
    {
        foreach (var child in Children) child.WriteTo(builder);
    }

    public string ToWikitext()
    {
        var builder = new StringBuilder(Span.Length);
        WriteTo(builder);
        return builder.ToString();
    }

    /// <summary>All nodes below this one, depth first, in source order.</summary>
    public IEnumerable<WikiNode> Descendants()
    {
        var stack = new Stack<(WikiNode Node, int Index)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, index) = stack.Pop();
            var children = node.Children;
            if (index >= children.Count) continue;
            stack.Push((node, index + 1));
            var child = children[index];
            yield return child;
            stack.Push((child, 0));
        }
    }

    public IEnumerable<T> Descendants<T>() where T : WikiNode => Descendants().OfType<T>();

    public override string ToString() => $"{GetType().Name}{Span}";
}

/// <summary>A node that is a piece of source text with no structure below it.</summary>
public abstract class LeafNode : WikiNode
{
    // Nodes made by the parser keep only the source and cut their text out on first use:
    // most leaves are never asked for their text as a string.
    private readonly string? _source;
    private string? _text;

    protected LeafNode(SourceSpan span, string text) : base(span) => _text = text;

    /// <summary>A leaf whose text is <paramref name="source"/> at <paramref name="span"/>.</summary>
    private protected LeafNode(string source, SourceSpan span) : base(span) => _source = source;

    /// <summary>The exact source of the node.</summary>
    public string Text => _text ??= _source!.Substring(Span.Start, Span.Length);

    /// <summary>The text without making a string of it.</summary>
    public ReadOnlySpan<char> AsSpan() => _text is not null ? _text.AsSpan() : _source.AsSpan(Span.Start, Span.Length);

    public override void WriteTo(StringBuilder builder) => builder.Append(AsSpan());

    public override string ToString() => $"{GetType().Name}{Span} \"{Text}\"";
}

/// <summary>A node made of other nodes.</summary>
public abstract class ContainerNode(SourceSpan span, IReadOnlyList<WikiNode> children) : WikiNode(span)
{
    public override IReadOnlyList<WikiNode> Children { get; } = children;
}
