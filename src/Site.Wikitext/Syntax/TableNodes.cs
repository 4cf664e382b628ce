namespace Site.Wikitext.Syntax;

/// <summary><c>{| attrs ... |}</c>.</summary>
public sealed class TableNode(
    SourceSpan span, IReadOnlyList<WikiNode> children, string attributesText, TableCaptionNode? caption,
    IReadOnlyList<TableRowNode> rows, bool isClosed)
    : ContainerNode(span, children)
{
    public string AttributesText { get; } = attributesText;

    public IReadOnlyList<HtmlAttribute> Attributes => HtmlAttributeParser.Parse(AttributesText);

    public TableCaptionNode? Caption { get; } = caption;

    public IReadOnlyList<TableRowNode> Rows { get; } = rows;

    public bool IsClosed { get; } = isClosed;
}

/// <summary><c>|+ caption</c>.</summary>
public sealed class TableCaptionNode(SourceSpan span, IReadOnlyList<WikiNode> children, string attributesText, Fragment content)
    : ContainerNode(span, children)
{
    public string AttributesText { get; } = attributesText;

    public Fragment Content { get; } = content;
}

/// <summary>A row: an optional <c>|- attrs</c> line and its cells. The first row may have no marker.</summary>
public sealed class TableRowNode(SourceSpan span, IReadOnlyList<WikiNode> children, string attributesText, IReadOnlyList<TableCellNode> cells)
    : ContainerNode(span, children)
{
    public string AttributesText { get; } = attributesText;

    public IReadOnlyList<HtmlAttribute> Attributes => HtmlAttributeParser.Parse(AttributesText);

    public IReadOnlyList<TableCellNode> Cells { get; } = cells;
}

/// <summary><c>| attrs | content</c> or <c>! header</c>.</summary>
public sealed class TableCellNode(SourceSpan span, IReadOnlyList<WikiNode> children, bool isHeader, string attributesText, Fragment content)
    : ContainerNode(span, children)
{
    public bool IsHeader { get; } = isHeader;

    public string AttributesText { get; } = attributesText;

    public IReadOnlyList<HtmlAttribute> Attributes => HtmlAttributeParser.Parse(AttributesText);

    public Fragment Content { get; } = content;
}
