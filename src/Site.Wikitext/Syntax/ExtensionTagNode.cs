namespace Site.Wikitext.Syntax;

/// <summary>
/// An extension tag such as <c>&lt;ref&gt;</c>, <c>&lt;nowiki&gt;</c> or <c>&lt;math&gt;</c>.
/// Children: the open tag, then the body (parsed wikitext for <c>ref</c>-like tags, raw text otherwise),
/// then the close tag. A self-closing tag has only the open tag.
/// </summary>
public sealed class ExtensionTagNode(
    SourceSpan span, IReadOnlyList<WikiNode> children, string name, string attributesText,
    bool isSelfClosing, Fragment? body, string? rawBody)
    : ContainerNode(span, children)
{
    /// <summary>Lower-case tag name.</summary>
    public string Name { get; } = name;

    public string AttributesText { get; } = attributesText;

    public IReadOnlyList<HtmlAttribute> Attributes => HtmlAttributeParser.Parse(AttributesText);

    public bool IsSelfClosing { get; } = isSelfClosing;

    /// <summary>The parsed body, for tags whose content is wikitext (<c>ref</c>, <c>references</c>, <c>poem</c>, <c>gallery</c>).</summary>
    public Fragment? Body { get; } = body;

    /// <summary>The body exactly as written, for every tag that has one.</summary>
    public string? RawBody { get; } = rawBody;

    public string? GetAttribute(string name) =>
        Attributes.FirstOrDefault(a => a.Name == name)?.Value;
}
