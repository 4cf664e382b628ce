using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>The parts of a closed frame: runs of nodes separated by the frame's own marks.</summary>
internal sealed record SplitPieces(List<List<WikiNode>> Segments, List<Piece> Marks);

/// <summary>Turns piece lists into nodes. Marks of frames that did not close become text.</summary>
internal static class Materializer
{
    public static List<WikiNode> Nodes(ParseContext context, PieceList pieces) =>
        Split(context, pieces, owner: null).Segments[0];

    public static SplitPieces Split(ParseContext context, PieceList pieces, Frame? owner)
    {
        var segments = new List<List<WikiNode>> { new() };
        var marks = new List<Piece>();
        var textStart = -1;
        var textEnd = -1;

        void FlushText()
        {
            if (textStart < 0) return;
            segments[^1].Add(Text(context, textStart, textEnd - textStart));
            textStart = -1;
        }

        for (var piece = pieces.Head; piece is not null; piece = piece.Next)
        {
            var isOwnMark = piece.Kind == PieceKind.Mark && owner is not null && ReferenceEquals(piece.Owner, owner);
            if (piece.Kind == PieceKind.Node)
            {
                FlushText();
                segments[^1].Add(piece.Node!);
            }
            else if (isOwnMark)
            {
                FlushText();
                marks.Add(piece);
                segments.Add([]);
            }
            else
            {
                // Text, or a mark of a frame that was broken: both are plain text now.
                if (textStart < 0) textStart = piece.Start;
                textEnd = piece.End;
            }
        }
        FlushText();
        return new SplitPieces(segments, marks);
    }

    public static Fragment Fragment(ParseContext context, IReadOnlyList<WikiNode> nodes, int emptyPosition)
    {
        QuoteResolver.Resolve(context.Text, nodes);
        if (nodes.Count == 0) return new Fragment(context.Span(emptyPosition, 0), nodes);
        var start = nodes[0].Span.Start;
        return new Fragment(context.Span(start, nodes[^1].Span.End - start), nodes);
    }

    public static MarkupToken Token(ParseContext context, int start, int length) =>
        new(context.Text, context.Span(start, length));

    public static TextNode Text(ParseContext context, int start, int length) =>
        new(context.Text, context.Span(start, length));

    public static MarkupToken Token(ParseContext context, Piece mark) => Token(context, mark.Start, mark.Length);

    /// <summary>Splits a text node at a local index; either side may be empty and is then omitted.</summary>
    public static (TextNode? Before, TextNode? After) SplitText(ParseContext context, TextNode node, int index)
    {
        var start = node.Span.Start;
        var length = node.Span.Length;
        TextNode? before = index > 0 ? Text(context, start, index) : null;
        TextNode? after = index < length ? Text(context, start + index, length - index) : null;
        return (before, after);
    }
}
