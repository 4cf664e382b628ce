namespace Site.Wikitext.Syntax;

/// <summary><c>&lt;!-- ... --&gt;</c>. An unclosed comment runs to the end of its container.</summary>
public sealed class CommentNode(SourceSpan span, string text, bool isClosed) : LeafNode(span, text)
{
    public bool IsClosed { get; } = isClosed;

    public string Content => Text.Substring(4, Text.Length - 4 - (IsClosed ? 3 : 0));
}
