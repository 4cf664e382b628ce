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
public sealed class TableCellNode : ContainerNode
{
    // Null for a cell the parser keeps as source: its content is then a child, made when first read.
    private readonly Fragment? _content;

    // For a cell kept as source: the length of its marker ('|', '!', '||' or '!!'); 0 for other cells.
    private readonly int _markerLength;

    public TableCellNode(SourceSpan span, IReadOnlyList<WikiNode> children, bool isHeader, string attributesText, Fragment content)
        : base(span, children)
    {
        IsHeader = isHeader;
        AttributesText = attributesText;
        _content = content;
    }

    /// <summary>A cell of a marker and plain text (or nothing), no attributes: its marker and content are made when first read.</summary>
    internal TableCellNode(SourceText source, int start, int length, int markerLength, bool isHeader) : base(source, start, length)
    {
        _markerLength = markerLength;
        IsHeader = isHeader;
        AttributesText = "";
    }

    public bool IsHeader { get; }

    public string AttributesText { get; }

    public IReadOnlyList<HtmlAttribute> Attributes => HtmlAttributeParser.Parse(AttributesText);

    public Fragment Content => _content ?? (Fragment)Children[1];

    private protected override object? MakeChildren(SourceText source) =>
        new WikiNode[] { new MarkupToken(source, Start, _markerLength), new Fragment(source, Start + _markerLength, Length - _markerLength) };
}
