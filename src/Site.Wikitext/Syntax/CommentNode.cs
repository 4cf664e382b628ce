namespace Site.Wikitext.Syntax;

/// <summary><c>&lt;!-- ... --&gt;</c>. An unclosed comment runs to the end of its container.</summary>
public sealed class CommentNode : LeafNode
{
    public CommentNode(SourceSpan span, string text, bool isClosed) : base(span, text) => IsClosed = isClosed;

    internal CommentNode(SourceText source, int start, int length, bool isClosed) : base(source, start, length) => IsClosed = isClosed;

    public bool IsClosed { get; }

    public string Content => Text.Substring(4, Text.Length - 4 - (IsClosed ? 3 : 0));
}
