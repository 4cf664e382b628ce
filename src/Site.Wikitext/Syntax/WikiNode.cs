using System.Text;

namespace Site.Wikitext.Syntax;

/// <summary>
/// A node of the syntax tree. Every node covers a contiguous stretch of the source and
/// writes it back exactly, so <c>document.ToWikitext() == source</c> for any input.
/// </summary>
/// <remarks>
/// A node keeps its offset and length and one object slot (the source or text of a leaf, the children of a
/// container). Line and column are not stored for nodes made by the parser: <see cref="Span"/> computes them
/// from the source's line table when asked, which keeps a node at 32 bytes and the tree light for the GC.
/// </remarks>
public abstract class WikiNode
{
    private int _start;

    // The length; its sign bit marks a container whose child array still has markup tokens to make.
    private int _length;

    // What a subclass keeps: for leaves their source or text, for containers their children; for other nodes
    // an explicit line and column given to the constructor.
    private protected object? _data;

    /// <summary>
    /// The line the parser gives its spans: line and column are then computed from the source, and a container may
    /// leave its markup tokens to be made when its children are first read.
    /// </summary>
    internal const int ParserLine = -1;

    /// <summary>A node at <paramref name="span"/>. A span with line 0 means "ask the source".</summary>
    protected WikiNode(SourceSpan span)
    {
        _start = span.Start;
        _length = span.Length;
        if (HasPosition(span)) _data = new ExplicitPosition(span.Line, span.Column);
    }

    private protected static bool HasPosition(SourceSpan span) => span.Line is not (0 or ParserLine) || span.Column != 0;

    private protected WikiNode(int start, int length)
    {
        _start = start;
        _length = length;
    }

    /// <summary>Offset, length, and the line and column of the start (computed from the source when not given).</summary>
    public SourceSpan Span
    {
        get
        {
            var (line, column) = LineColumn();
            return new SourceSpan(_start, Length, line, column);
        }
    }

    /// <summary>Offset of the first character, without computing line and column.</summary>
    internal int Start => _start;

    internal int Length => _length & int.MaxValue;

    internal int End => _start + Length;

    /// <summary>Moves a node the parser recycles (a token dropped from its container before anyone saw it).</summary>
    private protected void Place(int start, int length)
    {
        _start = start;
        _length = length;
    }

    /// <summary>Set while a container's child array has empty slots for markup tokens not made yet.</summary>
    private protected bool TokensPending
    {
        get => Volatile.Read(ref _length) < 0;
        set => Volatile.Write(ref _length, value ? _length | int.MinValue : _length & int.MaxValue);
    }

    public virtual IReadOnlyList<WikiNode> Children => [];

    public virtual void WriteTo(StringBuilder builder)
    {
        foreach (var child in Children) child.WriteTo(builder);
    }

    public string ToWikitext()
    {
        var builder = new StringBuilder(Length);
        WriteTo(builder);
        return builder.ToString();
    }

    /// <summary>All nodes below this one, depth first, in source order.</summary>
    public IEnumerable<WikiNode> Descendants()
    {
        var stack = new Stack<(WikiNode Node, int Index)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, index) = stack.Pop();
            var children = node.Children;
            if (index >= children.Count) continue;
            stack.Push((node, index + 1));
            var child = children[index];
            yield return child;
            stack.Push((child, 0));
        }
    }

    public IEnumerable<T> Descendants<T>() where T : WikiNode => Descendants().OfType<T>();

    public override string ToString() => $"{GetType().Name}{Span}";

    private protected virtual (int Line, int Column) LineColumn() =>
        _data is ExplicitPosition position ? (position.Line, position.Column) : (0, 0);

    /// <summary>The source the node was parsed from, if it was; found through its first leaf.</summary>
    private protected virtual SourceText? FindSource() => null;

    internal static SourceText? SourceOf(WikiNode node) => node.FindSource();

    private protected sealed class ExplicitPosition(int line, int column)
    {
        public int Line { get; } = line;

        public int Column { get; } = column;
    }
}

/// <summary>A node that is a piece of source text with no structure below it.</summary>
public abstract class LeafNode : WikiNode
{
    // _data: the SourceText the text is cut from (nodes made by the parser; most are never asked for a
    // string), or a LeafText once the string has been asked for or when the text was given.

    protected LeafNode(SourceSpan span, string text) : base(span.Start, span.Length) =>
        _data = new LeafText(text, null, span.Line, span.Column);

    /// <summary>A leaf whose text is the source at <paramref name="start"/>.</summary>
    private protected LeafNode(SourceText source, int start, int length) : base(start, length) => _data = source;

    /// <summary>The exact source of the node.</summary>
    public string Text => _data is LeafText leaf ? leaf.Text : Slice();

    /// <summary>The text without making a string of it.</summary>
    public ReadOnlySpan<char> AsSpan() =>
        _data is SourceText source ? source.Text.AsSpan(Start, Length) : ((LeafText)_data!).Text.AsSpan();

    /// <summary>True for a leaf that a container dropped: no node refers to it, and the parser may reuse it.</summary>
    internal bool IsDropped => _data is null;

    /// <summary>Marks a leaf dropped from the child array of the container it was made for.</summary>
    internal void Drop() => _data = null;

    /// <summary>Makes a dropped leaf the text of the source at <paramref name="start"/>.</summary>
    internal void Reuse(SourceText source, int start, int length)
    {
        Place(start, length);
        _data = source;
    }

    private string Slice()
    {
        var source = (SourceText)_data!;
        var text = source.Text.Substring(Start, Length);
        _data = new LeafText(text, source, 0, 0);
        return text;
    }

    public override void WriteTo(StringBuilder builder) => builder.Append(AsSpan());

    public override string ToString() => $"{GetType().Name}{Span} \"{Text}\"";

    private protected override SourceText? FindSource() => _data as SourceText ?? (_data as LeafText)?.Source;

    private protected override (int Line, int Column) LineColumn() => _data switch
    {
        SourceText source => source.GetLineColumn(Start),
        LeafText { Source: { } source } => source.GetLineColumn(Start),
        LeafText leaf => (leaf.Line, leaf.Column),
        _ => (0, 0),
    };

    private sealed class LeafText(string text, SourceText? source, int line, int column)
    {
        public string Text { get; } = text;

        public SourceText? Source { get; } = source;

        public int Line { get; } = line;

        public int Column { get; } = column;
    }
}

/// <summary>A node made of other nodes.</summary>
public abstract class ContainerNode : WikiNode
{
    // _data: the only child (a one-element list is made only when someone asks for it, since most fragments
    // and parameters hold a single node), the child list, or a Positioned wrapper when the constructor was given
    // a line and column. For a container made by the parser it may also be the SourceText: its children are then
    // made from the source when first asked for (MakeChildren; by default the text of its span, so that a fragment
    // that is plain text is one object, not two).

    protected ContainerNode(SourceSpan span, IReadOnlyList<WikiNode> children) : base(span.Start, span.Length)
    {
        object stored = children is WikiNode[] { Length: 1 } single ? single[0] : children;
        if (HasPosition(span)) _data = new Positioned(stored, span.Line, span.Column);
        else
        {
            _data = stored;
            // The parser hands over its arrays: leaves that exactly fill the gap between their neighbours are
            // dropped and made again, at the same place, when the children are first read.
            if (span.Line == ParserLine && stored is WikiNode[] array) TokensPending = DropTokens(array);
        }
    }

    /// <summary>A container made by the parser: its line and column come from the source.</summary>
    private protected ContainerNode(int start, int length, WikiNode[] children) : base(start, length)
    {
        if (children.Length == 1) _data = children[0];
        else
        {
            _data = children;
            TokensPending = DropTokens(children);
        }
    }

    private protected ContainerNode(int start, int length, WikiNode only) : base(start, length) => _data = only;

    /// <summary>A container made by the parser whose children are made from the source when first read (see <see cref="MakeChildren"/>).</summary>
    private protected ContainerNode(SourceText source, int start, int length) : base(start, length) => _data = source;

    public override IReadOnlyList<WikiNode> Children => Stored switch
    {
        WikiNode[] array => TokensPending ? MakeTokens(array) : array,
        IReadOnlyList<WikiNode> list => list,
        WikiNode only => WrapSingle(only),
        _ => [],
    };

    /// <summary>
    /// Whether <paramref name="node"/> is the kind of leaf this container drops when it fills a gap and makes again
    /// when read (<see cref="MakeGapLeaf"/>): markup tokens, the leaves of a construct's own syntax.
    /// </summary>
    private protected virtual bool IsGapLeaf(WikiNode node) => node is MarkupToken;

    /// <summary>The leaf for a gap left by <see cref="IsGapLeaf"/>.</summary>
    private protected virtual LeafNode MakeGapLeaf(SourceText source, int start, int length) => new MarkupToken(source, start, length);

    /// <summary>
    /// Empties the slots of gap leaves that fill the gap between their neighbours (never two slots in a row); slots the
    /// parser left empty already (the document's runs of text) count as such. True when any slot is empty.
    /// </summary>
    private bool DropTokens(WikiNode[] array)
    {
        var dropped = false;
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                dropped = true;
                continue;
            }
            if (array[i] is not LeafNode leaf || !IsGapLeaf(leaf)) continue;
            if (i > 0 && array[i - 1] is null) continue;
            if (i + 1 < array.Length && (array[i + 1] is null || IsGapLeaf(array[i + 1]))) continue;
            var (gapStart, gapEnd) = Gap(array, i);
            if (leaf.Start != gapStart || leaf.End != gapEnd) continue;
            array[i] = null!;
            leaf.Drop();
            dropped = true;
        }
        return dropped;
    }

    /// <summary>Where the child at <paramref name="index"/> must be: after the one before it, up to the one after it.</summary>
    private (int Start, int End) Gap(WikiNode[] array, int index) =>
        (index == 0 ? Start : array[index - 1].End, index + 1 == array.Length ? End : array[index + 1].Start);

    /// <summary>Makes the dropped leaves; one thread's leaf wins for each slot, so every reader sees the same ones.</summary>
    private WikiNode[] MakeTokens(WikiNode[] array)
    {
        var source = FindSource()!;
        for (var i = 0; i < array.Length; i++)
        {
            if (Volatile.Read(ref array[i]) is not null) continue;
            var (start, end) = Gap(array, i);
            Interlocked.CompareExchange(ref array[i], MakeGapLeaf(source, start, end - start), null);
        }
        TokensPending = false;
        return array;
    }

    private object? Stored => _data switch
    {
        Positioned positioned => positioned.Children,
        SourceText source => MakeLazyChildren(source),
        var data => data,
    };

    /// <summary>
    /// The children of a container that keeps only its source: the only child, an array of them, or null for none.
    /// By default the text of the span, when there is any.
    /// </summary>
    private protected virtual object? MakeChildren(SourceText source) => Length == 0 ? null : new TextNode(source, Start, Length);

    /// <summary>Makes the children kept as source; one thread's nodes win, so every reader sees the same ones.</summary>
    private object? MakeLazyChildren(SourceText source)
    {
        var made = MakeChildren(source);
        if (made is null) return null;
        var seen = Interlocked.CompareExchange(ref _data, made, source);
        return ReferenceEquals(seen, source) ? made : seen;
    }


    public override void WriteTo(StringBuilder builder)
    {
        if (_data is SourceText source)
        {
            builder.Append(source.Text.AsSpan(Start, Length));
            return;
        }
        switch (Stored)
        {
            case WikiNode only:
                only.WriteTo(builder);
                break;
            case WikiNode[] array when TokensPending:
                // Writes the text of tokens not made yet without making them.
                var text = FindSource()!.Text;
                for (var i = 0; i < array.Length; i++)
                {
                    var child = Volatile.Read(ref array[i]);
                    if (child is not null)
                    {
                        child.WriteTo(builder);
                        continue;
                    }
                    var (start, end) = Gap(array, i);
                    builder.Append(text.AsSpan(start, end - start));
                }
                break;
            case WikiNode[] array:
                foreach (var child in array) child.WriteTo(builder);
                break;
            default:
                base.WriteTo(builder);
                break;
        }
    }

    private protected override (int Line, int Column) LineColumn()
    {
        if (_data is Positioned positioned) return (positioned.Line, positioned.Column);
        return FindSource() is { } source ? source.GetLineColumn(Start) : (0, 0);
    }

    private protected override SourceText? FindSource()
    {
        switch (_data)
        {
            case SourceText source:
                return source;
            case WikiNode only:
                return SourceOf(only);
            case WikiNode[] array:
                // The first child that is there: a dropped token is never next to another.
                foreach (var child in array)
                {
                    if (child is not null) return SourceOf(child);
                }
                return null;
            case IReadOnlyList<WikiNode> { Count: > 0 } list:
                return SourceOf(list[0]);
            default:
                return null;
        }
    }

    private WikiNode[] WrapSingle(WikiNode only)
    {
        var list = new[] { only };
        if (_data is Positioned positioned) _data = new Positioned(list, positioned.Line, positioned.Column);
        else _data = list;
        return list;
    }

    private sealed class Positioned(object? children, int line, int column)
    {
        public object? Children { get; } = children;

        public int Line { get; } = line;

        public int Column { get; } = column;
    }
}
