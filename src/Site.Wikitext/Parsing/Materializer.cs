using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>
/// The parts of a closed frame: runs of nodes (exact arrays, kept by the nodes built from them) separated
/// by the frame's own marks. One instance per parse is reused: builders read it before the next split.
/// </summary>
internal sealed class SplitPieces
{
    public List<WikiNode[]> Segments { get; } = [];

    public List<MarkSpan> Marks { get; } = [];

    /// <summary>The nodes of the segment being read.</summary>
    public List<WikiNode> Current { get; } = [];

    public void Reset()
    {
        Segments.Clear();
        Marks.Clear();
        Current.Clear();
    }

    public void EndSegment()
    {
        Segments.Add(Current.Count == 0 ? [] : Current.ToArray());
        Current.Clear();
    }
}

/// <summary>Turns piece lists into nodes. Marks of frames that did not close become text.</summary>
internal static class Materializer
{
    /// <summary>The nodes of a piece list that stays as it is (the caller may still break the frame).</summary>
    public static List<WikiNode> Nodes(ParseContext context, PieceList pieces)
    {
        var nodes = new List<WikiNode>();
        var text = new TextRun();
        for (var piece = pieces.Head; piece is not null; piece = piece.Next) text.Add(context, piece, nodes);
        text.Flush(context, nodes);
        return nodes;
    }

    /// <summary>Splits a closed frame's pieces at its own marks; the pieces go back to the pool.</summary>
    public static SplitPieces Split(ParseContext context, PieceList pieces, Frame owner)
    {
        var split = context.Shared.Split;
        split.Reset();
        var text = new TextRun();
        var pool = context.Shared.Pieces;
        var piece = pieces.TakeAll();
        while (piece is not null)
        {
            var next = piece.Next;
            if (piece.Kind == PieceKind.Mark && ReferenceEquals(piece.Owner, owner))
            {
                text.Flush(context, split.Current);
                split.EndSegment();
                split.Marks.Add(new MarkSpan(piece.Mark, piece.Start, piece.Length));
            }
            else
            {
                text.Add(context, piece, split.Current);
            }
            pool.Return(piece);
            piece = next;
        }
        text.Flush(context, split.Current);
        split.EndSegment();
        return split;
    }

    /// <summary>
    /// Consecutive text pieces (and marks of frames that were broken, which are text now) become one text node.
    /// </summary>
    internal struct TextRun()
    {
        private int _start = -1;
        private int _end = -1;

        public void Add(ParseContext context, Piece piece, List<WikiNode> into)
        {
            if (piece.Kind == PieceKind.Node)
            {
                Flush(context, into);
                into.Add(piece.Node!);
                return;
            }
            if (_start < 0) _start = piece.Start;
            _end = piece.End;
        }

        public void Flush(ParseContext context, List<WikiNode> into)
        {
            if (_start < 0) return;
            into.Add(Text(context, _start, _end - _start));
            _start = -1;
        }
    }

    public static Fragment Fragment(ParseContext context, IReadOnlyList<WikiNode> nodes, int emptyPosition)
    {
        QuoteResolver.Resolve(context.Text, nodes);
        if (nodes.Count == 0) return new Fragment(context.Source, emptyPosition);
        if (nodes.Count == 1) return new Fragment(nodes[0]);
        var start = nodes[0].Start;
        return new Fragment(start, nodes[^1].End - start, Freeze(nodes));
    }

    /// <summary>An exact-size array of the nodes: the tree outlives the lists it was built in.</summary>
    public static WikiNode[] Freeze(IReadOnlyList<WikiNode> nodes) => nodes switch
    {
        WikiNode[] array => array,
        List<WikiNode> list => list.ToArray(),
        _ => [.. nodes],
    };

    public static MarkupToken Token(ParseContext context, int start, int length) =>
        new(context.Source, start, length);

    public static TextNode Text(ParseContext context, int start, int length) =>
        new(context.Source, start, length);

    public static MarkupToken Token(ParseContext context, MarkSpan mark) => Token(context, mark.Start, mark.Length);

    /// <summary>Splits a text node at a local index; either side may be empty and is then omitted.</summary>
    public static (TextNode? Before, TextNode? After) SplitText(ParseContext context, TextNode node, int index)
    {
        var start = node.Start;
        var length = node.Length;
        TextNode? before = index > 0 ? Text(context, start, index) : null;
        TextNode? after = index < length ? Text(context, start + index, length - index) : null;
        return (before, after);
    }
}
