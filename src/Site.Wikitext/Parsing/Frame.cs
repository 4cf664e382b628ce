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

/// <summary>A construct that has been opened and not yet closed.</summary>
internal sealed class Frame(FrameKind kind, int start, int openLength) : PieceList
{
    public FrameKind Kind { get; } = kind;

    /// <summary>Offset of the first character of the opening markup.</summary>
    public int Start { get; set; } = start;

    public int OpenLength { get; set; } = openLength;

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
