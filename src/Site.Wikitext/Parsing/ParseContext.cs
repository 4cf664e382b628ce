using Site.Wikitext.Diagnostics;
using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>
/// The state of one parse run: the frame stack, the position and what has been reported. Runs of one parse (the
/// document and each parsed tag body) take their context from <see cref="ParseShared.Contexts"/> and give it back.
/// </summary>
internal sealed class ParseContext(ParseShared shared)
{
    private readonly List<Frame> _stack = [];
    private readonly int[] _openCounts = new int[(int)FrameKind.Table + 1];

    /// <summary>Makes the context a new run over <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="textAsGaps">Whether the run's top-level text is left as gaps (<see cref="NodeBuffer.TextAsGaps"/>).</param>
    public ParseContext Start(int start, int end, int depth, bool textAsGaps)
    {
        RunStart = start;
        Position = start;
        End = end;
        Depth = depth;
        AtLineStart = start == 0 || Shared.Text[start - 1] == '\n';
        _rootNodes.Clear();
        _rootNodes.TextAsGaps = textAsGaps;
        _rootText = new();
        Push(NewFrame(FrameKind.Root, start, 0));
        return this;
    }

    public ParseShared Shared { get; } = shared;

    // The root frame's pieces become nodes as soon as nothing can reach back into them, so that the
    // top level of a long text does not sit in the piece list until the end.
    private readonly NodeBuffer _rootNodes = new();
    private Materializer.TextRun _rootText = new();

    public string Text => Shared.Text;

    public SourceText Source => Shared.Source;

    public ParserOptions Options => Shared.Options;

    public int Position { get; set; }

    /// <summary>Where the run started.</summary>
    public int RunStart { get; private set; }

    public int End { get; private set; }

    /// <summary>Nesting depth of the run itself (a ref body parsed inside the document is one deeper).</summary>
    public int Depth { get; private set; }

    public bool AtLineStart { get; set; }

    public Frame Top => _stack[^1];

    public int StackCount => _stack.Count;

    public Frame this[int index] => _stack[index];

    public char CharAt(int index) => index >= 0 && index < End ? Text[index] : '\0';

    /// <summary>How many times <paramref name="c"/> repeats from <paramref name="start"/> (runs of braces, brackets, '=').</summary>
    public int RunLength(int start, char c)
    {
        var end = start;
        while (end < End && Text[end] == c) end++;
        return end - start;
    }

    public bool IsOpen(FrameKind kind) => _openCounts[(int)kind] > 0;

    /// <summary>False when a new construct would nest too deep; the opener is then kept as text.</summary>
    public bool CanPush()
    {
        if (_stack.Count + Depth < Options.MaxNestingDepth) return true;
        if (!Shared.ReportedDepth)
        {
            Shared.ReportedDepth = true;
            Report(WikitextDiagnostics.NestingTooDeep, Position, 1, Options.MaxNestingDepth);
        }
        return false;
    }

    public void Push(Frame frame)
    {
        frame.Pieces.Pool = Shared.Pieces;
        _stack.Add(frame);
        _openCounts[(int)frame.Kind]++;
    }

    /// <summary>A frame from the pool (or a new one) for a construct opened at <paramref name="start"/>.</summary>
    public Frame NewFrame(FrameKind kind, int start, int openLength) =>
        (Shared.Frames.TryPop(out var frame) ? frame : new Frame()).Reset(kind, start, openLength);

    /// <summary>Returns a frame that has been closed and built: no piece refers to it any more.</summary>
    public void Recycle(Frame frame)
    {
        frame.Clear();
        Shared.Frames.Push(frame);
    }

    public Frame Pop()
    {
        var frame = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        _openCounts[(int)frame.Kind]--;
        return frame;
    }

    /// <summary>Turns the root frame's pieces, all but the last (which may still be trimmed), into nodes.</summary>
    public void FlushRoot() => Consume(_stack[0].Pieces.TakeAllButTail());

    /// <summary>The nodes of the whole run, once every other frame has been closed or broken.</summary>
    public NodeBuffer FinishRoot()
    {
        Consume(_stack[0].Pieces.TakeAll());
        _rootText.Flush(this, _rootNodes);
        Recycle(Pop());
        return _rootNodes;
    }

    private void Consume(Piece? piece)
    {
        while (piece is not null)
        {
            var next = piece.Next;
            _rootText.Add(this, piece, _rootNodes);
            Shared.Pieces.Return(piece);
            piece = next;
        }
    }

    public void AppendText(int start, int length) => Top.Pieces.AppendText(start, length);

    public void AppendNode(WikiNode node)
    {
        Top.Pieces.AppendNode(node);
        Shared.Tokens.Reclaim();
        Shared.Texts.Reclaim();
    }

    /// <summary>Pops the top frame and turns its opening markup back into text; its content stays.</summary>
    public void BreakTop(DiagnosticDescriptor? descriptor, params object[] args)
    {
        var frame = Pop();
        if (descriptor is not null) Report(descriptor, frame.Start, frame.OpenLength, args);
        Top.Pieces.AppendText(frame.Start, frame.OpenLength);
        Top.Pieces.AppendList(frame.Pieces);
    }

    /// <summary>Breaks every frame above the nearest one of <paramref name="kind"/>, which becomes the top.</summary>
    public void BreakAbove(FrameKind kind, string closer)
    {
        var (line, column) = Source.GetLineColumn(Position);
        while (Top.Kind != kind)
        {
            BreakTop(WikitextDiagnostics.BrokenByCloser, Top.Opener, closer, line, column);
        }
    }

    public void Report(DiagnosticDescriptor descriptor, int start, int length, params object[] args) =>
        Shared.Diagnostics.Add(descriptor.Create(Source.Span(start, length), Source.Path, args));

    /// <summary>A span for a node: line and column are left to the source, which computes them when asked.</summary>
    public SourceSpan Span(int start, int length) => new(start, length, WikiNode.ParserLine, 0);
}

/// <summary>What all runs over one source share: the text, options, diagnostics and search caches.</summary>
internal sealed class ParseShared(SourceText source, ParserOptions options)
{
    public SourceText Source { get; } = source;

    public string Text { get; } = source.Text;

    public ParserOptions Options { get; } = options;

    public List<Diagnostic> Diagnostics { get; } = [];

    public ForwardSearch Search { get; } = new(source.Text);

    public PiecePool Pieces { get; } = new();

    public SplitPieces Split { get; } = new();

    public Stack<Frame> Frames { get; } = new();

    /// <summary>Contexts of runs that have ended, for the next run (a parse runs once per parsed tag body).</summary>
    public Stack<ParseContext> Contexts { get; } = new();

    public LeafPool<MarkupToken> Tokens { get; } = new((source, start, length) => new MarkupToken(source, start, length));

    public LeafPool<TextNode> Texts { get; } = new((source, start, length) => new TextNode(source, start, length));

    public KnownNames Names { get; } = KnownNames.For(options);

    public bool ReportedDepth { get; set; }
}

/// <summary>
/// Finds the next occurrence of a string at or after a position, remembering the last answer per
/// string, so repeated searches from increasing positions cost linear time in total.
/// </summary>
internal sealed class ForwardSearch(string text)
{
    private readonly Dictionary<string, (int From, int Found)> _ordinal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int From, int Found)> _ignoreCase = new(StringComparer.OrdinalIgnoreCase);

    public int IndexOf(string value, int from, StringComparison comparison = StringComparison.Ordinal)
    {
        var cache = comparison == StringComparison.Ordinal ? _ordinal : _ignoreCase;
        if (cache.TryGetValue(value, out var last) && from >= last.From && (last.Found < 0 || from <= last.Found))
        {
            return last.Found;
        }
        var found = text.IndexOf(value, from, comparison);
        cache[value] = (from, found);
        return found;
    }
}

/// <summary>
/// Leaves for the builders. A leaf that is dropped (a markup token its container makes again when the children are
/// read, a text node whose fragment keeps only its offset and length) goes back to the pool once the node that used
/// it is appended, so the scan does not leave one behind for the garbage collector at every '{{', '|' or ']]' and
/// every plain parameter value. A leaf still in the tree is never reused.
/// </summary>
internal sealed class LeafPool<T>(Func<SourceText, int, int, T> create) where T : LeafNode
{
    private readonly Stack<T> _free = new();
    private readonly List<T> _lent = [];

    public T Rent(SourceText source, int start, int length)
    {
        T leaf;
        if (_free.TryPop(out var reused))
        {
            reused.Reuse(source, start, length);
            leaf = reused;
        }
        else
        {
            leaf = create(source, start, length);
        }
        _lent.Add(leaf);
        return leaf;
    }

    /// <summary>Takes back the lent leaves that were dropped; the others are in the tree (or nowhere) and are forgotten.</summary>
    public void Reclaim()
    {
        foreach (var leaf in _lent)
        {
            if (leaf.IsDropped) _free.Push(leaf);
        }
        _lent.Clear();
    }
}
