using Site.Wikitext.Diagnostics;

namespace Site.Wikitext.Syntax;

/// <summary>The root of a parsed text, with the problems found while parsing it.</summary>
public sealed class WikiDocument : ContainerNode
{
    public WikiDocument(SourceText source, IReadOnlyList<WikiNode> children, IReadOnlyList<Diagnostic> diagnostics)
        : base(source.Span(0, source.Length), children)
    {
        Source = source;
        Diagnostics = diagnostics;
    }

    private WikiDocument(SourceText source, WikiNode[] children, IReadOnlyList<Diagnostic> diagnostics, int line)
        : base(new SourceSpan(0, source.Length, line, 0), children)
    {
        Source = source;
        Diagnostics = diagnostics;
    }

    /// <summary>A document that is one run of text: its text node is made when first read.</summary>
    private WikiDocument(SourceText source, IReadOnlyList<Diagnostic> diagnostics) : base(source, 0, source.Length)
    {
        Source = source;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// The document the parser makes: line and column come from the source, and its runs of text (empty slots in
    /// <paramref name="children"/>, or any text node between two other nodes) are made when first read.
    /// </summary>
    internal static WikiDocument Parsed(SourceText source, WikiNode[] children, IReadOnlyList<Diagnostic> diagnostics) =>
        children is [null] ? new(source, diagnostics) : new(source, children, diagnostics, ParserLine);

    public SourceText Source { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private protected override bool IsGapLeaf(WikiNode node) => node is TextNode;

    private protected override LeafNode MakeGapLeaf(SourceText source, int start, int length) => new TextNode(source, start, length);

    private protected override SourceText? FindSource() => Source;
}
