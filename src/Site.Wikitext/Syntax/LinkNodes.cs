namespace Site.Wikitext.Syntax;

public enum WikiLinkKind
{
    Page,
    File,
    Media,
    Category,
    Interlanguage,
}

/// <summary>
/// <c>[[target|part|part]]trail</c>. For page links the parts joined by '|' are the text;
/// for files they are options and a caption.
/// </summary>
public sealed class WikiLinkNode(
    SourceSpan span, IReadOnlyList<WikiNode> children, Fragment target, IReadOnlyList<Fragment> parts,
    TextNode? trail, WikiLinkKind kind)
    : ContainerNode(span, children)
{
    public Fragment Target { get; } = target;

    public IReadOnlyList<Fragment> Parts { get; } = parts;

    /// <summary>Letters glued after <c>]]</c> that MediaWiki shows as part of the link text.</summary>
    public TextNode? Trail { get; } = trail;

    public WikiLinkKind Kind { get; } = kind;

    /// <summary>The target as written, trimmed.</summary>
    public string TargetText => Target.ToWikitext().Trim();
}

/// <summary><c>[https://example.org text]</c>.</summary>
public sealed class ExternalLinkNode(SourceSpan span, IReadOnlyList<WikiNode> children, string url, Fragment? text)
    : ContainerNode(span, children)
{
    public string Url { get; } = url;

    /// <summary>The link text; null for <c>[https://example.org]</c>, which MediaWiki numbers.</summary>
    public Fragment? Text { get; } = text;
}
