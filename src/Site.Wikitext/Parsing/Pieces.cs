using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

internal enum PieceKind
{
    /// <summary>Plain source text; neighbouring text pieces merge.</summary>
    Text,
    Node,
    /// <summary>A separator or marker owned by one frame; text for any other frame.</summary>
    Mark,
}

internal enum MarkKind
{
    Pipe,
    Url,
    TableRow,
    TableCaption,
    TableCell,
    TableHeader,
    TableCellSeparator,
    TableHeaderSeparator,
    TableAttributeSeparator,
}

/// <summary>An own mark of a split frame: where it is and what it separates.</summary>
internal readonly record struct MarkSpan(MarkKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}

internal sealed class Piece
{
    public PieceKind Kind;
    public int Start;
    public int Length;
    public WikiNode? Node;
    public MarkKind Mark;
    public Frame? Owner;
    public Piece? Next;

    public int End => Start + Length;
}

/// <summary>
/// A singly linked list of pieces with O(1) append and O(1) concatenation, so that breaking
/// a deep stack of unclosed constructs stays linear in the size of the input.
/// </summary>
internal class PieceList
{
    public Piece? Head { get; private set; }

    public Piece? Tail { get; private set; }

    /// <summary>Where new pieces come from; set when the frame is pushed.</summary>
    public PiecePool? Pool { get; set; }

    public void AppendText(int start, int length)
    {
        if (length <= 0) return;
        if (Tail is { Kind: PieceKind.Text } tail && tail.End == start)
        {
            tail.Length += length;
            return;
        }
        Add(Rent(PieceKind.Text, start, length));
    }

    public void AppendNode(WikiNode node)
    {
        var piece = Rent(PieceKind.Node, node.Start, node.Length);
        piece.Node = node;
        Add(piece);
    }

    public void AppendMark(MarkKind mark, int start, int length, Frame owner)
    {
        var piece = Rent(PieceKind.Mark, start, length);
        piece.Mark = mark;
        piece.Owner = owner;
        Add(piece);
    }

    private Piece Rent(PieceKind kind, int start, int length)
    {
        var piece = Pool?.Rent() ?? new Piece();
        piece.Kind = kind;
        piece.Start = start;
        piece.Length = length;
        return piece;
    }

    /// <summary>Detaches the pieces before the tail, for a reader that consumes them; the tail stays (it may still be trimmed).</summary>
    public Piece? TakeAllButTail()
    {
        var head = Head;
        if (head is null || head == Tail) return null;
        var beforeTail = head;
        while (beforeTail.Next != Tail) beforeTail = beforeTail.Next!;
        beforeTail.Next = null;
        Head = Tail;
        return head;
    }

    /// <summary>Detaches every piece, for a reader that consumes them.</summary>
    public Piece? TakeAll()
    {
        var head = Head;
        Clear();
        return head;
    }

    /// <summary>Moves all pieces of <paramref name="other"/> to the end of this list.</summary>
    public void AppendList(PieceList other)
    {
        var head = other.Head;
        if (head is null) return;
        if (Tail is { Kind: PieceKind.Text } tail && head.Kind == PieceKind.Text && tail.End == head.Start)
        {
            tail.Length += head.Length;
            head = head.Next;
            if (head is null)
            {
                other.Clear();
                return;
            }
        }
        if (Tail is null) Head = head;
        else Tail.Next = head;
        Tail = other.Tail;
        other.Clear();
    }

    /// <summary>Removes <paramref name="count"/> characters from the end of a trailing text piece, if it has them.</summary>
    public bool TryTrimTrailingText(int end, int count)
    {
        if (Tail is not { Kind: PieceKind.Text } tail || tail.End != end || tail.Length < count) return false;
        tail.Length -= count;
        if (tail.Length == 0) RemoveTail();
        return true;
    }

    private void RemoveTail()
    {
        if (Head == Tail)
        {
            Clear();
            return;
        }
        var p = Head!;
        while (p.Next != Tail) p = p.Next!;
        p.Next = null;
        Tail = p;
    }

    private void Add(Piece piece)
    {
        if (Tail is null) Head = piece;
        else Tail.Next = piece;
        Tail = piece;
    }

    public void Clear()
    {
        Head = null;
        Tail = null;
    }
}

/// <summary>
/// Pieces of frames that have been turned into nodes, kept for reuse: without it every character run
/// of the input would leave a piece behind for the garbage collector.
/// </summary>
internal sealed class PiecePool
{
    private Piece? _free;

    public Piece Rent()
    {
        var piece = _free;
        if (piece is null) return new Piece();
        _free = piece.Next;
        piece.Next = null;
        return piece;
    }

    public void ReturnAll(Piece? piece)
    {
        while (piece is not null)
        {
            var next = piece.Next;
            Return(piece);
            piece = next;
        }
    }

    public void Return(Piece piece)
    {
        piece.Node = null;
        piece.Owner = null;
        piece.Next = _free;
        _free = piece;
    }
}
