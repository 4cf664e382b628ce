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
    // The text, or for nodes made by the parser the SourceText it is cut from on first use
    // (most leaves are never asked for their text as a string). One field keeps leaves small.
    private object _value;

    protected LeafNode(SourceSpan span, string text) : base(span) => _value = text;

    /// <summary>A leaf whose text is the source at <paramref name="span"/>.</summary>
    private protected LeafNode(SourceText source, SourceSpan span) : base(span) => _value = source;

    /// <summary>The exact source of the node.</summary>
    public string Text => _value as string ?? Slice();

    /// <summary>The text without making a string of it.</summary>
    public ReadOnlySpan<char> AsSpan() =>
        _value is string text ? text.AsSpan() : ((SourceText)_value).Text.AsSpan(Span.Start, Span.Length);

    private string Slice()
    {
        var text = ((SourceText)_value).Text.Substring(Span.Start, Span.Length);
        _value = text;
        return text;
    }

    public override void WriteTo(StringBuilder builder) => builder.Append(AsSpan());

    public override string ToString() => $"{GetType().Name}{Span} \"{Text}\"";
}

/// <summary>A node made of other nodes.</summary>
public abstract class ContainerNode : WikiNode
{
    // The children, or the only child: a one-element list is made only when someone asks for it,
    // since most fragments and parameters hold a single node.
    private object _children;

    protected ContainerNode(SourceSpan span, IReadOnlyList<WikiNode> children) : base(span) =>
        _children = children is WikiNode[] { Length: 1 } single ? single[0] : children;

    public override IReadOnlyList<WikiNode> Children => _children as IReadOnlyList<WikiNode> ?? WrapSingle();

    public override void WriteTo(StringBuilder builder)
    {
        if (_children is WikiNode only)
        {
            only.WriteTo(builder);
            return;
        }
        base.WriteTo(builder);
    }

    private WikiNode[] WrapSingle()
    {
        var list = new[] { (WikiNode)_children };
        _children = list;
        return list;
    }
}
