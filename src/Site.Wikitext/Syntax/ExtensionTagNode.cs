namespace Site.Wikitext.Syntax;

/// <summary>
/// An extension tag such as <c>&lt;ref&gt;</c>, <c>&lt;nowiki&gt;</c> or <c>&lt;math&gt;</c>.
/// Children: the open tag, then the body (parsed wikitext for <c>ref</c>-like tags, raw text otherwise),
/// then the close tag. A self-closing tag has only the open tag.
/// </summary>
public sealed class ExtensionTagNode : ContainerNode
{
    // The raw body, or the source it is cut from on first use (with its offset and length).
    private object? _rawBody;
    private readonly int _bodyStart;
    private readonly int _bodyLength;

    public ExtensionTagNode(
        SourceSpan span, IReadOnlyList<WikiNode> children, string name, string attributesText,
        bool isSelfClosing, Fragment? body, string? rawBody)
        : base(span, children)
    {
        Name = name;
        AttributesText = attributesText;
        IsSelfClosing = isSelfClosing;
        Body = body;
        _rawBody = rawBody;
    }

    internal ExtensionTagNode(
        SourceSpan span, IReadOnlyList<WikiNode> children, string name, string attributesText,
        Fragment? body, SourceText source, int bodyStart, int bodyLength)
        : base(span, children)
    {
        Name = name;
        AttributesText = attributesText;
        Body = body;
        _rawBody = source;
        _bodyStart = bodyStart;
        _bodyLength = bodyLength;
    }

    /// <summary>Lower-case tag name.</summary>
    public string Name { get; }

    public string AttributesText { get; }

    public IReadOnlyList<HtmlAttribute> Attributes => HtmlAttributeParser.Parse(AttributesText);

    public bool IsSelfClosing { get; }

    /// <summary>The parsed body, for tags whose content is wikitext (<c>ref</c>, <c>references</c>, <c>poem</c>, <c>gallery</c>).</summary>
    public Fragment? Body { get; }

    /// <summary>The body exactly as written, for every tag that has one.</summary>
    public string? RawBody
    {
        get
        {
            if (_rawBody is not SourceText source) return (string?)_rawBody;
            var text = source.Text.Substring(_bodyStart, _bodyLength);
            _rawBody = text;
            return text;
        }
    }

    public string? GetAttribute(string name) =>
        Attributes.FirstOrDefault(a => a.Name == name)?.Value;
}
