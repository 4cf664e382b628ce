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
internal sealed class PieceList
{
    public Piece? Head { get; private set; }

    public Piece? Tail { get; private set; }

    public void AppendText(int start, int length)
    {
        if (length <= 0) return;
        if (Tail is { Kind: PieceKind.Text } tail && tail.End == start)
        {
            tail.Length += length;
            return;
        }
        Add(new Piece { Kind = PieceKind.Text, Start = start, Length = length });
    }

    public void AppendNode(WikiNode node) =>
        Add(new Piece { Kind = PieceKind.Node, Start = node.Span.Start, Length = node.Span.Length, Node = node });

    public void AppendMark(MarkKind mark, int start, int length, Frame owner) =>
        Add(new Piece { Kind = PieceKind.Mark, Start = start, Length = length, Mark = mark, Owner = owner });

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

    private void Clear()
    {
        Head = null;
        Tail = null;
    }
}
