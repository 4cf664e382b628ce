namespace Site.Wikitext.Syntax;

/// <summary><c>{| attrs ... |}</c>.</summary>
public sealed class TableNode : ContainerNode
{
    // Null for a table made by the parser until first read: its rows are then its TableRowNode children.
    private IReadOnlyList<TableRowNode>? _rows;

    public TableNode(
        SourceSpan span, IReadOnlyList<WikiNode> children, string attributesText, TableCaptionNode? caption,
        IReadOnlyList<TableRowNode> rows, bool isClosed)
        : this(span, children, attributesText, caption, isClosed) => _rows = rows;

    /// <summary>A table made by the parser: its rows are its TableRowNode children, listed when first asked for.</summary>
    internal TableNode(SourceSpan span, IReadOnlyList<WikiNode> children, string attributesText, TableCaptionNode? caption, bool isClosed)
        : base(span, children)
    {
        AttributesText = attributesText;
        Caption = caption;
        IsClosed = isClosed;
    }

    public string AttributesText { get; }

    public IReadOnlyList<HtmlAttribute> Attributes => HtmlAttributeParser.Parse(AttributesText);

    public TableCaptionNode? Caption { get; }

    public IReadOnlyList<TableRowNode> Rows => _rows ?? ChildrenOfType.List(this, ref _rows);

    public bool IsClosed { get; }
}

/// <summary><c>|+ caption</c>.</summary>
public sealed class TableCaptionNode(SourceSpan span, IReadOnlyList<WikiNode> children, string attributesText, Fragment content)
    : ContainerNode(span, children)
{
    public string AttributesText { get; } = attributesText;

    public Fragment Content { get; } = content;
}

/// <summary>A row: an optional <c>|- attrs</c> line and its cells. The first row may have no marker.</summary>
public sealed class TableRowNode : ContainerNode
{
    // Null for a row made by the parser until first read: its cells are then its TableCellNode children.
    private IReadOnlyList<TableCellNode>? _cells;

    public TableRowNode(SourceSpan span, IReadOnlyList<WikiNode> children, string attributesText, IReadOnlyList<TableCellNode> cells)
        : this(span, children, attributesText) => _cells = cells;

    /// <summary>A row made by the parser: its cells are its TableCellNode children, listed when first asked for.</summary>
    internal TableRowNode(SourceSpan span, IReadOnlyList<WikiNode> children, string attributesText) : base(span, children) =>
        AttributesText = attributesText;

    public string AttributesText { get; }

    public IReadOnlyList<HtmlAttribute> Attributes => HtmlAttributeParser.Parse(AttributesText);

    public IReadOnlyList<TableCellNode> Cells => _cells ?? ChildrenOfType.List(this, ref _cells);
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
