using Site.Wikitext.Diagnostics;

namespace Site.Wikitext.Syntax;

/// <summary>The root of a parsed text, with the problems found while parsing it.</summary>
public sealed class WikiDocument(SourceText source, IReadOnlyList<WikiNode> children, IReadOnlyList<Diagnostic> diagnostics)
    : ContainerNode(source.Span(0, source.Length), children)
{
    public SourceText Source { get; } = source;

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
