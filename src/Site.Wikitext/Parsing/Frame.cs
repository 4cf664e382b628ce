namespace Site.Wikitext.Parsing;

internal enum FrameKind
{
    Root,
    Braces,
    Link,
    ExternalLink,
    LanguageConversion,
    Heading,
    Table,
}

internal enum TableLine
{
    None,
    Cell,
    Header,
    Caption,
}

/// <summary>
/// A construct that has been opened and not yet closed. Frames that close come back to a per-parse pool
/// (<see cref="ParseContext.Recycle"/>); frames that are broken do not, as their marks stay in the tree's pieces.
/// </summary>
internal sealed class Frame : PieceList
{
    public FrameKind Kind { get; private set; }

    /// <summary>Offset of the first character of the opening markup.</summary>
    public int Start { get; set; }

    public int OpenLength { get; set; }

    /// <summary>Makes the frame a new one: empty, of <paramref name="kind"/>, opened at <paramref name="start"/>.</summary>
    public Frame Reset(FrameKind kind, int start, int openLength)
    {
        Clear();
        Kind = kind;
        Start = start;
        OpenLength = openLength;
        BraceCount = 0;
        HasPipe = false;
        TableLine = TableLine.None;
        return this;
    }

    /// <summary>What the frame holds so far. A frame is its own piece list, to keep one object per construct.</summary>
    public PieceList Pieces => this;

    /// <summary>For braces: how many '{' are still unmatched.</summary>
    public int BraceCount { get; set; }

    public bool HasPipe { get; set; }

    public TableLine TableLine { get; set; }

    public string Opener => Kind switch
    {
        FrameKind.Braces => new string('{', OpenLength),
        FrameKind.Link => "[[",
        FrameKind.ExternalLink => "[",
        FrameKind.LanguageConversion => "-{",
        FrameKind.Heading => new string('=', OpenLength),
        FrameKind.Table => "{|",
        _ => "",
    };
}
