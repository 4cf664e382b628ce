namespace Site.Wikitext.Syntax;

/// <summary>Plain text: characters that are not markup.</summary>
public sealed class TextNode(SourceSpan span, string text) : LeafNode(span, text);

/// <summary>Markup characters of a construct, such as <c>[[</c>, <c>|</c> or <c>}}</c>.</summary>
public sealed class MarkupToken(SourceSpan span, string text) : LeafNode(span, text);
