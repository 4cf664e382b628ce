using System.Text.Json.Serialization;
using Site.Wikitext;

namespace Site.Model;

/// <summary>Block content of the article.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToNearestAncestor)]
[JsonDerivedType(typeof(Paragraph), "paragraph")]
[JsonDerivedType(typeof(ListBlock), "list")]
[JsonDerivedType(typeof(HorizontalRule), "horizontalrule")]
[JsonDerivedType(typeof(Preformatted), "preformatted")]
[JsonDerivedType(typeof(Quotation), "quotation")]
[JsonDerivedType(typeof(FigureBlock), "figure")]
[JsonDerivedType(typeof(GalleryBlock), "gallery")]
[JsonDerivedType(typeof(Hatnote), "hatnote")]
[JsonDerivedType(typeof(ReferenceListBlock), "referencelist")]
[JsonDerivedType(typeof(ColumnsBlock), "columns")]
[JsonDerivedType(typeof(TableBlock), "table")]
[JsonDerivedType(typeof(UnknownBlock), "unknown")]
public abstract record Block;

/// <summary>A paragraph; <see cref="Anchor"/> is a stable id so indexes can link back to it; <see cref="Location"/> is where it is in the source.</summary>
public sealed record Paragraph(string Anchor, IReadOnlyList<Inline> Content, SourceSpan? Location = null) : Block;

public enum ListKind
{
    Bulleted,
    Numbered,
    Definition,
}

public sealed record ListItem(IReadOnlyList<Inline> Content, IReadOnlyList<Block> Children, bool IsTerm = false);

/// <summary>A list; <see cref="Anchor"/> is set on top-level lists so references in items can link back.</summary>
public sealed record ListBlock(ListKind Kind, IReadOnlyList<ListItem> Items, string Anchor = "") : Block;

public sealed record HorizontalRule : Block;

public sealed record Preformatted(string Text) : Block;

public sealed record Quotation(IReadOnlyList<Block> Content) : Block;

public sealed record FigureBlock(Figure Figure) : Block;

public sealed record GalleryBlock(IReadOnlyList<Figure> Figures) : Block;

public enum HatnoteKind
{
    About,
    SeeAlso,
    Main,
    Further,
    Other,
}

/// <summary>A target of a hatnote: the page, and what it is about (for {{About}}: "for X, see Y").</summary>
public sealed record HatnoteTarget(string Title, IReadOnlyList<Inline> Description)
{
    /// <summary>The title as readers see it (converted per edition); <see cref="Title"/> stays the link target.</summary>
    public string Display { get; init; } = Title;
}

/// <summary>{{About}}, {{seealso}}, {{main}}: <see cref="Content"/> is what this article is about (About only).</summary>
public sealed record Hatnote(HatnoteKind Kind, IReadOnlyList<Inline> Content, IReadOnlyList<HatnoteTarget> Targets) : Block;

/// <summary>Where the list of references of a group appears.</summary>
public sealed record ReferenceListBlock(string Group, int Columns) : Block;

/// <summary>Columns (<c>{{col-begin}}</c>) flattened into a list of their blocks.</summary>
public sealed record ColumnsBlock(IReadOnlyList<IReadOnlyList<Block>> Columns) : Block;

public sealed record TableBlock(
    IReadOnlyList<Inline>? Caption, IReadOnlyList<TableRow> Rows, IReadOnlyList<KeyValuePair<string, string>> Attributes) : Block;

public sealed record TableRow(IReadOnlyList<TableCell> Cells);

public sealed record TableCell(bool IsHeader, IReadOnlyList<Block> Content, int ColumnSpan = 1, int RowSpan = 1);

/// <summary>A block-level template with no handler, kept visible.</summary>
public sealed record UnknownBlock(string Name, IReadOnlyList<Inline> Content) : Block;
