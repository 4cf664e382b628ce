using System.Runtime.InteropServices;
using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>
/// The parts of a closed frame: runs of nodes separated by the frame's own marks. The nodes sit in one buffer
/// that is reused for every split of a parse, so builders read a segment as a span and copy out only what
/// the tree keeps; they read it before the next split.
/// </summary>
internal sealed class SplitPieces : INodeSink
{
    private WikiNode[] _nodes = new WikiNode[64];
    private int _count;
    private int _segmentStart;
    private readonly List<(int Start, int Count)> _segments = [];

    public List<MarkSpan> Marks { get; } = [];

    public int SegmentCount => _segments.Count;

    public ReadOnlySpan<WikiNode> Segment(int index)
    {
        var (start, count) = _segments[index];
        return _nodes.AsSpan(start, count);
    }

    public void Reset()
    {
        Array.Clear(_nodes, 0, _count);
        _count = 0;
        _segmentStart = 0;
        _segments.Clear();
        Marks.Clear();
    }

    public void Add(WikiNode node)
    {
        if (_count == _nodes.Length) Array.Resize(ref _nodes, _nodes.Length * 2);
        _nodes[_count++] = node;
    }

    public void AddText(ParseContext context, int start, int length) => Add(Materializer.Text(context, start, length));

    public void EndSegment()
    {
        _segments.Add((_segmentStart, _count - _segmentStart));
        _segmentStart = _count;
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
                text.Flush(context, split);
                split.EndSegment();
                split.Marks.Add(new MarkSpan(piece.Mark, piece.Start, piece.Length));
            }
            else
            {
                text.Add(context, piece, split);
            }
            pool.Return(piece);
            piece = next;
        }
        text.Flush(context, split);
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

        public void Add(ParseContext context, Piece piece, INodeSink into)
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

        public void Flush(ParseContext context, INodeSink into)
        {
            if (_start < 0) return;
            into.AddText(context, _start, _end - _start);
            _start = -1;
        }
    }

    public static Fragment Fragment(ParseContext context, List<WikiNode> nodes, int emptyPosition) =>
        Fragment(context, CollectionsMarshal.AsSpan(nodes), emptyPosition);

    /// <summary>A fragment of <paramref name="nodes"/>; the tree keeps an exact copy (or the only node), not the span.</summary>
    public static Fragment Fragment(ParseContext context, ReadOnlySpan<WikiNode> nodes, int emptyPosition)
    {
        QuoteResolver.Resolve(context.Text, nodes);
        return nodes.Length switch
        {
            0 => new Fragment(context.Source, emptyPosition),
            1 => nodes[0] is TextNode text ? TextFragment(context, text) : new Fragment(nodes[0]),
            _ => new Fragment(nodes[0].Start, nodes[^1].End - nodes[0].Start, nodes.ToArray()),
        };
    }

    /// <summary>A fragment that is only <paramref name="text"/>: it keeps the offset and length, and the node is dropped.</summary>
    private static Fragment TextFragment(ParseContext context, TextNode text)
    {
        var fragment = new Fragment(context.Source, text.Start, text.Length);
        text.Drop();
        return fragment;
    }

    /// <summary>A fragment of an optional node, then <paramref name="middle"/>, then an optional node, without a list in between.</summary>
    public static Fragment Fragment(ParseContext context, WikiNode? first, ReadOnlySpan<WikiNode> middle, WikiNode? last, int emptyPosition)
    {
        var count = (first is null ? 0 : 1) + middle.Length + (last is null ? 0 : 1);
        if (count == middle.Length) return Fragment(context, middle, emptyPosition);
        if (count == 1)
        {
            var only = first ?? last!;
            return Fragment(context, new ReadOnlySpan<WikiNode>(ref only), emptyPosition);
        }
        var array = new WikiNode[count];
        var c = 0;
        if (first is not null) array[c++] = first;
        middle.CopyTo(array.AsSpan(c));
        c += middle.Length;
        if (last is not null) array[c] = last;
        QuoteResolver.Resolve(context.Text, array);
        return new Fragment(array[0].Start, array[^1].End - array[0].Start, array);
    }

    public static MarkupToken Token(ParseContext context, int start, int length) =>
        context.Shared.Tokens.Rent(context.Source, start, length);

    public static TextNode Text(ParseContext context, int start, int length) =>
        context.Shared.Texts.Rent(context.Source, start, length);

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
