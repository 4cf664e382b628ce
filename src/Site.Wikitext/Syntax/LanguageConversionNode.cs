namespace Site.Wikitext.Syntax;

/// <summary>
/// <c>-{flags|body}-</c>: MediaWiki's language-conversion markup. The parser keeps flags and body;
/// what they mean per variant is decided by the conversion stage.
/// </summary>
public sealed class LanguageConversionNode(SourceSpan span, IReadOnlyList<WikiNode> children, string? flags, Fragment body)
    : ContainerNode(span, children)
{
    /// <summary>The text before the first '|', when it is a valid flag list; otherwise null.</summary>
    public string? Flags { get; } = flags;

    public Fragment Body { get; } = body;
}
